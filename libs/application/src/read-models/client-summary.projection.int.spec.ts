import { FixedClock, InMemoryClientSummaryStore, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { AbuseSeverity, RiskBand } from '@client-lifecycle/domain';
import type { ClientSummaryStore } from '@client-lifecycle/ports';
import { ClientCommandHandler } from '../client/client-command.handler';
import { seedPortfolio } from '../seed';
import { ClientSummaryProjection } from './client-summary.projection';
import type { RiskChange } from './risk-change.feed';

const TODAY = '2026-11-20';
const everything = async (store: ClientSummaryStore) => JSON.stringify((await store.list({}, 'SCORE', 10_000, null)).rows);

describe('client summary projection', () => {
  let events: InMemoryEventStore;
  let handler: ClientCommandHandler;

  beforeAll(async () => {
    const clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    events = new InMemoryEventStore(clock);
    handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
  });

  it('rebuilt from position 0, gives exactly the rows the incremental run wrote over a large random history', async () => {
    const incremental = new InMemoryClientSummaryStore();
    const projection = new ClientSummaryProjection(events, incremental, undefined, 97);
    // The log grows while the projection follows it, in pages that cut across clients.
    await seedPortfolio(handler, { clients: 120, seed: 7, today: TODAY, concurrency: 4, onProgress: () => void projection.catchUp() });
    await projection.catchUp();

    const rebuilt = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, rebuilt, undefined, 1_000).rebuild();

    expect(await rebuilt.checkpoint()).toBe(await events.headPosition());
    expect(await incremental.checkpoint()).toBe(await events.headPosition());
    expect(await everything(rebuilt)).toBe(await everything(incremental));
    expect((await rebuilt.list({}, 'SCORE', 1_000, null)).totalCount).toBe(120);
    expect((await rebuilt.list({ band: RiskBand.Green }, 'SCORE', 1, null)).totalCount).toBeGreaterThan(0);
  });

  it('resumes after a restart from its checkpoint, reading the streams of clients it has not seen since', async () => {
    const store = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, store, undefined, 500).catchUp();
    const before = await everything(store);
    await handler.handle(
      { type: 'ReportAbuse', data: { clientId: 'demo-7-00001', reportId: 'AB-restart', severity: AbuseSeverity.Severe, description: 'Threats', reportedBy: 'Support' } },
      { actor: 'test' },
    );

    await new ClientSummaryProjection(events, store).catchUp();

    const [row] = (await store.list({ band: RiskBand.LetGo }, 'SCORE', 100, null)).rows.filter((item) => item.clientId === 'demo-7-00001');
    expect(row?.band).toBe(RiskBand.LetGo);
    expect(await everything(store)).not.toBe(before);
  });

  it('announces a client whose band moved, once committed, but not during a rebuild', async () => {
    const changes: RiskChange[] = [];
    const store = new InMemoryClientSummaryStore();
    const projection = new ClientSummaryProjection(events, store, undefined, 1_000, (change) => changes.push(change));
    await projection.rebuild();
    expect(changes).toEqual([]);

    await handler.handle(
      { type: 'ReportAbuse', data: { clientId: 'demo-7-00002', reportId: 'AB-feed', severity: AbuseSeverity.Severe, description: 'Insults', reportedBy: 'Support' } },
      { actor: 'test' },
    );
    await projection.catchUp();

    expect(changes).toEqual([expect.objectContaining({ clientId: 'demo-7-00002', band: RiskBand.LetGo, previousBand: expect.any(String) })]);
    expect(changes[0].previousBand).not.toBe(RiskBand.LetGo);
  });
});
