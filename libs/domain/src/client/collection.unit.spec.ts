import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode, ExcuseCategory, PaymentKind, ReminderChannel, ReminderStep } from '@client-lifecycle/domain';
import {
  agreePaymentPlan,
  CLIENT_ID,
  clientRegistered,
  eur,
  excuseRecorded,
  fromTheFuture,
  INVOICE_ID,
  invoiceIssued,
  moneyIn,
  NOW,
  paymentPlanAgreed,
  paymentRecorded,
  promiseToPayRecorded,
  recordExcuse,
  recordPromiseToPay,
  recordReminder,
  reminderSent,
  TODAY,
} from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

/** Invoice 42: EUR 1,000.00 issued on 10 January 2026, due 9 February, unpaid on 1 March. */
const overdueInvoice42 = [clientRegistered(), invoiceIssued()];
const paidInFull = paymentRecorded();
const partlyPaid = paymentRecorded({ amount: eur(40_000), kind: PaymentKind.Partial, openBalanceAfter: eur(60_000) });

describe('Recording an excuse', () => {
  it('logs an excuse without a date, so the next reminder asks for one', () => {
    spec
      .given(overdueInvoice42)
      .when(recordExcuse({ category: ExcuseCategory.PersonOnHoliday, text: 'The person in charge of payments is on holiday' }))
      .then([
        {
          type: 'ExcuseRecorded',
          data: {
            clientId: CLIENT_ID,
            excuseId: 'EXC-1',
            invoiceId: null,
            category: ExcuseCategory.PersonOnHoliday,
            text: 'The person in charge of payments is on holiday',
            promisedDate: null,
          },
        },
      ]);
  });

  it('ties an excuse to the invoice it is about, with the date it names', () => {
    spec
      .given(overdueInvoice42)
      .when(
        recordExcuse({
          invoiceId: INVOICE_ID,
          category: ExcuseCategory.MonthClosing,
          text: '  We pay after the month closing  ',
          promisedDate: '2026-03-05',
        }),
      )
      .then([
        excuseRecorded({
          invoiceId: INVOICE_ID,
          category: ExcuseCategory.MonthClosing,
          text: 'We pay after the month closing',
          promisedDate: '2026-03-05',
        }),
      ]);
  });

  it('records every excuse, even a repeated one, under its own id', () => {
    spec
      .given([...overdueInvoice42, excuseRecorded()])
      .when(recordExcuse({ excuseId: 'EXC-2' }))
      .then([excuseRecorded({ excuseId: 'EXC-2' })]);
  });

  it('refuses the same excuse twice', () => {
    spec
      .given([...overdueInvoice42, excuseRecorded()])
      .when(recordExcuse())
      .thenRefusedWith(ClientErrorCode.ExcuseAlreadyRecorded, { excuseId: 'EXC-1' });
  });

  it('refuses an excuse about an invoice the client was never issued', () => {
    spec
      .given(overdueInvoice42)
      .when(recordExcuse({ invoiceId: 'INV-404' }))
      .thenRefusedWith(ClientErrorCode.InvoiceNotFound, { invoiceId: 'INV-404' });
  });

  it('refuses an excuse without words', () => {
    spec
      .given(overdueInvoice42)
      .when(recordExcuse({ text: '' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'text' });
  });

  it('refuses a promised date that is not a calendar day', () => {
    spec
      .given(overdueInvoice42)
      .when(recordExcuse({ promisedDate: 'next week' }))
      .thenRefusedWith(ClientErrorCode.InvalidDate, { field: 'promisedDate' });
  });

  it('refuses an excuse recorded as happening after now', () => {
    spec.given(overdueInvoice42).when(recordExcuse({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});

describe('Recording a promise to pay', () => {
  it('records a promise to pay the open balance by a date', () => {
    spec
      .given(overdueInvoice42)
      .when(recordPromiseToPay({ amount: eur(100_000), promisedDate: '2026-03-15' }))
      .then([
        {
          type: 'PromiseToPayRecorded',
          data: {
            clientId: CLIENT_ID,
            promiseId: 'PTP-1',
            invoiceId: INVOICE_ID,
            amount: eur(100_000),
            promisedDate: '2026-03-15',
          },
        },
      ]);
  });

  it('records the classic non-payer pattern: part payment plus a promise for the rest', () => {
    spec
      .given([...overdueInvoice42, partlyPaid])
      .when(recordPromiseToPay({ amount: eur(60_000), promisedDate: '2026-03-31' }))
      .then([promiseToPayRecorded({ amount: eur(60_000), promisedDate: '2026-03-31' })]);
  });

  it('accepts a promise to pay today', () => {
    spec
      .given(overdueInvoice42)
      .when(recordPromiseToPay({ promisedDate: TODAY }))
      .then([promiseToPayRecorded({ promisedDate: TODAY })]);
  });

  it('judges the promised date against the day the promise was made, not the day it is recorded', () => {
    const madeLastWeek = { occurredAt: '2026-02-22T15:00:00.000Z', now: NOW };
    spec
      .given(overdueInvoice42)
      .when(recordPromiseToPay({ promisedDate: '2026-02-25' }, madeLastWeek))
      .then([promiseToPayRecorded({ promisedDate: '2026-02-25' })]);
  });

  it('refuses the same promise twice', () => {
    spec
      .given([...overdueInvoice42, promiseToPayRecorded()])
      .when(recordPromiseToPay())
      .thenRefusedWith(ClientErrorCode.PromiseAlreadyRecorded, { promiseId: 'PTP-1' });
  });

  it('refuses a promise dated before the day it was made', () => {
    spec
      .given(overdueInvoice42)
      .when(recordPromiseToPay({ promisedDate: '2026-02-28' }))
      .thenRefusedWith(ClientErrorCode.PromisedDateInPast, { promisedDate: '2026-02-28', on: TODAY });
  });

  it('refuses a promise of more than is still open on the invoice', () => {
    spec
      .given([...overdueInvoice42, partlyPaid])
      .when(recordPromiseToPay({ amount: eur(60_001) }))
      .thenRefusedWith(ClientErrorCode.PromiseExceedsOpenBalance, {
        invoiceId: INVOICE_ID,
        amountMinor: 60_001,
        openBalanceMinor: 60_000,
      });
  });

  it('refuses a promise on an invoice already paid in full', () => {
    spec
      .given([...overdueInvoice42, paidInFull])
      .when(recordPromiseToPay())
      .thenRefusedWith(ClientErrorCode.InvoiceAlreadyPaid, { invoiceId: INVOICE_ID });
  });

  it('refuses a promise on an invoice the client was never issued', () => {
    spec
      .given(overdueInvoice42)
      .when(recordPromiseToPay({ invoiceId: 'INV-404' }))
      .thenRefusedWith(ClientErrorCode.InvoiceNotFound, { invoiceId: 'INV-404' });
  });

  it('refuses a promise in another currency than the invoice', () => {
    spec
      .given(overdueInvoice42)
      .when(recordPromiseToPay({ amount: moneyIn('CHF', 100_000) }))
      .thenRefusedWith(ClientErrorCode.CurrencyMismatch, { given: 'CHF', contract: 'EUR' });
  });

  it('refuses a promise of nothing', () => {
    spec
      .given(overdueInvoice42)
      .when(recordPromiseToPay({ amount: eur(0) }))
      .thenRefusedWith(ClientErrorCode.InvalidAmount, { field: 'amount' });
  });

  it('refuses a promised date that is not a calendar day', () => {
    spec
      .given(overdueInvoice42)
      .when(recordPromiseToPay({ promisedDate: 'soon' }))
      .thenRefusedWith(ClientErrorCode.InvalidDate, { field: 'promisedDate', value: 'soon' });
  });

  it('refuses a promise recorded as made after now', () => {
    spec.given(overdueInvoice42).when(recordPromiseToPay({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});

describe('Agreeing a payment plan', () => {
  it('numbers the instalments and states the total they settle', () => {
    spec
      .given(overdueInvoice42)
      .when(agreePaymentPlan())
      .then([
        {
          type: 'PaymentPlanAgreed',
          data: {
            clientId: CLIENT_ID,
            planId: 'PLAN-1',
            invoiceIds: [INVOICE_ID],
            instalments: [
              { instalmentNumber: 1, dueDate: '2026-03-15', amount: eur(50_000) },
              { instalmentNumber: 2, dueDate: '2026-04-15', amount: eur(50_000) },
            ],
            total: eur(100_000),
          },
        },
      ]);
  });

  it('covers several invoices, each for what is still open on it', () => {
    spec
      .given([...overdueInvoice42, partlyPaid, invoiceIssued({ invoiceId: 'INV-43', amount: eur(30_000) })])
      .when(
        agreePaymentPlan({
          invoiceIds: [INVOICE_ID, 'INV-43'],
          instalments: [
            { dueDate: TODAY, amount: eur(45_000) },
            { dueDate: '2026-04-01', amount: eur(45_000) },
          ],
        }),
      )
      .then([
        paymentPlanAgreed({
          invoiceIds: [INVOICE_ID, 'INV-43'],
          instalments: [
            { instalmentNumber: 1, dueDate: TODAY, amount: eur(45_000) },
            { instalmentNumber: 2, dueDate: '2026-04-01', amount: eur(45_000) },
          ],
          total: eur(90_000),
        }),
      ]);
  });

  it('refuses to agree the same plan twice', () => {
    spec
      .given([...overdueInvoice42, paymentPlanAgreed()])
      .when(agreePaymentPlan())
      .thenRefusedWith(ClientErrorCode.PaymentPlanAlreadyAgreed, { planId: 'PLAN-1' });
  });

  it.each([
    ['covers no invoice', { invoiceIds: [] }, 'invoiceIds'],
    ['lists an invoice twice', { invoiceIds: [INVOICE_ID, INVOICE_ID] }, 'invoiceIds'],
    ['has no instalment', { instalments: [] }, 'instalments'],
    [
      'has an instalment due before the day it is agreed',
      {
        instalments: [
          { dueDate: '2026-02-28', amount: eur(50_000) },
          { dueDate: '2026-04-15', amount: eur(50_000) },
        ],
      },
      'instalments',
    ],
    [
      'has instalments out of order',
      {
        instalments: [
          { dueDate: '2026-04-15', amount: eur(50_000) },
          { dueDate: '2026-03-15', amount: eur(50_000) },
        ],
      },
      'instalments',
    ],
    [
      'has two instalments due the same day',
      {
        instalments: [
          { dueDate: '2026-03-15', amount: eur(50_000) },
          { dueDate: '2026-03-15', amount: eur(50_000) },
        ],
      },
      'instalments',
    ],
  ])('refuses a plan that %s', (_rule, data, field) => {
    spec.given(overdueInvoice42).when(agreePaymentPlan(data)).thenRefusedWith(ClientErrorCode.PaymentPlanInvalid, { field });
  });

  it('refuses instalments that do not add up to the open balance of the covered invoices', () => {
    spec
      .given([...overdueInvoice42, partlyPaid])
      .when(agreePaymentPlan())
      .thenRefusedWith(ClientErrorCode.PaymentPlanTotalMismatch, { instalmentsMinor: 100_000, openBalanceMinor: 60_000 });
  });

  it('refuses a plan over an invoice the client was never issued', () => {
    spec
      .given(overdueInvoice42)
      .when(agreePaymentPlan({ invoiceIds: [INVOICE_ID, 'INV-404'] }))
      .thenRefusedWith(ClientErrorCode.InvoiceNotFound, { invoiceId: 'INV-404' });
  });

  it('refuses a plan over an invoice already paid in full', () => {
    spec
      .given([...overdueInvoice42, paidInFull])
      .when(agreePaymentPlan())
      .thenRefusedWith(ClientErrorCode.InvoiceAlreadyPaid, { invoiceId: INVOICE_ID });
  });

  it('refuses an instalment in another currency than the contract', () => {
    spec
      .given(overdueInvoice42)
      .when(
        agreePaymentPlan({
          instalments: [
            { dueDate: '2026-03-15', amount: eur(50_000) },
            { dueDate: '2026-04-15', amount: moneyIn('USD', 50_000) },
          ],
        }),
      )
      .thenRefusedWith(ClientErrorCode.CurrencyMismatch, { given: 'USD', contract: 'EUR' });
  });

  it('refuses an instalment of nothing', () => {
    spec
      .given(overdueInvoice42)
      .when(
        agreePaymentPlan({
          instalments: [
            { dueDate: '2026-03-15', amount: eur(100_000) },
            { dueDate: '2026-04-15', amount: eur(0) },
          ],
        }),
      )
      .thenRefusedWith(ClientErrorCode.InvalidAmount, { field: 'instalments[1].amount' });
  });

  it('refuses an instalment due date that is not a calendar day', () => {
    spec
      .given(overdueInvoice42)
      .when(agreePaymentPlan({ instalments: [{ dueDate: '2026-04-31', amount: eur(100_000) }] }))
      .thenRefusedWith(ClientErrorCode.InvalidDate, { field: 'instalments[0].dueDate' });
  });

  it('refuses a plan recorded as agreed after now', () => {
    spec.given(overdueInvoice42).when(agreePaymentPlan({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});

describe('Sending a reminder on the collection ladder', () => {
  it.each([
    [ReminderStep.Courtesy, ReminderChannel.Message],
    [ReminderStep.Friendly, ReminderChannel.Email],
    [ReminderStep.Firm, ReminderChannel.Call],
    [ReminderStep.FormalLetter, ReminderChannel.Letter],
    [ReminderStep.FinalNotice, ReminderChannel.Meeting],
    [ReminderStep.LawyerLetter, ReminderChannel.Letter],
  ])('records a %s reminder sent by %s', (step, channel) => {
    spec
      .given(overdueInvoice42)
      .when(recordReminder({ step, channel }))
      .then([
        {
          type: 'ReminderSent',
          data: { clientId: CLIENT_ID, reminderId: 'REM-1', invoiceId: INVOICE_ID, step, channel, note: null },
        },
      ]);
  });

  it('keeps the note of what was said, without surrounding blanks', () => {
    spec
      .given(overdueInvoice42)
      .when(recordReminder({ note: '  Asked for a payment date  ' }))
      .then([reminderSent({ note: 'Asked for a payment date' })]);
  });

  it('keeps reminding while part of the invoice stays unpaid', () => {
    spec
      .given([...overdueInvoice42, partlyPaid, reminderSent()])
      .when(recordReminder({ reminderId: 'REM-2', step: ReminderStep.Firm, channel: ReminderChannel.Call }))
      .then([reminderSent({ reminderId: 'REM-2', step: ReminderStep.Firm, channel: ReminderChannel.Call })]);
  });

  it('refuses the same reminder twice', () => {
    spec
      .given([...overdueInvoice42, reminderSent()])
      .when(recordReminder())
      .thenRefusedWith(ClientErrorCode.ReminderAlreadyRecorded, { reminderId: 'REM-1' });
  });

  it('refuses a reminder for an invoice that is paid: paid closes the ladder', () => {
    spec
      .given([...overdueInvoice42, paidInFull])
      .when(recordReminder())
      .thenRefusedWith(ClientErrorCode.InvoiceAlreadyPaid, { invoiceId: INVOICE_ID });
  });

  it('refuses a reminder for an invoice the client was never issued', () => {
    spec
      .given(overdueInvoice42)
      .when(recordReminder({ invoiceId: 'INV-404' }))
      .thenRefusedWith(ClientErrorCode.InvoiceNotFound, { invoiceId: 'INV-404' });
  });

  it('refuses a blank note', () => {
    spec
      .given(overdueInvoice42)
      .when(recordReminder({ note: ' ' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'note' });
  });

  it('refuses a reminder recorded as sent after now', () => {
    spec.given(overdueInvoice42).when(recordReminder({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});
