import { on } from '../client-history/client-history.fixtures';
import { foldClientHistory } from '../client-history/client-history.fold';
import type { ClientFact } from '../client-history';
import { clientRegistered, eur, invoiceIssued, paymentPlanAgreed, paymentRecorded, promiseToPayRecorded } from '../client/client.fixtures';
import { PaymentKind, ReminderStep } from '../client/client.vocabulary';
import { type Timer, TimerKind } from './timer';
import { timeFactsDue } from './time-facts.policy';
import { timersFor } from './timers.projection';

const historyOf = (...facts: ClientFact[]) => {
  const history = foldClientHistory([on('2025-01-01', clientRegistered()), ...facts]);
  if (!history) throw new Error('registered above');
  return history;
};

const timer = (kind: TimerKind, dueOn: string, subject = 'INV-42', bucket?: string): Timer => ({
  timerId: 't',
  clientId: 'acme',
  kind,
  dueOn,
  subject,
  bucket,
});

describe('timers: the days on which time alone changes what is true', () => {
  it('an issued invoice sets a timer for each aging bucket and each ladder step, relative to its due date', () => {
    const timers = timersFor(invoiceIssued());

    expect(timers.filter((item) => item.kind === TimerKind.InvoiceAging).map((item) => [item.bucket, item.dueOn])).toEqual([
      ['DAYS_1_30', '2026-02-10'],
      ['DAYS_31_60', '2026-03-12'],
      ['DAYS_61_90', '2026-04-11'],
      ['DAYS_90_PLUS', '2026-05-11'],
    ]);
    expect(timers.filter((item) => item.kind === TimerKind.CollectionStep).map((item) => item.dueOn)).toEqual([
      '2026-02-06',
      '2026-02-10',
      '2026-02-19',
      '2026-03-02',
      '2026-03-26',
      '2026-05-10',
      '2026-05-25',
    ]);
    expect(new Set(timers.map((item) => item.timerId)).size).toBe(timers.length);
  });

  it('a promise to pay, and each instalment of a plan, sets a timer for the day after its date', () => {
    expect(timersFor(promiseToPayRecorded()).map((item) => [item.timerId, item.dueOn])).toEqual([['promise:acme:PTP-1', '2026-03-16']]);
    expect(timersFor(paymentPlanAgreed()).map((item) => [item.subject, item.dueOn])).toEqual([
      ['PLAN-1#1', '2026-03-16'],
      ['PLAN-1#2', '2026-04-16'],
    ]);
  });

  it('other events set no timer', () => {
    expect(timersFor(paymentRecorded())).toEqual([]);
  });
});

describe('time facts: what a timer records when its day comes', () => {
  it('an unpaid invoice is recorded as aged into the bucket of that day', () => {
    const facts = timeFactsDue(timer(TimerKind.InvoiceAging, '2026-03-12', 'INV-42', 'DAYS_31_60'), historyOf(on('2026-01-10', invoiceIssued())));

    expect(facts).toEqual([
      { type: 'RecordInvoiceAged', data: { clientId: 'acme', invoiceId: 'INV-42', bucket: 'DAYS_31_60', daysPastDue: 31, agedOn: '2026-03-12' } },
    ]);
  });

  it('nothing is recorded for an invoice paid by that day, even when the scheduler runs later', () => {
    const history = historyOf(on('2026-01-10', invoiceIssued()), on('2026-02-08', paymentRecorded({ paidOn: '2026-02-08' })));

    expect(timeFactsDue(timer(TimerKind.InvoiceAging, '2026-02-10', 'INV-42', 'DAYS_1_30'), history)).toEqual([]);
  });

  it('a promise unpaid at the end of its day is recorded as broken, and the ladder moves on', () => {
    const history = historyOf(on('2026-01-10', invoiceIssued()), on('2026-03-01', promiseToPayRecorded({ promisedDate: '2026-03-15' })));

    const facts = timeFactsDue(timer(TimerKind.PromiseDue, '2026-03-16', 'PTP-1'), history);

    expect(facts[0]).toEqual({ type: 'RecordBrokenPromise', data: { clientId: 'acme', promiseId: 'PTP-1', brokenOn: '2026-03-16' } });
    expect(facts[1]).toMatchObject({ type: 'RecordCollectionStepDue', data: { invoiceId: 'INV-42' } });
  });

  it('a kept promise records nothing broken', () => {
    const history = historyOf(
      on('2026-01-10', invoiceIssued()),
      on('2026-03-01', promiseToPayRecorded({ promisedDate: '2026-03-15' })),
      on('2026-03-14', paymentRecorded({ paidOn: '2026-03-14' })),
    );

    expect(timeFactsDue(timer(TimerKind.PromiseDue, '2026-03-16', 'PTP-1'), history)).toEqual([]);
  });

  it('a ladder step is recorded when it falls due for an open invoice', () => {
    const history = historyOf(
      on('2026-01-10', invoiceIssued()),
      on('2026-02-01', paymentRecorded({ amount: eur(10_000), paidOn: '2026-02-01', kind: PaymentKind.Partial, openBalanceAfter: eur(90_000) })),
    );

    expect(timeFactsDue(timer(TimerKind.CollectionStep, '2026-02-10'), history)).toEqual([
      { type: 'RecordCollectionStepDue', data: { clientId: 'acme', invoiceId: 'INV-42', step: ReminderStep.Friendly, dueOn: '2026-02-10' } },
    ]);
  });
});
