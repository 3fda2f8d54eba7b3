import { InvoiceStatus } from '../client/client.state';
import { AbuseSeverity, ComplaintOutcome, MeetingOutcome, RecommendationOutcome, ScopeClassification } from '../client/client.vocabulary';
import type { LocalDate } from '../shared';
import type { ClientHistory, CreditHoldEntry, CreditLimitEntry, InvoiceEntry } from './client-history';

/** Paid once nothing is owed (written off when a write-off took the rest), partially paid once anything was paid, open before. */
export const invoiceStatusOf = (invoice: InvoiceEntry): InvoiceStatus => {
  if (invoice.openBalanceMinor === 0) return (invoice.writeOffs ?? []).length > 0 ? InvoiceStatus.WrittenOff : InvoiceStatus.Paid;
  return invoice.payments.length > 0 ? InvoiceStatus.PartiallyPaid : InvoiceStatus.Open;
};

/** Disputed while any complaint naming the invoice is still open, whatever earlier ones found. */
export const isDisputed = (invoice: InvoiceEntry): boolean => invoice.disputes.some((dispute) => dispute.until === null);

/** How many of each fact a client's history holds, as the API reports them. */
export interface ClientCounts {
  readonly complaints: number;
  readonly openComplaints: number;
  readonly foundedComplaints: number;
  readonly unfoundedComplaints: number;
  readonly scopeChanges: number;
  readonly outOfContractScopeChanges: number;
  readonly excuses: number;
  readonly reminders: number;
  readonly meetingsHeld: number;
  readonly meetingsMissed: number;
  readonly meetingsClientUnprepared: number;
  readonly recommendationsAccepted: number;
  readonly recommendationsRejected: number;
  readonly abuseReports: number;
  readonly severeAbuseReports: number;
  readonly billableMinutes: number;
  readonly nonBillableMinutes: number;
}

const countWhere = <T>(items: readonly T[], test: (item: T) => boolean): number => {
  let count = 0;
  for (const item of items) if (test(item)) count++;
  return count;
};

const minutesWhere = (history: ClientHistory, billable: boolean): number => {
  let minutes = 0;
  for (const entry of history.timeEntries) if (entry.billable === billable) minutes += entry.minutes;
  return minutes;
};

export const clientCounts = (history: ClientHistory): ClientCounts => ({
  complaints: history.complaints.length,
  openComplaints: countWhere(history.complaints, (complaint) => complaint.outcome === null),
  foundedComplaints: countWhere(history.complaints, (complaint) => complaint.outcome === ComplaintOutcome.Founded),
  unfoundedComplaints: countWhere(history.complaints, (complaint) => complaint.outcome === ComplaintOutcome.Unfounded),
  scopeChanges: history.scopeChanges.length,
  outOfContractScopeChanges: countWhere(history.scopeChanges, (change) => change.classification === ScopeClassification.OutOfContract),
  excuses: history.excuses.length,
  reminders: history.reminders.length,
  meetingsHeld: countWhere(history.meetings, (meeting) => meeting.outcome === MeetingOutcome.Held),
  meetingsMissed: countWhere(history.meetings, (meeting) => meeting.outcome === MeetingOutcome.Missed),
  meetingsClientUnprepared: countWhere(history.meetings, (meeting) => meeting.outcome === MeetingOutcome.ClientUnprepared),
  recommendationsAccepted: countWhere(history.recommendations, (item) => item.outcome === RecommendationOutcome.Accepted),
  recommendationsRejected: countWhere(history.recommendations, (item) => item.outcome === RecommendationOutcome.Rejected),
  abuseReports: history.abuseReports.length,
  severeAbuseReports: countWhere(history.abuseReports, (report) => report.severity === AbuseSeverity.Severe),
  billableMinutes: minutesWhere(history, true),
  nonBillableMinutes: minutesWhere(history, false),
});

/**
 * The credit limit in force on `asOf`: the latest set on or before it (over the whole history
 * when no day is given); null when none was ever set. A cleared limit is an entry whose amount is null.
 */
export function creditLimitOn(history: ClientHistory, asOf?: LocalDate): CreditLimitEntry | null {
  let found: CreditLimitEntry | null = null;
  for (const limit of history.creditLimits ?? []) if (asOf === undefined || limit.on <= asOf) found = limit;
  return found;
}

/** The credit hold in force on `asOf` (at the end of the history when no day is given); holds never overlap. */
export const creditHoldOn = (history: ClientHistory, asOf?: LocalDate): CreditHoldEntry | null =>
  (history.creditHolds ?? []).find((hold) =>
    asOf === undefined ? hold.releasedOn === null : hold.placedOn <= asOf && (hold.releasedOn === null || hold.releasedOn > asOf),
  ) ?? null;
