import type { ClientHistory, InvoiceEntry } from '../client-history';
import type { LocalDate } from '../shared';
import { AGING_BUCKETS, AgingBucket, daysPastDue, invoicesIssuedBy, openBalanceAsOf, overdueByBucket } from './aging';
import { type CollectionLadderConfig, DEFAULT_COLLECTION_LADDER } from './collection-ladder';
import { type InvoiceCollection, invoiceCollectionOf, underOpenDispute } from './invoice-collection';
import { type CostOfRecoveryConfig, DEFAULT_COST_OF_RECOVERY, type RecoveryAdvice, recoveryAdvice } from './cost-of-recovery';
import { DEFAULT_LATE_INTEREST, type LateInterestConfig, lateInterestRatePercent } from './late-interest';
import { promiseRecord } from './payment-behaviour';

/** The money rules of credit control the collection view reports (docs/collections.md). */
export interface CollectionMoneyConfig {
  readonly lateInterest: LateInterestConfig;
  readonly costOfRecovery: CostOfRecoveryConfig;
}

export const DEFAULT_COLLECTION_MONEY: CollectionMoneyConfig = { lateInterest: DEFAULT_LATE_INTEREST, costOfRecovery: DEFAULT_COST_OF_RECOVERY };

/** A client's open invoices on the collection ladder, with aging and its record of promises. */
export interface CollectionView {
  readonly asOf: LocalDate;
  /** Open invoices, oldest due first. */
  readonly invoices: readonly InvoiceCollection[];
  readonly overdueByBucket: Readonly<Record<AgingBucket, number>>;
  /** Everything past due (all buckets but Current). */
  readonly totalOverdueMinor: number;
  readonly promises: { readonly pending: number; readonly kept: number; readonly broken: number; readonly keptRate: number | null };
  readonly brokenPromiseEventIds: readonly string[];
  /** The cost-of-recovery rule on the long-overdue debt; null while none is old enough. */
  readonly recovery: RecoveryAdvice | null;
}

const OVERDUE_BUCKETS = AGING_BUCKETS.filter((bucket) => bucket !== AgingBucket.Current);

const oldestDueFirst = (a: InvoiceEntry, b: InvoiceEntry) =>
  a.dueDate.localeCompare(b.dueDate) || a.issuedOn.localeCompare(b.issuedOn) || a.invoiceId.localeCompare(b.invoiceId);

/**
 * The collection read model as of a day: only facts dated on or before asOf count.
 *
 * The ladder runs on the oldest unpaid invoice first (DOMAIN.md: payments settle the oldest debt,
 * and one escalation at a time keeps the message clear), so `ladderActive` marks only the oldest
 * open invoice already past due; the others show their state and wait their turn. A disputed
 * invoice is frozen until resolved, so the ladder moves on to the oldest undisputed one: a
 * dispute on one invoice must not shelter the rest of the debt.
 */
export function collectionView(
  history: ClientHistory,
  asOf: LocalDate,
  ladder: CollectionLadderConfig = DEFAULT_COLLECTION_LADDER,
  money: CollectionMoneyConfig = DEFAULT_COLLECTION_MONEY,
): CollectionView {
  const rate = lateInterestRatePercent(history.clientId, money.lateInterest);
  const open = invoicesIssuedBy(history, asOf)
    .filter((invoice) => openBalanceAsOf(invoice, asOf) > 0)
    .sort(oldestDueFirst);
  const active = open.find((invoice) => daysPastDue(invoice.dueDate, asOf) > 0 && !underOpenDispute(invoice, asOf));
  const buckets = overdueByBucket(history, asOf);
  const { brokenPromiseEventIds, ...promises } = promiseRecord(history, asOf);
  return {
    asOf,
    invoices: open.map((invoice) => invoiceCollectionOf(invoice, history, asOf, ladder, invoice === active, rate)),
    overdueByBucket: buckets,
    totalOverdueMinor: OVERDUE_BUCKETS.reduce((sum, bucket) => sum + buckets[bucket], 0),
    promises,
    brokenPromiseEventIds,
    recovery: recoveryAdvice(history, asOf, money.costOfRecovery),
  };
}
