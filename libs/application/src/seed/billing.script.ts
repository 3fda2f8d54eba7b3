import { addDays, ExcuseCategory, type LocalDate, ReminderChannel, ReminderStep } from '@client-lifecycle/domain';
import type { ClientScript } from './client-script';
import { monthStart } from './seed-calendar';
import { WORK_ACTIVITIES } from './seed-wording';

export interface Engagement {
  readonly currency: string;
  readonly hourlyRateMinor: number;
  readonly paymentTermsDays: number;
  readonly hoursPerMonth: number;
}

export interface IssuedInvoice {
  readonly invoiceId: string;
  readonly issuedOn: LocalDate;
  readonly dueDate: LocalDate;
  readonly amountMinor: number;
}

// Times of day (minutes after midnight UTC), so a day's facts fall in a natural order.
const INVOICING = 8 * 60;
const REMINDING = 9 * 60;
const TALKING = 11 * 60;
const PAYING = 14 * 60;
const WORKING = 17 * 60 + 30;

/** A single time entry may not exceed a day, the decider's limit. */
const MAX_ENTRY_MINUTES = 24 * 60;

export const logTime = (script: ClientScript, workedOn: LocalDate, minutes: number, billable: boolean, activity: string, scopeChangeId?: string): void =>
  script.at(workedOn, WORKING, {
    type: 'LogTime',
    data: {
      clientId: script.clientId,
      timeEntryId: script.id('TIME'),
      activity,
      minutes: Math.max(1, Math.min(MAX_ENTRY_MINUTES, Math.round(minutes))),
      billable,
      workedOn,
      ...(scopeChangeId !== undefined ? { scopeChangeId } : {}),
    },
  });

/** A month's contracted work, logged as billable and invoiced on the first of the next month at the hours worked. */
export const workAndInvoiceMonth = (script: ClientScript, engagement: Engagement, month: LocalDate): IssuedInvoice => {
  const { random } = script;
  const minutes = Math.min(MAX_ENTRY_MINUTES, Math.round(engagement.hoursPerMonth * 60 * (0.8 + random.float() * 0.3)));
  logTime(script, addDays(month, random.int(9, 24)), minutes, true, random.pick(WORK_ACTIVITIES));
  const issuedOn = monthStart(month, 1);
  const invoice: IssuedInvoice = {
    invoiceId: script.id('INV'),
    issuedOn,
    dueDate: addDays(issuedOn, engagement.paymentTermsDays),
    amountMinor: Math.round((minutes / 60) * engagement.hourlyRateMinor),
  };
  script.at(issuedOn, INVOICING, {
    type: 'IssueInvoice',
    data: {
      clientId: script.clientId,
      invoiceId: invoice.invoiceId,
      amount: { amountMinor: invoice.amountMinor, currency: engagement.currency },
      issuedOn,
      description: `Services ${month.slice(0, 7)}`,
    },
  });
  return invoice;
};

export const remind = (script: ClientScript, invoice: IssuedInvoice, day: LocalDate, step: ReminderStep, channel: ReminderChannel, note?: string): void =>
  script.at(day, REMINDING, {
    type: 'RecordReminder',
    data: { clientId: script.clientId, reminderId: script.id('REM'), invoiceId: invoice.invoiceId, step, channel, ...(note ? { note } : {}) },
  });

export const pay = (script: ClientScript, engagement: Engagement, invoice: IssuedInvoice, day: LocalDate, amountMinor: number): void =>
  script.at(day, PAYING, {
    type: 'RecordPayment',
    data: {
      clientId: script.clientId,
      paymentId: script.id('PAY'),
      invoiceId: invoice.invoiceId,
      amount: { amountMinor, currency: engagement.currency },
      paidOn: day,
    },
  });

