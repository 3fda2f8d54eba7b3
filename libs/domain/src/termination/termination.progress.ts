import { assertNever, type LocalDate } from '../shared';
import type { TerminationProcess } from './termination.state';
import { TerminationStatus } from './termination.vocabulary';

export interface DueDate {
  readonly what: string;
  readonly dueOn: LocalDate;
}

/** Where a termination is at, for the people running it: what it waits for, and by when. */
export interface TerminationProgress {
  readonly status: TerminationStatus;
  /** Every condition for offboarding holds (or it is already done). */
  readonly readyToOffboard: boolean;
  readonly waitingFor: readonly string[];
  readonly dueDates: readonly DueDate[];
}

const noticeServedWaits = (process: TerminationProcess, today: LocalDate): string[] => {
  const effectiveDate = process.notice?.effectiveDate ?? today;
  const open = (process.deliverables ?? []).filter((item) => item.completedOn === null);
  return [
    ...(process.deliverables === null ? ['confirmation of the deliverables still owed'] : []),
    ...open.map((item) => `deliverable ${item.deliverableId} (${item.description}), due ${item.dueOn}`),
    ...(process.finalInvoice === null ? ['the final invoice'] : []),
    ...(process.newWorkPolicy === null ? ['a decision on new work: refuse it or move it to prepayment'] : []),
    ...(process.settlement === null ? ['the settlement: paid, sent to collection or written off'] : []),
    ...(process.transitionPlanDeliveredOn === null ? ['the transition plan'] : []),
    ...(today < effectiveDate ? [`the notice period to end on ${effectiveDate}`] : []),
  ];
};

export function terminationProgress(process: TerminationProcess, today: LocalDate): TerminationProgress {
  const base = { status: process.status, readyToOffboard: false, dueDates: [] as DueDate[] };
  switch (process.status) {
    case TerminationStatus.Proposed:
      return { ...base, waitingFor: ["a manager's approval or rejection"] };
    case TerminationStatus.Approved:
      return { ...base, waitingFor: ['evaluation of the contract'] };
    case TerminationStatus.ContractEvaluated:
      return {
        ...base,
        waitingFor: ['notice to be served'],
        dueDates: process.contract
          ? [{ what: `intended end date (${process.contract.basis.toLowerCase().replace(/_/g, ' ')})`, dueOn: process.contract.endDate }]
          : [],
      };
    case TerminationStatus.NoticeServed: {
      const waits = noticeServedWaits(process, today);
      const dueDates: DueDate[] = [
        ...(process.deliverables ?? [])
          .filter((item) => item.completedOn === null)
          .map((item) => ({ what: `deliverable ${item.deliverableId}`, dueOn: item.dueOn })),
        ...(process.notice ? [{ what: 'notice takes effect; settlement due', dueOn: process.notice.effectiveDate }] : []),
      ];
      return waits.length === 0
        ? { ...base, readyToOffboard: true, waitingFor: ['a manager to complete the offboarding'], dueDates }
        : { ...base, waitingFor: waits, dueDates };
    }
    case TerminationStatus.Offboarded:
      return { ...base, readyToOffboard: true, waitingFor: [] };
    case TerminationStatus.Rejected:
    case TerminationStatus.Cancelled:
      return { ...base, waitingFor: [] };
    default:
      return assertNever(process.status);
  }
}
