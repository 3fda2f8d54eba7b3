import { addDays, ExcuseCategory, ReminderChannel, ReminderStep } from '@client-lifecycle/domain';
import { type Engagement, excuse, type IssuedInvoice, pay, promise, remind } from './billing.script';
import type { ClientScript } from './client-script';

/**
 * DOMAIN.md's non-payer on one invoice: excuses of every kind, partial payments each with a
 * promise of the rest, promises that pass unpaid, and the ladder climbing from a friendly
 * reminder to a lawyer's letter about three months after the due date. The invoice is never paid
 * in full. Offsets follow the ladder of DOMAIN.md (D+1, D+10, D+21, D+45, D+90).
 */
export const defaultOnInvoice = (script: ClientScript, engagement: Engagement, invoice: IssuedInvoice): void => {
  const { random } = script;
  const due = invoice.dueDate;
  const day = (offset: number) => addDays(due, offset);
  const firstPart = Math.round(invoice.amountMinor * (0.2 + random.float() * 0.15));
  const secondPart = Math.round(invoice.amountMinor * 0.1);
  remind(script, invoice, day(1), ReminderStep.Friendly, ReminderChannel.Email, 'Everyone misplaces an invoice: when can we expect payment?');
  excuse(script, invoice, day(3), ExcuseCategory.Administration, 'The invoice is stuck in our approval workflow');
  remind(script, invoice, day(10), ReminderStep.Firm, ReminderChannel.Call);
  excuse(script, invoice, day(12), ExcuseCategory.PersonOnHoliday, 'The person in charge of payments is on holiday');
  promise(script, engagement, invoice, day(12), invoice.amountMinor, day(19));
  remind(script, invoice, day(21), ReminderStep.FormalLetter, ReminderChannel.Letter, 'Statutory interest and recovery costs apply');
  pay(script, engagement, invoice, day(26), firstPart);
  excuse(script, invoice, day(26), ExcuseCategory.CashFlow, 'Cash flow is tight; the rest will follow soon');
  promise(script, engagement, invoice, day(26), invoice.amountMinor - firstPart, day(40));
  remind(script, invoice, day(45), ReminderStep.FinalNotice, ReminderChannel.Letter, 'Further work only against prepayment');
  excuse(script, invoice, day(50), ExcuseCategory.MonthClosing, 'After the month closing, promised', day(60));
  pay(script, engagement, invoice, day(62), secondPart);
  excuse(script, invoice, day(70), ExcuseCategory.Other, 'Our bank changed its transfer system');
  promise(script, engagement, invoice, day(70), invoice.amountMinor - firstPart - secondPart, day(80));
  remind(script, invoice, day(90), ReminderStep.LawyerLetter, ReminderChannel.Letter, 'Letter from our lawyer');
};

/** Later invoices of a non-payer: a friendly reminder and a token payment while the work goes on. */
export const stallOnInvoice = (script: ClientScript, engagement: Engagement, invoice: IssuedInvoice): void => {
  remind(script, invoice, addDays(invoice.dueDate, 1), ReminderStep.Friendly, ReminderChannel.Email);
  if (script.random.chance(0.5)) pay(script, engagement, invoice, addDays(invoice.dueDate, 8), Math.max(1, Math.round(invoice.amountMinor * 0.15)));
};

/**
 * A long-standing good client's first slip: late, with an excuse and a promise, which half of
 * them keep. The tenure rule should halve its payment factors rather than paint it red.
 */
export const firstIncident = (script: ClientScript, engagement: Engagement, invoice: IssuedInvoice): void => {
  const due = invoice.dueDate;
  remind(script, invoice, addDays(due, 1), ReminderStep.Friendly, ReminderChannel.Email, 'Probably just misplaced: could you check?');
  excuse(script, invoice, addDays(due, 2), ExcuseCategory.PersonOnHoliday, 'Our accountant is on holiday until next week');
  promise(script, engagement, invoice, addDays(due, 2), invoice.amountMinor, addDays(due, 9));
  if (script.random.chance(0.5)) pay(script, engagement, invoice, addDays(due, 9), invoice.amountMinor);
  else remind(script, invoice, addDays(due, 11), ReminderStep.Firm, ReminderChannel.Call);
};