export const excuse = (script: ClientScript, invoice: IssuedInvoice, day: LocalDate, category: ExcuseCategory, text: string, promisedDate?: LocalDate): void =>
  script.at(day, TALKING, {
    type: 'RecordExcuse',
    data: {
      clientId: script.clientId,
      excuseId: script.id('EXC'),
      invoiceId: invoice.invoiceId,
      category,
      text,
      ...(promisedDate !== undefined ? { promisedDate } : {}),
    },
  });

/** Made after the day's payments, so the amount promised never exceeds what is still open. */
export const promise = (
  script: ClientScript,
  engagement: Engagement,
  invoice: IssuedInvoice,
  day: LocalDate,
  amountMinor: number,
  promisedDate: LocalDate,
): void =>
  script.at(day, PAYING + 30, {
    type: 'RecordPromiseToPay',
    data: {
      clientId: script.clientId,
      promiseId: script.id('PTP'),
      invoiceId: invoice.invoiceId,
      amount: { amountMinor, currency: engagement.currency },
      promisedDate,
    },
  });

/** Pays in full by the due date, never before the invoice; some get a courtesy contact first. */
export const payOnTime = (script: ClientScript, engagement: Engagement, invoice: IssuedInvoice): void => {
  const courtesyOn = addDays(invoice.dueDate, -3);
  const paidOn = addDays(invoice.dueDate, -script.random.int(0, 6));
  const paid = paidOn < invoice.issuedOn ? invoice.issuedOn : paidOn;
  if (script.random.chance(0.15) && courtesyOn > invoice.issuedOn && courtesyOn < paid)
    remind(script, invoice, courtesyOn, ReminderStep.Courtesy, ReminderChannel.Email, 'Is everything working as expected?');
  pay(script, engagement, invoice, paid, invoice.amountMinor);
};

/** Pays in full `daysLate` after the due date, climbing the ladder meanwhile; sometimes a kept promise. */
export const payLate = (script: ClientScript, engagement: Engagement, invoice: IssuedInvoice, daysLate: number): void => {
  const { random } = script;
  const due = invoice.dueDate;
  remind(script, invoice, addDays(due, 1), ReminderStep.Friendly, ReminderChannel.Email, 'Could you confirm a payment date?');
  if (random.chance(0.5)) {
    excuse(script, invoice, addDays(due, 2), ExcuseCategory.MonthClosing, 'Will be paid after the month closing');
    promise(script, engagement, invoice, addDays(due, 2), invoice.amountMinor, addDays(due, daysLate));
  }
  if (daysLate > 10) remind(script, invoice, addDays(due, 10), ReminderStep.Firm, ReminderChannel.Call);
  if (daysLate > 21) remind(script, invoice, addDays(due, 21), ReminderStep.FormalLetter, ReminderChannel.Letter);
  pay(script, engagement, invoice, addDays(due, daysLate), invoice.amountMinor);
};

/** Cash-flow trouble resolved by a short-term payment plan of three instalments, each paid on its date. */
export const payByPlan = (script: ClientScript, engagement: Engagement, invoice: IssuedInvoice): void => {
  const due = invoice.dueDate;
  remind(script, invoice, addDays(due, 1), ReminderStep.Friendly, ReminderChannel.Email);
  excuse(script, invoice, addDays(due, 3), ExcuseCategory.CashFlow, 'Cash flow is tight this quarter; can we spread it?');
  const part = Math.floor(invoice.amountMinor / 3);
  const amounts = [part, part, invoice.amountMinor - 2 * part];
  const dueDates = [addDays(due, 15), addDays(due, 45), addDays(due, 75)];
  script.at(addDays(due, 5), TALKING, {
    type: 'AgreePaymentPlan',
    data: {
      clientId: script.clientId,
      planId: script.id('PLAN'),
      invoiceIds: [invoice.invoiceId],
      instalments: dueDates.map((dueDate, index) => ({ dueDate, amount: { amountMinor: amounts[index], currency: engagement.currency } })),
    },
  });
  dueDates.forEach((dueDate, index) => pay(script, engagement, invoice, dueDate, amounts[index]));
};
