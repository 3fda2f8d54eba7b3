import { FixedClock, InMemoryClientSummaryStore, InMemoryWorklistStore, SqliteEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import type { ClientHistory } from '@client-lifecycle/domain';
import type { ClientSummaryStore, WorklistStore } from '@client-lifecycle/ports';
import { ClientCommandHandler } from '../client/client-command.handler';
import { ClientFolds, type FoldedHistories } from '../client/client-folds.cache';
import { seedPortfolio } from '../seed';
import { WorklistProjection } from '../worklist/worklist.projection';
import { ClientSummaryProjection } from './client-summary.projection';

const TODAY = '2026-11-20';
const summaries = async (store: ClientSummaryStore) =>
  JSON.stringify(await store.find((await store.list({}, 'SCORE', 10_000, null)).rows.map((row) => row.clientId)));
const worklist = async (store: WorklistStore) => JSON.stringify(await store.list('2099-12-31', {}, 100_000, null));

/** Seeds the portfolio, four clients at a time, and lets `follow` catch up after every command, as the projector does after each commit. */
async function seedFollowing(handler: ClientCommandHandler, seed: number, follow: () => Promise<unknown>): Promise<void> {
  const following = Object.create(handler) as ClientCommandHandler;
  following.handle = async (...args) => {
    const result = await handler.handle(...args);
    await follow();
    return result;
  };
  await seedPortfolio(following, { clients: 40, seed, today: TODAY, concurrency: 4 });
}

/**
 * The command side's folds, counting the histories the followers took from them. `beforeLatestOnly`
 * answers only for the version just before the fold's latest, so a client the projector resumes
 * from there is assessed on its own fold, not on the snapshot of the latest version.
 */
function counted(folds: ClientFolds, beforeLatestOnly = false): FoldedHistories & { readonly taken: () => number } {
  let taken = 0;
  // Held at version + 1 and not at version + 2: the fold's latest version is version + 1.
  const isBeforeLatest = (clientId: string, version: number) =>
    folds.historyAt(clientId, version + 1) !== undefined && folds.historyAt(clientId, version + 2) === undefined;
  return {
    historyAt: (clientId: string, version: number): ClientHistory | undefined => {
      const history = beforeLatestOnly && !isBeforeLatest(clientId, version) ? undefined : folds.historyAt(clientId, version);
      if (history) taken++;
      return history;
    },
    taken: () => taken,
  };
}

// SQLite, not the in-memory log: the followers take the histories the commands folded from the events as appended, and
// must write what they would have from the events as stored (read back as JSON).
describe('followers of the log taking the histories the commands just folded', () => {
  let events: SqliteEventStore;
  let clock: FixedClock;

  beforeEach(() => {
    clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    events = SqliteEventStore.open({ filename: ':memory:', clock });
  });

  afterEach(() => events.close());

  it.each([
    ['assessed on the snapshots of the commands', false],
    ['resumed from the history before each event', true],
  ])('the client list is exactly the one a rebuild writes, with clients in and out of its cache (%s)', async (_, beforeLatestOnly) => {
    const folds = new ClientFolds(events);
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator(), { maxAttempts: 5 }, folds);
    const histories = counted(folds, beforeLatestOnly);
    const incremental = new InMemoryClientSummaryStore();
    // A cache of one client for four at work: each command's client is resumed from the history just before it.
    const projection = new ClientSummaryProjection(events, incremental, clock, { cacheClients: 1, histories });

    await seedFollowing(handler, 5, () => projection.catchUp());

    const rebuilt = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, rebuilt, clock).rebuild();
    expect(await incremental.checkpoint()).toBe(await events.headPosition());
    expect(await summaries(incremental)).toBe(await summaries(rebuilt));
    expect(histories.taken()).toBeGreaterThan(0);
  });

  it.each([
    ['judged on the snapshots of the commands', false],
    ['resumed from the history before each event', true],
  ])('the worklist is exactly the one a rebuild writes, with clients in and out of its cache (%s)', async (_, beforeLatestOnly) => {
    const folds = new ClientFolds(events);
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator(), { maxAttempts: 5 }, folds);
    const histories = counted(folds, beforeLatestOnly);
    const incremental = new InMemoryWorklistStore();
    // A cache of one client for four at work: each command's client is resumed from the history just before it.
    const projection = new WorklistProjection(events, incremental, clock, { cacheClients: 1, histories });

    await seedFollowing(handler, 13, () => projection.catchUp());

    const rebuilt = new InMemoryWorklistStore();
    await new WorklistProjection(events, rebuilt, clock).rebuild();
    expect(await incremental.checkpoint()).toBe(await events.headPosition());
    expect(await worklist(incremental)).toBe(await worklist(rebuilt));
    expect((await rebuilt.list(TODAY, {}, 1_000, null)).entries.length).toBeGreaterThan(0);
    expect(histories.taken()).toBeGreaterThan(0);
  });
});
