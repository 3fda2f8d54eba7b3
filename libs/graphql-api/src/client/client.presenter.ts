import { clientCounts, invoiceStatusOf, isDisputed } from '@client-lifecycle/domain';
import { type ClientView, clientEventMessage, toClientEvent, upcastRecorded } from '@client-lifecycle/application';
import type { RecordedEvent } from '@client-lifecycle/ports';
import type { ClientModel } from './client.model';
import type { TimelineEventModel } from './timeline.model';

/** The view each presented client came from, so its risk, profitability and collection need no second fold. */
const viewsPresented = new WeakMap<ClientModel, ClientView>();

export const viewOfPresented = (client: ClientModel): ClientView | undefined => viewsPresented.get(client);

export function presentClient(view: ClientView, asOf: string | null = null, on: string | null = null): ClientModel {
  const { history, version } = view;
  const { contract } = history;
  const model: ClientModel = {
    clientId: history.clientId,
    name: history.name,
    clientSince: history.clientSince,
    version,
    asOf,
    on,
    contract: {
      ...contract,
      exitClause: { text: contract.exitClause.text, immediateExitFor: [...contract.exitClause.immediateExitFor] },
    },
    invoices: history.invoices.map((invoice) => ({
      invoiceId: invoice.invoiceId,
      amount: { amountMinor: invoice.amountMinor, currency: invoice.currency },
      issuedOn: invoice.issuedOn,
      dueDate: invoice.dueDate,
      description: invoice.description,
      openBalance: { amountMinor: invoice.openBalanceMinor, currency: invoice.currency },
      status: invoiceStatusOf(invoice),
      disputed: isDisputed(invoice),
    })),
    outstanding: {
      amountMinor: history.invoices.reduce((sum, invoice) => sum + invoice.openBalanceMinor, 0),
      currency: contract.currency,
    },
    // Promises are made in the invoice's currency, which is the contract's.
    promisesToPay: history.promises
      .filter((promise) => promise.source === 'PROMISE')
      .map(({ promiseId, invoiceId, amountMinor, promisedDate }) => ({
        promiseId,
        invoiceId,
        amount: { amountMinor, currency: contract.currency },
        promisedDate,
      })),
    paymentPlans: history.paymentPlans.map((plan) => ({
      planId: plan.planId,
      invoiceIds: [...plan.invoiceIds],
      instalments: [...plan.instalments],
    })),
    counts: clientCounts(history),
  };
  viewsPresented.set(model, view);
  return model;
}

/** At the current schema version of its type: the timeline shows one shape per type, whatever was stored. */
export function presentEvent(stored: RecordedEvent): TimelineEventModel {
  const event = upcastRecorded(stored);
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
    summaryMessage: clientEventMessage(toClientEvent(event)),
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
