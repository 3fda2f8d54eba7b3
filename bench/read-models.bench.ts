/**
 * Read-model figures (`npm run bench`): rebuild throughput of the client list from a generated
 * log, with peak RSS, and the list query on 100,000 clients, measured in-process through the
 * store port. Usage: node -r @swc-node/register bench/read-models.bench.ts [--clients N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteClientSummaryStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryProjection } from '@client-lifecycle/application';
import { RiskBand } from '@client-lifecycle/domain';
import { type ClientSummaryKey, clientSummaryKey } from '@client-lifecycle/ports';
import { flag, generateLog, machine, percentile } from './support/generated-log';
import { syntheticRows } from './support/synthetic-rows';

const LIST_CLIENTS = 100_000;
const LIST_QUERIES = 2_000;

async function main(): Promise<void> {
  const clients = flag('clients', 16_500);
  const folder = mkdtempSync(join(tmpdir(), 'read-models-bench-'));
  try {
    console.log(machine());
    const events = SqliteEventStore.open({ filename: join(folder, 'events.sqlite'), clock: new SystemClock(), synchronous: 'NORMAL' });
    process.stderr.write(`generating a log of ${clients} clients...\n`);
    const { events: generated } = await generateLog(events, clients);

    const summaries = SqliteClientSummaryStore.open(join(folder, 'read-models.sqlite'));
    const rssBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    await new ClientSummaryProjection(events, summaries, new SystemClock()).rebuild();
    const seconds = (performance.now() - started) / 1000;
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    console.log(`rebuild: ${generated.toLocaleString('en-US')} events of ${clients.toLocaleString('en-US')} clients in ${seconds.toFixed(1)} s = ${Math.round(generated / seconds).toLocaleString('en-US')} events/s (target >= 200,000), peak RSS ${peakRssMiB.toFixed(0)} MiB (was ${(rssBefore / 1024).toFixed(0)} MiB before; target < 1024)`);
    await summaries.close();
    await events.close();

    const list = SqliteClientSummaryStore.open(join(folder, 'list.sqlite'));
    await list.commit(syntheticRows(LIST_CLIENTS), 1);
    const timings: number[] = [];
    // Pages 1 to 20 of the list in turn, each continuing after the last row of the one before.
    let after: ClientSummaryKey | null = null;
    for (let query = 0; query < LIST_QUERIES; query++) {
      const begin = performance.now();
      const page = await list.list({ band: RiskBand.Red }, 'SCORE', 50, query % 20 === 0 ? null : after);
      timings.push(performance.now() - begin);
      after = clientSummaryKey(page.rows[page.rows.length - 1], 'SCORE');
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
