import {
  foldEvents,
  type TerminationEvent,
  terminationDecider,
  type TerminationProcess,
  terminationProgress,
  TerminationStatus,
} from '@client-lifecycle/domain';
import { approved, noticeGiven, proposed, readyToOffboard } from './termination.fixtures';

// Every history below starts with a proposal, so the fold is a running process.
const fold = (events: TerminationEvent[]) => foldEvents(terminationDecider, events) as TerminationProcess;

describe('Where a termination is at: what it waits for, and by when', () => {
  it('a proposal waits for a manager', () => {
    expect(terminationProgress(fold([proposed()]), '2026-03-01')).toEqual({
      status: TerminationStatus.Proposed,
      readyToOffboard: false,
      waitingFor: ["a manager's approval or rejection"],
      dueDates: [],
    });
    expect(terminationProgress(fold([proposed(), approved]), '2026-03-01').waitingFor).toEqual(['evaluation of the contract']);
  });

  it('after notice, it lists every step still open and the effective date', () => {
    expect(terminationProgress(fold(noticeGiven), '2026-03-05')).toEqual({
      status: TerminationStatus.NoticeServed,
      readyToOffboard: false,
      waitingFor: [
        'confirmation of the deliverables still owed',
        'the final invoice',
        'a decision on new work: refuse it or move it to prepayment',
        'the settlement: paid, sent to collection or written off',
        'the transition plan',
        'the notice period to end on 2026-03-16',
      ],
      dueDates: [{ what: 'notice takes effect; settlement due', dueOn: '2026-03-16' }],
    });
  });

  it('with everything done it only waits for the notice period, then for a manager to offboard', () => {
    expect(terminationProgress(fold(readyToOffboard), '2026-03-15').waitingFor).toEqual(['the notice period to end on 2026-03-16']);
    const ready = terminationProgress(fold(readyToOffboard), '2026-03-16');
    expect(ready.readyToOffboard).toBe(true);
    expect(ready.waitingFor).toEqual(['a manager to complete the offboarding']);
  });
});
