import type { DraftKind } from './draft.vocabulary';

/**
 * A draft as ICU MessageFormat text. The arguments every template may use (amounts and dates come
 * already formatted for the locale):
 * `client`, `total`, `count` (invoices listed), `invoiceList` (one `invoiceLine` per invoice),
 * `oldestDays` (days the oldest listed invoice is past due), `interest`, `interestRate`,
 * `askForDate` (`yes` when an excuse came without a date), `replyBy`, `today`, `noticeDays`,
 * `effectiveDate`, `recovery` and `legalCost` (the decision note's figures), `reason` (a credit
 * hold's, CREDIT_LIMIT_EXCEEDED or PAYMENT_RISK; `none` elsewhere) and `creditLimit`.
 * An invoice line: `invoiceId`, `amount`, `dueDate`, `days` (past due; negative before the due date).
 */
export interface DraftTemplate {
  readonly subject: string;
  readonly body: string;
}

export interface DraftTemplates {
  readonly invoiceLine: string;
  readonly drafts: Readonly<Record<DraftKind, DraftTemplate>>;
}
