/**
 * The rebuild of `npm run rebuild` (rebuild.ts starts it in the heap it needs): projects the
 * whole event log again into a shadow of the client list, with a progress bar, while the service
 * (if running) keeps serving the old list; the running projector then swaps the shadow in (or
 * this process does, when no projector runs). Wiring only.
 * `--workers N`: threads assessing clients beside the one reading the log; none by default
 * (docs/rebuild-performance.md: more RSS and CPU, faster only with idle cores).
 */
import 'reflect-metadata';
import { hostname } from 'node:os';
import { SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryRebuild, type RebuildStage } from '@client-lifecycle/application';
import { loadConfig } from './config';
import { openClientSummaryStore, openEventStore } from './infrastructure';
import { openLeaseStore } from './workers';

const BAR_WIDTH = 30;

const STAGES: Record<RebuildStage, string> = {
  building: 'building the client list beside the live one',
  'waiting-for-projector': 'waiting for the running projector to swap it in',
  swapping: 'no projector is running: swapping it in',
};

/** The `--workers N` of the command line, if given. */
function workersOption(argv: readonly string[]): number | undefined {
  const at = argv.indexOf('--workers');
  if (at === -1) return undefined;
  const text = argv[at + 1] ?? '';
  if (!/^\d+$/.test(text) || Number(text) > 64) throw new Error(`--workers ${JSON.stringify(text)} is not valid: expected an integer from 0 to 64`);
  return Number(text);
}

function progressBar(position: number, head: number): string {
  const share = head === 0 ? 1 : position / head;
  const filled = Math.round(Math.min(share, 1) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${position.toLocaleString('en-US')}/${head.toLocaleString('en-US')} events`;
}

export async function runRebuild(): Promise<void> {
  const config = loadConfig();
  const rebuildWorkers = workersOption(process.argv);
  const clock = new SystemClock();
  const events = await openEventStore(config, clock);
  const summaries = await openClientSummaryStore(config);
  const leases = openLeaseStore(config, `${hostname()}:${process.pid}:rebuild`);
  try {
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    let lastLine = 0;
    let barShown = false;
    const { position, swappedBy } = await new ClientSummaryRebuild(events, summaries, leases, clock, {
      cacheClients: config.foldCacheClients,
      ...(rebuildWorkers === undefined ? {} : { rebuildWorkers }),
    }).run(
      (at, head) => {
        const now = Date.now();
        if (process.stdout.isTTY) {
          process.stdout.write(`\r${progressBar(at, head)}`);
          barShown = true;
        } else if (at === head || now - lastLine > 2_000) {
          console.log(progressBar(at, head));
          lastLine = now;
        }
      },
      (stage) => {
        if (barShown) process.stdout.write('\n');
        barShown = false;
        console.log(STAGES[stage]);
      },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    if (barShown) process.stdout.write('\n');
    console.log(
      `rebuilt client summaries from ${position.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s (${Math.round(position / Math.max(seconds, 1e-9)).toLocaleString('en-US')} events/s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, all threads), swapped in by ${swappedBy === 'rebuild' ? 'this process' : 'the running projector'}`,
    );
  } finally {
    await leases.close();
    await summaries.close();
    await events.close();
  }
}
