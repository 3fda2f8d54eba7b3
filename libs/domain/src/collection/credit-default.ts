import type { ClientHistory } from '../client-history';
import { ReminderStep } from '../client/client.vocabulary';
import { addDays, type LocalDate } from '../shared/local-date';
import { invoicesIssuedBy, openBalanceAsOf } from './aging';
import { PromiseStatus, promisesMadeBy, promiseStatusOf } from './payment-behaviour';

/**
 * A client in default on asOf: something has stayed unpaid at least `afterDaysPastDue` days
 * (DOMAIN.md: about three months, the lawyer-letter stage) and the client broke a promise to
 * pay, or we already sent a lawyer letter. What it owes is then expected lost, not 50% of it.
 */
export function isInDefault(history: ClientHistory, asOf: LocalDate, afterDaysPastDue = 90): boolean {
  // Due on or before this day is at least `afterDaysPastDue` days past due: one date computed, not a day count per invoice.
  const dueBy = addDays(asOf, -afterDaysPastDue);
  const longOverdue = invoicesIssuedBy(history, asOf).some((invoice) => invoice.dueDate <= dueBy && openBalanceAsOf(invoice, asOf) > 0);
  if (!longOverdue) return false;
  const lawyerLetter = history.reminders.some((reminder) => reminder.step === ReminderStep.LawyerLetter && reminder.on <= asOf);
  return lawyerLetter || promisesMadeBy(history, asOf).some((promise) => promiseStatusOf(promise, history, asOf) === PromiseStatus.Broken);
}
