/**
 * Scheduler catch-up (`npm run bench`): a generated portfolio whose timers all came due while no
 * scheduler ran (its business days end on BENCH_TODAY, before today), fired by one scheduler on
 * SQLite files with the app's durability (the log FULL, as configured by default), as the app
 * would on start. Prints timers per second.
 * Usage: node -r @swc-node/register bench/scheduler.bench.ts [--clients N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteEventStore, SqliteTimerStore, SystemClock, UuidV7Generator } from '@client-lifecycle/adapters';
import { ClientCommandHandler, Scheduler } from '@client-lifecycle/application';
import { flag, generateLog, machine } from './support/generated-log';

async function main(): Promise<void> {
  const clients = flag('clients', 2_000);
  const folder = mkdtempSync(join(tmpdir(), 'scheduler-bench-'));
  try {
    console.log(machine());
    const clock = new SystemClock();
    const events = SqliteEventStore.open({ filename: join(folder, 'events.sqlite'), clock });
    process.stderr.write(`generating a log of ${clients} clients...\n`);
    const { events: generated } = await generateLog(events, clients);
    const timers = SqliteTimerStore.open(join(folder, 'scheduler.sqlite'));
    const scheduler = new Scheduler(events, timers, new ClientCommandHandler(events, clock, new UuidV7Generator()), clock);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const fired = await scheduler.runOnce();
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const facts = (await events.headPosition()) - generated;
    console.log(
      `scheduler catch-up: ${fired.toLocaleString('en-US')} timers of ${clients.toLocaleString('en-US')} clients (${facts.toLocaleString('en-US')} facts recorded) in ${seconds.toFixed(1)} s = ${Math.round(fired / seconds).toLocaleString('en-US')} timers/s (target >= 10,000), CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, timer projection included`,
    );
    await timers.close();
    await events.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
