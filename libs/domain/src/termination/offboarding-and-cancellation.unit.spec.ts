import { DeciderSpecification } from '@client-lifecycle/testing';
import { CancellationReason, NewWorkPolicy, TerminationErrorCode, terminationDecider } from '@client-lifecycle/domain';
import {
  actionRequested,
  approved,
  command,
  deliverableCompleted,
  deliverablesConfirmed,
  event,
  finalInvoiceIssued,
  newWorkRefused,
  noticeGiven,
  on,
  planDelivered,
  proposed,
  readyToOffboard,
  settledPaid,
} from './termination.fixtures';

const spec = DeciderSpecification.for(terminationDecider);

const offboard = (day = '2026-03-16') => command('CompleteOffboarding', { offboardedBy: 'bob' }, on(day));
const without = (...left: object[]) => readyToOffboard.filter((item) => !left.includes(item));

describe('Offboarding: only after the notice period, deliverables done and the plan delivered', () => {
  it('offboards on the effective date and asks the client aggregate to record it', () => {
    spec
      .given(readyToOffboard)
      .when(offboard())
      .then([
        event('TerminationOffboarded', { offboardedBy: 'bob', offboardedOn: '2026-03-16' }),
        actionRequested(4, { type: 'OffboardClient', offboardedOn: '2026-03-16' }),
      ]);
  });

  it('refuses offboarding before the notice period ends', () => {
    spec.given(readyToOffboard).when(offboard('2026-03-15')).thenRefusedWith(TerminationErrorCode.NoticePeriodNotElapsed, { effectiveDate: '2026-03-16' });
  });

  it('refuses offboarding before deliverables are confirmed or done', () => {
    spec.given(without(deliverablesConfirmed, deliverableCompleted)).when(offboard()).thenRefusedWith(TerminationErrorCode.DeliverablesNotConfirmed);
    spec.given(without(deliverableCompleted)).when(offboard()).thenRefusedWith(TerminationErrorCode.DeliverablesOutstanding, { deliverableIds: 'D-1' });
  });

  it('refuses offboarding without the final invoice or a decision on new work', () => {
    spec.given(without(finalInvoiceIssued)).when(offboard()).thenRefusedWith(TerminationErrorCode.WindDownIncomplete, { missing: 'final invoice not issued' });
    spec.given(without(newWorkRefused)).when(offboard()).thenRefusedWith(TerminationErrorCode.WindDownIncomplete);
  });

  it('refuses offboarding before money is settled', () => {
    spec.given(without(settledPaid)).when(offboard()).thenRefusedWith(TerminationErrorCode.NotSettled);
  });

  it('refuses offboarding without a transition plan', () => {
    spec.given(without(planDelivered)).when(offboard()).thenRefusedWith(TerminationErrorCode.TransitionPlanMissing);
  });

  it('refuses offboarding before notice is served', () => {
    spec.given([proposed(), approved]).when(offboard()).thenRefusedWith(TerminationErrorCode.NoticeNotServed);
  });

  it('refuses acting on, or cancelling, an offboarded termination', () => {
    const done = [...readyToOffboard, event('TerminationOffboarded', { offboardedBy: 'bob', offboardedOn: '2026-03-16' })];
    spec.given(done).when(offboard()).thenRefusedWith(TerminationErrorCode.AlreadyOffboarded);
    spec
      .given(done)
      .when(command('CancelTermination', { cancelledBy: 'bob', reason: CancellationReason.Other }))
      .thenRefusedWith(TerminationErrorCode.AlreadyOffboarded);
  });
});

describe('Cancelling before offboarding withdraws the notice and undoes what was done to the client', () => {
  const cancelled = (reason = CancellationReason.ClientSettledRetained, note: string | null = null) =>
    event('TerminationCancelled', { cancelledBy: 'bob', cancelledOn: '2026-03-05', reason, note });
  const cancel = (reason = CancellationReason.ClientSettledRetained, note?: string) =>
    command('CancelTermination', { cancelledBy: 'bob', reason, note }, on('2026-03-05'));

  it('a proposal cancelled before approval needs no compensation', () => {
    spec.given([proposed()]).when(cancel()).then([cancelled()]);
  });

  it('cancelling after notice withdraws the notice', () => {
    spec
      .given(noticeGiven)
      .when(cancel(CancellationReason.NewAgreementSigned, 'Signed a new agreement with prepayment'))
      .then([
        cancelled(CancellationReason.NewAgreementSigned, 'Signed a new agreement with prepayment'),
        event('NoticeWithdrawn', { withdrawnOn: '2026-03-05' }),
        actionRequested(2, { type: 'WithdrawNoticeOfTermination' }),
      ]);
  });

  it('cancelling after new work was restricted also lifts the restriction on the client', () => {
    spec
      .given([...noticeGiven, newWorkRefused, actionRequested(2, { type: 'RestrictNewWork', policy: NewWorkPolicy.Refused })])
      .when(cancel())
      .then([
        cancelled(),
        event('NoticeWithdrawn', { withdrawnOn: '2026-03-05' }),
        actionRequested(3, { type: 'WithdrawNoticeOfTermination' }),
        actionRequested(4, { type: 'LiftNewWorkRestriction' }),
      ]);
  });

  it('refuses every step after cancel, and cancelling twice', () => {
    const history = [...noticeGiven, cancelled()];
    spec
      .given(history)
      .when(command('ConfirmDeliverables', { deliverables: [] }))
      .thenRefusedWith(TerminationErrorCode.Cancelled);
    spec.given(history).when(offboard()).thenRefusedWith(TerminationErrorCode.Cancelled);
    spec.given(history).when(cancel()).thenRefusedWith(TerminationErrorCode.Cancelled);
  });

  it('refuses cancelling a rejected proposal', () => {
    const rejected = event('TerminationRejected', { rejectedBy: 'bob', rejectedOn: '2026-03-01', reason: 'No' });
    spec.given([proposed(), rejected]).when(cancel()).thenRefusedWith(TerminationErrorCode.Rejected);
  });
});
