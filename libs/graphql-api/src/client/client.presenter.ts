import { ComplaintOutcome, type RegisteredClient, ScopeClassification } from '@client-lifecycle/domain';
import { type ClientView, summarizeClientEvent, toClientEvent } from '@client-lifecycle/application';
import type { RecordedEvent } from '@client-lifecycle/ports';
import type { ClientCountsModel, ClientModel } from './client.model';
import type { TimelineEventModel } from './timeline.model';

export function presentClient({ client, version }: ClientView, asOf: string | null = null): ClientModel {
  const invoices = [...client.invoices.values()];
  return {
    clientId: client.clientId,
    name: client.name,
    clientSince: client.clientSince,
    version,
    asOf,
    contract: {
      ...client.contract,
      exitClause: { text: client.contract.exitClause.text, immediateExitFor: [...client.contract.exitClause.immediateExitFor] },
    },
    invoices: invoices.map((invoice) => ({
      ...invoice,
      openBalance: { amountMinor: invoice.openBalanceMinor, currency: invoice.amount.currency },
    })),
    outstanding: {
      amountMinor: invoices.reduce((sum, invoice) => sum + invoice.openBalanceMinor, 0),
      currency: client.contract.currency,
    },
    promisesToPay: [...client.promises.values()],
    paymentPlans: [...client.paymentPlans.values()].map((plan) => ({
      ...plan,
      invoiceIds: [...plan.invoiceIds],
      instalments: [...plan.instalments],
    })),
    counts: countsOf(client),
  };
}

function countsOf(client: RegisteredClient): ClientCountsModel {
  const complaints = [...client.complaints.values()];
  const scopeChanges = [...client.scopeChanges.values()];
  const { tallies } = client;
  return {
    complaints: complaints.length,
    openComplaints: complaints.filter((complaint) => complaint.outcome === null).length,
    foundedComplaints: complaints.filter((complaint) => complaint.outcome === ComplaintOutcome.Founded).length,
    unfoundedComplaints: complaints.filter((complaint) => complaint.outcome === ComplaintOutcome.Unfounded).length,
    scopeChanges: scopeChanges.length,
    outOfContractScopeChanges: scopeChanges.filter((change) => change.classification === ScopeClassification.OutOfContract).length,
    excuses: tallies.excuses,
    reminders: tallies.reminders,
    meetingsHeld: tallies.meetingsHeld,
    meetingsMissed: tallies.meetingsMissed,
    meetingsClientUnprepared: tallies.meetingsClientUnprepared,
    recommendationsAccepted: tallies.recommendationsAccepted,
    recommendationsRejected: tallies.recommendationsRejected,
    abuseReports: tallies.abuseReportsMinor + tallies.abuseReportsSevere,
    severeAbuseReports: tallies.abuseReportsSevere,
    billableMinutes: tallies.billableMinutes,
    nonBillableMinutes: tallies.nonBillableMinutes,
  };
}

export function presentEvent(event: RecordedEvent): TimelineEventModel {
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    actor: event.metadata.actor,
    onBehalfOf: event.metadata.onBehalfOf ?? null,
    summary: summarizeClientEvent(toClientEvent(event)),
    data: event.data as Record<string, unknown>, // client event payloads are JSON objects by construction
  };
}

const CURSOR_PREFIX = 'revision:';

export const timelineCursor = (revision: number): string => Buffer.from(`${CURSOR_PREFIX}${revision}`).toString('base64url');

/** The revision a cursor points at, or null when it is not one this API handed out. */
export function revisionOfCursor(cursor: string): number | null {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX)) return null;
  const revision = Number(decoded.slice(CURSOR_PREFIX.length));
  return Number.isSafeInteger(revision) && revision > 0 ? revision : null;
}
