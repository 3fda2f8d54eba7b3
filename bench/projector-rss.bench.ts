/**
 * Memory of the projector as the log grows (issue: RSS stays flat from 1M to 5M events). A
 * generated log of at least `--events` events is written straight through the SQLite event store
 * adapter, then a fresh process runs the client-list projector over it from position 0 (the
 * incremental path a new instance takes, not the rebuild) and reports its RSS and heap per
 * million events projected, with the RSS it had before projecting anything.
 *   node -r @swc-node/register bench/projector-rss.bench.ts [--events 1000000] [--log FILE]
 * With --log the log is kept in FILE (and reused when it holds enough events already).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteClientSummaryStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryProjection } from '@client-lifecycle/application';
import { flag, generateLogOfAtLeast, machine } from './support/generated-log';

const MiB = 2 ** 20;
const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};

/** The child: projects the log and prints one line per million events, then the peak. */
async function project(logFile: string, listFile: string): Promise<void> {
  const baseline = process.memoryUsage();
  const events = SqliteEventStore.open({ filename: logFile, clock: new SystemClock(), synchronous: 'NORMAL' });
  const summaries = SqliteClientSummaryStore.open(listFile);
  const projection = new ClientSummaryProjection(events, summaries, new SystemClock());
  console.log(`  before projecting: RSS ${(baseline.rss / MiB).toFixed(0)} MiB, heap ${(baseline.heapUsed / MiB).toFixed(0)} MiB (modules loaded)`);
  let million = 1;
  let peakRss = 0;
  let peakHeap = 0;
  const started = performance.now();
  const head = await events.headPosition();
  await projection.catchUp((position) => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
    if (position < million * 1_000_000 && position < head) return;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `  ${position.toLocaleString('en-US').padStart(10)} events projected in ${seconds.toFixed(0)} s: RSS ${(rss / MiB).toFixed(0)} MiB (peak so far ${(peakRss / MiB).toFixed(0)}), heap ${(heapUsed / MiB).toFixed(0)} MiB (peak so far ${(peakHeap / MiB).toFixed(0)}), ${projection.cachedClients} clients folded in memory`,
    );
    million = Math.floor(position / 1_000_000) + 1;
  });
  console.log(`  peak RSS of the process (getrusage): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  await summaries.close();
  await events.close();
}

async function main(): Promise<void> {
  if (process.argv.includes('--child')) return project(option('log') ?? '', option('list') ?? '');
  const target = flag('events', 1_000_000);
  const folder = mkdtempSync(join(tmpdir(), 'projector-rss-bench-'));
  const logFile = option('log') ?? join(folder, 'events.sqlite');
  try {
    console.log(machine());
    const events = SqliteEventStore.open({ filename: logFile, clock: new SystemClock(), synchronous: 'NORMAL' });
    const held = existsSync(logFile) ? await events.headPosition() : 0;
    if (held < target) {
      if (held > 0) throw new Error(`${logFile} holds ${held} events, fewer than ${target}: remove it or pass a larger one`);
      const started = performance.now();
      const { clients, events: generated } = await generateLogOfAtLeast(events, target);
      const seconds = (performance.now() - started) / 1000;
      console.log(`generated ${generated.toLocaleString('en-US')} events of ${clients.toLocaleString('en-US')} clients in ${seconds.toFixed(0)} s`);
    }
    console.log(`log: ${(await events.headPosition()).toLocaleString('en-US')} events; the projector in a fresh process:`);
    await events.close();
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', '--log', logFile, '--list', join(folder, 'list.sqlite')], {
      stdio: 'inherit',
    });
    if (child.status !== 0) throw new Error(`the projector exited with ${child.status}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
