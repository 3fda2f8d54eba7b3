import { v7 } from 'uuid';
import type { SqliteEventStore } from '@client-lifecycle/adapters';
import { generateClient } from '@client-lifecycle/application';
import { CLIENT_EVENT_SCHEMA_VERSION, clientDecider, clientStreamId, type ClientState, isDomainError } from '@client-lifecycle/domain';
import type { ClientCommand } from '@client-lifecycle/domain';
import type { EventToAppend } from '@client-lifecycle/ports';

export const BENCH_TODAY = '2026-11-20';

/** Decides each generated client's commands in memory and appends its events in one go: a realistic log, fast. */
export async function generateLog(store: SqliteEventStore, clients: number): Promise<number> {
  let events = 0;
  const metadata = { correlationId: 'bench', causationId: null, actor: 'bench' };
  for (let index = 0; index < clients; index++) {
    const client = generateClient(42, index, BENCH_TODAY);
    let state: ClientState = clientDecider.initialState();
    const toAppend: EventToAppend[] = [];
    for (const { occurredAt, ...command } of client.commands) {
      const stamped = { ...command, metadata: { occurredAt: occurredAt ?? `${BENCH_TODAY}T00:00:00Z`, now: `${BENCH_TODAY}T23:59:59Z` } } as ClientCommand; // generated commands are client commands
      const decided = clientDecider.decide(stamped, state);
      if (isDomainError(decided)) throw new Error(`generated command refused: ${decided.code}`);
      for (const event of decided) {
        state = clientDecider.evolve(state, event);
        toAppend.push({ eventId: v7(), type: event.type, schemaVersion: CLIENT_EVENT_SCHEMA_VERSION[event.type], occurredAt: stamped.metadata.occurredAt, data: event.data, metadata });
      }
    }
    await store.append(clientStreamId(client.clientId), toAppend, { expectedVersion: 0 });
    events += toAppend.length;
  }
  return events;
}
