/**
 * `npm run seed -- --clients 2000 --seed 42`: fills DATA_DIR's event store with a demo portfolio,
 * so a new user sees a meaningful dashboard within a minute. Wiring only: the story lives in
 * libs/application/src/seed. No Nest app is booted; the store is opened directly.
 */
import 'reflect-metadata';
import { SystemClock, UuidV7Generator } from '@client-lifecycle/adapters';
import { ClientCommandHandler, seedPortfolio } from '@client-lifecycle/application';
import { dateOf } from '@client-lifecycle/domain';
import { ConfigError, describeEventStore, loadConfig } from './config';
import { openEventStore } from './infrastructure';

const USAGE = 'usage: npm run seed -- [--clients N] [--seed S]';

function readFlag(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} needs a whole number\n${USAGE}`);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const clients = readFlag(args, 'clients', 2000);
  const seed = readFlag(args, 'seed', 42);
  const config = loadConfig();
  const clock = new SystemClock();
  const store = await openEventStore(config, clock);
  try {
    const handler = new ClientCommandHandler(store, clock, new UuidV7Generator());
    console.log(`seeding ${clients} clients (seed ${seed}) into ${describeEventStore(config)}`);
    const result = await seedPortfolio(handler, {
      clients,
      seed,
      today: dateOf(clock.now().toISOString()),
      onProgress: (done, total) => {
        // One line rewritten in place on a terminal; a line every 10% in a log.
        if (process.stdout.isTTY) process.stdout.write(`\r  ${done}/${total} clients`);
        else if (done === total || done % Math.max(1, Math.round(total / 10)) === 0) console.log(`  ${done}/${total} clients`);
      },
    });
    if (process.stdout.isTTY) process.stdout.write('\n');
    const stored = result.events === 0 && result.commands > 0 ? ' (all already stored: nothing new)' : '';
    console.log(
      `seeded ${result.clients.toLocaleString('en-US')} clients, ${result.events.toLocaleString('en-US')} events in ${result.seconds.toFixed(1)} s${stored}`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
