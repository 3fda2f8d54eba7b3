import { cpus, totalmem } from 'node:os';
import { v7 } from 'uuid';
import { generateClient } from '@client-lifecycle/application';
import { CLIENT_EVENT_SCHEMA_VERSION, type ClientCommand, clientDecider, clientStreamId, type ClientState, isDomainError } from '@client-lifecycle/domain';
import type { EventStore, EventToAppend } from '@client-lifecycle/ports';

export const BENCH_TODAY = '2026-11-20';

export const flag = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};

export const machine = (): string =>
  `machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${new Date().toISOString()}`;

export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Decides one generated client's commands in memory and appends its events in one go. */
async function appendGeneratedClient(store: EventStore, index: number): Promise<{ clientId: string; events: number }> {
  const metadata = { correlationId: 'bench', causationId: null, actor: 'bench' };
  const client = generateClient(42, index, BENCH_TODAY);
  let state: ClientState = clientDecider.initialState();
  const toAppend: EventToAppend[] = [];
  for (const { occurredAt, ...command } of client.commands) {
    const stamped = { ...command, metadata: { occurredAt: occurredAt ?? `${BENCH_TODAY}T00:00:00Z`, now: `${BENCH_TODAY}T23:59:59Z` } } as ClientCommand; // generated commands are client commands
    const decided = clientDecider.decide(stamped, state);
    if (isDomainError(decided)) throw new Error(`generated command refused: ${decided.code}`);
    for (const event of decided) {
      state = clientDecider.evolve(state, event);
      toAppend.push({
        eventId: v7(),
        type: event.type,
        schemaVersion: CLIENT_EVENT_SCHEMA_VERSION[event.type],
        occurredAt: stamped.metadata.occurredAt,
        data: event.data,
        metadata,
      });
    }
  }
  await store.append(clientStreamId(client.clientId), toAppend, { expectedVersion: 0 });
  return { clientId: client.clientId, events: toAppend.length };
}

/** A realistic log, fast: `clients` generated clients. Returns their ids and the number of events. */
export async function generateLog(store: EventStore, clients: number): Promise<{ clientIds: string[]; events: number }> {
  let events = 0;
  const clientIds: string[] = [];
  for (let index = 0; index < clients; index++) {
    const appended = await appendGeneratedClient(store, index);
    clientIds.push(appended.clientId);
    events += appended.events;
  }
  return { clientIds, events };
}

/** Generated clients until the log holds at least `target` events. */
export async function generateLogOfAtLeast(store: EventStore, target: number): Promise<{ clients: number; events: number }> {
  let events = 0;
  let clients = 0;
  while (events < target) events += (await appendGeneratedClient(store, clients++)).events;
  return { clients, events };
}
