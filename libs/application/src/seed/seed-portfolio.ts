import type { LocalDate } from '@client-lifecycle/domain';
import type { ClientCommandHandler } from '../client';
import { generateClient } from './portfolio.generator';

/** Part of every idempotency key: bump it when the generator's output changes, so a re-run never collides with an older seed. */
export const SEED_GENERATOR_VERSION = 'v2';

export interface SeedPortfolioOptions {
  readonly clients: number;
  readonly seed: number;
  readonly today: LocalDate;
  /** Clients sent at once: each client's commands stay in order, and the store commits many clients' appends together. */
  readonly concurrency?: number;
  onProgress?(done: number, total: number): void;
}

export interface SeedPortfolioResult {
  readonly clients: number;
  /** Events stored by this run; a re-run with the same seed stores none. */
  readonly events: number;
  readonly commands: number;
  readonly seconds: number;
}

export const SEED_ACTOR = 'seed';
const DEFAULT_CONCURRENCY = 16;

/**
 * Sends a generated portfolio through the real command handler, so every fact passes the same
 * rules as a CRM's. Each command carries an idempotency key derived from the seed, so running
 * the seed twice stores nothing twice.
 */
export async function seedPortfolio(handler: ClientCommandHandler, options: SeedPortfolioOptions): Promise<SeedPortfolioResult> {
  const started = performance.now();
  const totals = { events: 0, commands: 0, done: 0 };
  let nextIndex = 0;
  const seedClient = async (index: number): Promise<void> => {
    // Generated lazily, one client at a time, so memory stays flat however many clients are asked for.
    const client = generateClient(options.seed, index, options.today);
    for (const [n, command] of client.commands.entries()) {
      const outcome = await handler.handle(command, {
        actor: SEED_ACTOR,
        idempotencyKey: `seed:${SEED_GENERATOR_VERSION}:${options.seed}:${client.clientId}:${n + 1}`,
      });
      totals.commands++;
      if (!outcome.deduplicated) totals.events += outcome.events.length;
    }
    totals.done++;
    options.onProgress?.(totals.done, options.clients);
  };
  const worker = async (): Promise<void> => {
    while (nextIndex < options.clients) await seedClient(nextIndex++);
  };
  const lanes = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, options.clients));
  await Promise.all(Array.from({ length: lanes }, worker));
  return {
    clients: options.clients,
    events: totals.events,
    commands: totals.commands,
    seconds: (performance.now() - started) / 1000,
  };
}
