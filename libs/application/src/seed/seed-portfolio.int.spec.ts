import { FixedClock, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { ClientCommandHandler } from '../client';
import { generatePortfolio } from './portfolio.generator';
import { SEED_ACTOR, seedPortfolio } from './seed-portfolio';

const TODAY = '2026-03-01';
const OPTIONS = { clients: 50, seed: 42, today: TODAY } as const;

describe('seedPortfolio', () => {
  const setUp = () => {
    const clock = new FixedClock(new Date(`${TODAY}T12:00:00.000Z`));
    const store = new InMemoryEventStore(clock);
    return { store, handler: new ClientCommandHandler(store, clock, new UuidV7Generator()) };
  };

  it('stores every generated fact through the command handler, reporting progress per client', async () => {
    const { store, handler } = setUp();
    const progress: number[] = [];
    const result = await seedPortfolio(handler, { ...OPTIONS, onProgress: (done) => progress.push(done) });
    const commands = generatePortfolio(OPTIONS).reduce((sum, client) => sum + client.commands.length, 0);
    expect(result).toMatchObject({ clients: 50, commands });
    expect(result.events).toBeGreaterThanOrEqual(commands);
    expect(await store.headPosition()).toBe(result.events);
    expect(progress).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    const [first] = await store.readAll({ after: 0, maxCount: 1 });
    expect(first.metadata).toMatchObject({ actor: SEED_ACTOR, idempotencyKey: 'seed:v2:42:demo-42-00001:1' });
  });

  it('stores nothing new when run again with the same seed', async () => {
    const { store, handler } = setUp();
    await seedPortfolio(handler, OPTIONS);
    const head = await store.headPosition();
    const again = await seedPortfolio(handler, OPTIONS);
    expect(again.events).toBe(0);
    expect(await store.headPosition()).toBe(head);
  });
});
