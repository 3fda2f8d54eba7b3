import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock, InMemoryTerminationStore, PostgresEventStore, SqliteEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { clientStreamId, TerminationErrorCode, TerminationReason } from '@client-lifecycle/domain';
import type { EventStore } from '@client-lifecycle/ports';
import { PostgresTestDatabase } from '@client-lifecycle/testing';
import { ClientCommandHandler } from '../client/client-command.handler';
import { ClientQueries } from '../client/client.queries';
import { ClientInsightQueries } from '../insight/client-insight.queries';
import { CommandRefusedError } from '../shared';
import { TerminationCommandHandler } from './termination-command.handler';
import { TerminationService } from './termination.service';

// Two app processes racing on one database take longer than jest's default 5 s on a loaded machine.
jest.setTimeout(60_000);

const clock = new FixedClock(new Date('2026-03-01T10:00:00.000Z'));
const PROPOSALS = 10;

/** What one app process holds: its own store connection, handlers (with their own in-process queues) and a read model that has seen nothing. */
const aProcess = (events: EventStore) => {
  const ids = new UuidV7Generator();
  const clients = new ClientCommandHandler(events, clock, ids);
  const service = new TerminationService(
    new TerminationCommandHandler(events, clock, ids),
    events,
    new ClientQueries(events),
    new ClientInsightQueries(events, clock),
    new InMemoryTerminationStore(),
    clients,
  );
  return { events, clients, service };
};

const registerAcme = (clients: ClientCommandHandler) =>
  clients.handle(
    {
      type: 'RegisterClient',
      data: {
        clientId: 'acme',
        name: 'ACME Ltd',
        contract: {
          paymentTermsDays: 30,
          exitClause: { text: 'Either party, 15 days notice', immediateExitFor: [] },
          startDate: '2025-01-01',
          hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
          currency: 'EUR',
          contractedHoursPerMonth: 20,
        },
      },
      occurredAt: '2025-01-01T09:00:00Z',
    },
    { actor: 'crm' },
  );

const propose = (process: ReturnType<typeof aProcess>, terminationId: string) =>
  process.service.propose(
    { terminationId, clientId: 'acme', reason: TerminationReason.NonPayment, explanation: 'Unpaid for months' },
    { actor: `manager-${terminationId}` },
  );

/** Ten proposals with distinct ids at once, spread over two processes: exactly one is under way after. */
const raceTenProposals = async (first: EventStore, second: EventStore) => {
  const processes = [aProcess(first), aProcess(second)];
  await registerAcme(processes[0].clients);
  const outcomes = await Promise.allSettled(Array.from({ length: PROPOSALS }, (_, index) => propose(processes[index % 2], `T-${index + 1}`)));

  const accepted = outcomes.filter((outcome) => outcome.status === 'fulfilled');
  const refusals = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
  expect(accepted).toHaveLength(1);
  expect(refusals.map((reason) => (reason instanceof CommandRefusedError ? reason.refusal.code : String(reason)))).toEqual(
    Array(PROPOSALS - 1).fill(TerminationErrorCode.ActiveTerminationExists),
  );
  const clientTypes = (await first.readStream(clientStreamId('acme'))).map((event) => event.type);
  expect(clientTypes.filter((type) => type === 'TerminationOpened')).toHaveLength(1);
  const proposed = (await first.readAll({ after: 0, maxCount: 1_000 })).filter((event) => event.type === 'TerminationProposed');
  expect(proposed).toHaveLength(1);

  // Once it ends, the client may have another.
  const winner = (proposed[0].data as { terminationId: string }).terminationId;
  await processes[1].service.reject({ terminationId: winner, reason: 'A payment plan first' }, { actor: 'another-manager' });
  await expect(propose(processes[0], 'T-AFTER')).resolves.toMatchObject({ terminationId: 'T-AFTER' });
  await expect(propose(processes[1], 'T-WHILE-AFTER-IS-OPEN')).rejects.toMatchObject({
    refusal: { code: TerminationErrorCode.ActiveTerminationExists },
  });
};

describe('one termination under way per client, with proposals racing', () => {
  it('accepts exactly one of ten on SQLite (two connections to one file)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'one-termination-'));
    const filename = join(folder, 'events.sqlite');
    const stores = [SqliteEventStore.open({ filename, clock }), SqliteEventStore.open({ filename, clock })];
    try {
      await raceTenProposals(stores[0], stores[1]);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('accepts exactly one of ten on PostgreSQL (two pools, as two app processes)', async () => {
    const database = new PostgresTestDatabase('one_termination');
    const url = await database.freshSchema();
    const stores = [await PostgresEventStore.open({ connectionString: url, clock }), await PostgresEventStore.open({ connectionString: url, clock })];
    try {
      await raceTenProposals(stores[0], stores[1]);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await database.drop();
    }
  });
});
