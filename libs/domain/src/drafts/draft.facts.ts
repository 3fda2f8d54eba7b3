import type { ClientHistory } from '../client-history';
import { daysPastDue, openBalanceAsOf } from '../collection/aging';
import { addDays, type LocalDate } from '../shared';
import { creditLimitOn } from '../client-history/client-history.views';
import { CreditHoldReason, type WorklistHold } from '../worklist/worklist';
import { DraftKind } from './draft.vocabulary';

/** The terms a draft quotes: deadlines, the interest rate and the decision note's figures. */
export interface DraftTerms {
  /** Days from the draft's day the client is given to pay or answer. */
  readonly replyWithinDays: number;
  /**
   * Yearly late-payment interest, in percent: the EU late-payment directive's reference rate plus
   * eight points. The draft quotes it; charging it is finance's decision.
   */
  readonly annualInterestPercent: number;
  /** The cost of taking a debt to court, for the decision note (minor units). */
  readonly legalCostMinor: number;
  /** The share of the debt expected back through the courts, for the decision note (0–1). */
  readonly expectedRecoveryRate: number;
}

export const DEFAULT_DRAFT_TERMS: DraftTerms = { replyWithinDays: 7, annualInterestPercent: 10.15, legalCostMinor: 150_000, expectedRecoveryRate: 0.5 };

export interface DraftInvoice {
  readonly invoiceId: string;
  readonly dueDate: LocalDate;
  readonly openBalanceMinor: number;
  /** Days past due on the draft's day; zero or negative before the due date. */
  readonly daysPastDue: number;
}

/** Everything a draft says, before it is put in words and formatted for a locale. */
export interface DraftFacts {
  readonly kind: DraftKind;
  readonly clientName: string;
  readonly currency: string;
  readonly today: LocalDate;
  readonly invoices: readonly DraftInvoice[];
  readonly totalMinor: number;
  readonly oldestDaysPastDue: number;
  readonly interestMinor: number;
  readonly annualInterestPercent: number;
  readonly askForDate: boolean;
  readonly replyBy: LocalDate;
  readonly noticeDays: number;
  /** The day a termination notice served today takes effect. */
  readonly effectiveDate: LocalDate;
  readonly expectedRecoveryMinor: number;
  readonly legalCostMinor: number;
  /** Why credit is held, for the credit-hold notice; null for every other draft. */
  readonly hold: WorklistHold | null;
}

/** Simple late-payment interest on a balance for the days it is past due, rounded to the minor unit. */
export const lateInterestMinor = (balanceMinor: number, days: number, annualPercent: number): number =>
  days <= 0 ? 0 : Math.round((balanceMinor * annualPercent * days) / (100 * 365));

/** The ladder's drafts list the invoices past due; the courtesy call and the termination ones list every open invoice. */
const LISTS_ONLY_OVERDUE = new Set<DraftKind>([
  DraftKind.FriendlyReminder,
  DraftKind.FirmReminder,
  DraftKind.FormalLetter,
  DraftKind.FinalNotice,
  DraftKind.LawyerLetter,
  DraftKind.WriteOffDecision,
  DraftKind.ExecutiveEscalation,
]);

/**
 * What a draft of `kind` for the client says on `today`: its open invoices (oldest due first),
 * their total and late-payment interest, and the dates it quotes. `askForDate` comes from the
 * ladder (an excuse without a date since the last reminder).
 */
export function draftFactsOf(
  history: ClientHistory,
  kind: DraftKind,
  today: LocalDate,
  options: { readonly askForDate?: boolean; readonly terms?: DraftTerms } = {},
): DraftFacts {
  const terms = options.terms ?? DEFAULT_DRAFT_TERMS;
  const invoices = history.invoices
    .filter((invoice) => invoice.issuedOn <= today)
    .map((invoice) => ({
      invoiceId: invoice.invoiceId,
      dueDate: invoice.dueDate,
      openBalanceMinor: openBalanceAsOf(invoice, today),
      daysPastDue: daysPastDue(invoice.dueDate, today),
    }))
    .filter((invoice) => invoice.openBalanceMinor > 0 && (!LISTS_ONLY_OVERDUE.has(kind) || invoice.daysPastDue > 0))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.invoiceId.localeCompare(b.invoiceId));
  const totalMinor = invoices.reduce((sum, invoice) => sum + invoice.openBalanceMinor, 0);
  return {
    kind,
    clientName: history.name,
    currency: history.contract.currency,
    today,
    invoices,
    totalMinor,
    oldestDaysPastDue: invoices.reduce((max, invoice) => Math.max(max, invoice.daysPastDue), 0),
    interestMinor: invoices.reduce((sum, invoice) => sum + lateInterestMinor(invoice.openBalanceMinor, invoice.daysPastDue, terms.annualInterestPercent), 0),
    annualInterestPercent: terms.annualInterestPercent,
    askForDate: options.askForDate ?? false,
    replyBy: addDays(today, terms.replyWithinDays),
    noticeDays: history.contract.noticePeriodDays,
    effectiveDate: addDays(today, history.contract.noticePeriodDays),
    expectedRecoveryMinor: Math.round(totalMinor * terms.expectedRecoveryRate),
    legalCostMinor: terms.legalCostMinor,
    hold: kind === DraftKind.CreditHoldNotice ? holdOf(history, today, totalMinor) : null,
  };
}

/** The reason a notice drafted from the history alone gives: the limit when the debt is above it, else the payment record. */
function holdOf(history: ClientHistory, today: LocalDate, totalMinor: number): WorklistHold {
  const limit = creditLimitOn(history, today)?.amountMinor ?? null;
  return limit !== null && totalMinor > limit
    ? { reason: CreditHoldReason.CreditLimitExceeded, creditLimitMinor: limit }
    : { reason: CreditHoldReason.PaymentRisk, creditLimitMinor: null };
}
