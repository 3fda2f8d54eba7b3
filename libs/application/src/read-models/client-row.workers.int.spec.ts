import { FixedClock, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import type { ClientHistory } from '@client-lifecycle/domain';
import { ClientCommandHandler } from '../client/client-command.handler';
import { DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import { seedPortfolio } from '../seed';
import type { ClientRowInput } from './client-row';
import { ClientRowWorkers, InProcessClientRows } from './client-row.workers';
import { ClientSummaryFolder } from './client-summary.folder';

const TODAY = '2026-11-20';

describe('client rows made on worker threads', () => {
  let inputs: ClientRowInput[];

  beforeAll(async () => {
    const clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    const events = new InMemoryEventStore(clock);
    await seedPortfolio(new ClientCommandHandler(events, clock, new UuidV7Generator()), { clients: 12, seed: 3, today: TODAY });
    const folder = new ClientSummaryFolder(events, { cacheClients: 100 });
    await folder.apply(await events.readAll({ after: 0, maxCount: 100_000 }));
    inputs = folder.clients().flatMap((clientId) => folder.rowInputOf(clientId, TODAY) ?? []);
  });

  it('are the rows made in process, in the order asked', async () => {
    const workers = new ClientRowWorkers(2, DEFAULT_INSIGHT_CONFIG);
    try {
      const rows = await Promise.all([workers.rows(inputs.slice(0, 5)), workers.rows(inputs.slice(5))]);

      expect(rows.flat()).toEqual(await new InProcessClientRows(DEFAULT_INSIGHT_CONFIG).rows(inputs));
    } finally {
      await workers.close();
    }
  });

  it('fail the batch, and every later one, with the error a thread met, instead of waiting', async () => {
    const workers = new ClientRowWorkers(1, DEFAULT_INSIGHT_CONFIG);
    const broken: ClientRowInput = { ...inputs[0], history: { ...inputs[0].history, invoices: null } as unknown as ClientHistory };
    try {
      await expect(workers.rows([inputs[1], broken])).rejects.toThrow(/A client row worker thread of the rebuild failed on a client: TypeError/);
      await expect(workers.rows([inputs[1]])).rejects.toThrow(/failed on a client/);
    } finally {
      await workers.close();
    }
  });

  it('fail a batch still pending when they are closed', async () => {
    const workers = new ClientRowWorkers(1, DEFAULT_INSIGHT_CONFIG);
    const pending = workers.rows(inputs);

    await workers.close();

    await expect(pending).rejects.toThrow('The client row workers were closed with batches pending');
  });
});
