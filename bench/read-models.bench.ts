/**
 * Read-model figures (`npm run bench`): rebuild throughput of the client list from a generated
 * log, with peak RSS, and the list query on 100,000 clients, measured in-process through the
 * store port. Usage: node -r @swc-node/register bench/read-models.bench.ts [--clients N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { v7 } from 'uuid';
import { SqliteClientSummaryStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryProjection, generateClient } from '@client-lifecycle/application';
import {
  Archetype,
  CLIENT_EVENT_SCHEMA_VERSION,
  clientDecider,
  clientStreamId,
  type ClientState,
  isDomainError,
  Recommendation,
  RiskBand,
} from '@client-lifecycle/domain';
import type { ClientCommand } from '@client-lifecycle/domain';
import type { ClientSummary, EventToAppend } from '@client-lifecycle/ports';

const TODAY = '2026-11-20';
const LIST_CLIENTS = 100_000;
const LIST_QUERIES = 2_000;

const flag = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};

/** Decides each generated client's commands in memory and appends its events in one go: a realistic log, fast. */
async function generateLog(store: SqliteEventStore, clients: number): Promise<number> {
  let events = 0;
  const metadata = { correlationId: 'bench', causationId: null, actor: 'bench' };
  for (let index = 0; index < clients; index++) {
    const client = generateClient(42, index, TODAY);
    let state: ClientState = clientDecider.initialState();
    const toAppend: EventToAppend[] = [];
    for (const { occurredAt, ...command } of client.commands) {
      const stamped = { ...command, metadata: { occurredAt: occurredAt ?? `${TODAY}T00:00:00Z`, now: `${TODAY}T23:59:59Z` } } as ClientCommand; // generated commands are client commands
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

function syntheticRows(count: number): ClientSummary[] {
  const bands = [RiskBand.Green, RiskBand.Green, RiskBand.Green, RiskBand.Amber, RiskBand.Red, RiskBand.LetGo];
  return Array.from({ length: count }, (_, index) => {
    const band = bands[index % bands.length];
    return {
      clientId: `client-${String(index).padStart(6, '0')}`,
      name: `Client ${index}`,
      currency: 'EUR',
      score: (index * 7919) % 100,
      band,
      recommendation: band === RiskBand.Green ? Recommendation.Keep : Recommendation.Renegotiate,
      archetypes: band === RiskBand.Red ? [Archetype.NonPayer] : [],
      overdueMinor: (index * 104_729) % 1_000_000,
      contributionMarginMinor: ((index * 15_485_863) % 2_000_000) - 500_000,
      asOf: TODAY,
    };
  });
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const clients = flag('clients', 16_500);
  const folder = mkdtempSync(join(tmpdir(), 'read-models-bench-'));
  try {
    console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${new Date().toISOString()}`);
    const events = SqliteEventStore.open({ filename: join(folder, 'events.sqlite'), clock: new SystemClock(), synchronous: 'NORMAL' });
    process.stderr.write(`generating a log of ${clients} clients...\n`);
    const generated = await generateLog(events, clients);

    const summaries = SqliteClientSummaryStore.open(join(folder, 'read-models.sqlite'));
    const rssBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    await new ClientSummaryProjection(events, summaries).rebuild();
    const seconds = (performance.now() - started) / 1000;
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    console.log(`rebuild: ${generated.toLocaleString('en-US')} events of ${clients.toLocaleString('en-US')} clients in ${seconds.toFixed(1)} s = ${Math.round(generated / seconds).toLocaleString('en-US')} events/s (target >= 200,000), peak RSS ${peakRssMiB.toFixed(0)} MiB (was ${(rssBefore / 1024).toFixed(0)} MiB before; target < 1024)`);
    await summaries.close();
    await events.close();

    const list = SqliteClientSummaryStore.open(join(folder, 'list.sqlite'));
    await list.commit(syntheticRows(LIST_CLIENTS), 1);
    const timings: number[] = [];
    for (let query = 0; query < LIST_QUERIES; query++) {
      const begin = performance.now();
      await list.list({ band: RiskBand.Red }, 'SCORE', 50, (query % 20) * 50);
      timings.push(performance.now() - begin);
    }
    timings.sort((a, b) => a - b);
    console.log(
      `clients(first: 50, filter: {band: RED}) on ${LIST_CLIENTS.toLocaleString('en-US')} clients, store only: p50 ${percentile(timings, 50).toFixed(2)} ms, p99 ${percentile(timings, 99).toFixed(2)} ms (target p99 < 25 ms over HTTP)`,
    );
    await list.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
