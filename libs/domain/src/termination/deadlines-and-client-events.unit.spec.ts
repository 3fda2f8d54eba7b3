import { DeciderSpecification } from '@client-lifecycle/testing';
import {
  CancellationReason,
  EscalationKind,
  SettlementOutcome,
  TerminationDeadline,
  terminationDecider,
  terminationTimersFor,
  TimerKind,
} from '@client-lifecycle/domain';
import {
  command,
  deliverableCompleted,
  deliverablesConfirmed,
  eur,
  event,
  finalInvoiceIssued,
  noticeGiven,
  noticeServed,
  on,
  readyToOffboard,
} from './termination.fixtures';

const spec = DeciderSpecification.for(terminationDecider);

const noticeEnd = command('RecordDeadlinePassed', { deadline: TerminationDeadline.NoticePeriodEnd, dueOn: '2026-03-16', subject: 'T-1' }, on('2026-03-18'));
const deliverableDue = command('RecordDeadlinePassed', { deadline: TerminationDeadline.DeliverableDue, dueOn: '2026-03-11', subject: 'D-1' }, on('2026-03-11'));
const escalated = (kind: EscalationKind, message: string, dueOn = '2026-03-16', raisedOn = '2026-03-16', subject: string | null = null) =>
  event('TerminationEscalated', { escalation: { kind, subject, dueOn, raisedOn, message } });

describe('Deadlines that pass unmet raise escalations, never silent waits', () => {
  it('the notice taking effect with nothing done escalates wind-down, settlement and the transition plan, dated on the deadline', () => {
    spec
      .given(noticeGiven)
      .when(noticeEnd)
      .then([
        event('NoticePeriodElapsed', { effectiveDate: '2026-03-16' }),
        escalated(
          EscalationKind.WindDownIncomplete,
          'Notice took effect with wind-down unfinished: owed deliverables not confirmed; final invoice not issued; new work neither refused nor moved to prepayment',
        ),
        escalated(EscalationKind.SettlementOverdue, 'Notice took effect with no settlement recorded'),
        escalated(EscalationKind.TransitionPlanOverdue, 'Notice took effect and the client has no transition plan'),
      ]);
  });

  it('the notice taking effect with everything done only records that it elapsed', () => {
    spec
      .given(readyToOffboard)
      .when(noticeEnd)
      .then([event('NoticePeriodElapsed', { effectiveDate: '2026-03-16' })]);
  });

  it('a notice deadline firing again after a crash changes nothing', () => {
    spec
      .given([...readyToOffboard, event('NoticePeriodElapsed', { effectiveDate: '2026-03-16' })])
      .when(noticeEnd)
      .then([]);
  });

  it('a deliverable not completed by its due date is escalated once', () => {
    const overdue = escalated(
      EscalationKind.DeliverableOverdue,
      'Deliverable D-1 (Final brand guidelines) was due 2026-03-10 and is not completed',
      '2026-03-10',
      '2026-03-11',
      'D-1',
    );
    spec
      .given([...noticeGiven, deliverablesConfirmed])
      .when(deliverableDue)
      .then([overdue]);
    spec
      .given([...noticeGiven, deliverablesConfirmed, overdue])
      .when(deliverableDue)
      .then([]);
  });

  it('a deliverable completed in time raises nothing', () => {
    spec
      .given([...noticeGiven, deliverablesConfirmed, deliverableCompleted])
      .when(deliverableDue)
      .then([]);
  });

  it('deadlines of a cancelled termination change nothing', () => {
    const cancelled = event('TerminationCancelled', { cancelledBy: 'bob', cancelledOn: '2026-03-05', reason: CancellationReason.Other, note: null });
    spec
      .given([...noticeGiven, deliverablesConfirmed, cancelled])
      .when(noticeEnd)
      .then([]);
    spec
      .given([...noticeGiven, deliverablesConfirmed, cancelled])
      .when(deliverableDue)
      .then([]);
  });
});

describe('Client events feed the process', () => {
  const payment = (openMinor: number) =>
    command('ObserveClientPayment', { paymentId: 'PAY-9', clientOpenBalance: eur(openMinor), paidOn: '2026-03-12' }, on('2026-03-12'));

  it('a payment clearing the whole balance after the final invoice settles it as paid', () => {
    spec
      .given([...noticeGiven, finalInvoiceIssued])
      .when(payment(0))
      .then([
        event('SettlementRecorded', {
          outcome: SettlementOutcome.Paid,
          decidedBy: 'system',
          settledOn: '2026-03-12',
          outstanding: eur(0),
          expectedRecoveryMinor: null,
          recoveryCostMinor: null,
          note: 'Paid in full (payment PAY-9)',
        }),
      ]);
  });

  it('a partial payment, a payment before the final invoice, or one after settlement changes nothing', () => {
    spec
      .given([...noticeGiven, finalInvoiceIssued])
      .when(payment(10_000))
      .then([]);
    spec.given(noticeGiven).when(payment(0)).then([]);
    spec.given(readyToOffboard).when(payment(0)).then([]);
  });
});

describe('Termination timers: the deadlines the scheduler watches', () => {
  it('notice served sets a timer on the effective date', () => {
    expect(terminationTimersFor(noticeServed())).toEqual([
      { timerId: 'termination:T-1:notice-end', clientId: 'acme', kind: TimerKind.TerminationNoticeEnd, dueOn: '2026-03-16', subject: 'T-1' },
    ]);
  });

  it('each confirmed deliverable sets a timer for the day after it is due', () => {
    expect(terminationTimersFor(deliverablesConfirmed)).toEqual([
      {
        timerId: 'termination:T-1:deliverable:D-1',
        clientId: 'acme',
        kind: TimerKind.TerminationDeliverableDue,
        dueOn: '2026-03-11',
        subject: 'T-1',
        bucket: 'D-1',
      },
    ]);
  });

  it('other events set none', () => {
    expect(terminationTimersFor(finalInvoiceIssued)).toEqual([]);
  });
});
