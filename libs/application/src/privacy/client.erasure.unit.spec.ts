import {
  ClientDataKeys,
  FixedClock,
  InMemoryClientSummaryStore,
  InMemoryDataKeyStore,
  InMemoryEventStore,
  MasterKey,
  PersonalDataEventStore,
  UuidV7Generator,
} from '@client-lifecycle/adapters';
import { ClientCommandHandler, type UnstampedClientCommand } from '../client/client-command.handler';
import { ClientFolds } from '../client/client-folds.cache';
import { ClientQueries } from '../client/client.queries';
import { ClientSummaryProjection } from '../read-models/client-summary.projection';
import { ClientNotFoundError } from '../shared/application.errors';
import { ClientErasure } from './client.erasure';

const clock = new FixedClock(new Date('2026-05-01T12:00:00.000Z'));

const register: UnstampedClientCommand = {
  type: 'RegisterClient',
  data: {
    clientId: 'acme',
    name: 'Acme, Jane Roe',
    contract: {
      paymentTermsDays: 30,
      exitClause: { text: 'Notice applies', immediateExitFor: [] },
      startDate: '2026-01-01',
      hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
      currency: 'EUR',
      contractedHoursPerMonth: 10,
    },
  },
};
const invoice: UnstampedClientCommand = {
  type: 'IssueInvoice',
  data: {
    clientId: 'acme',
    invoiceId: 'INV-1',
    amount: { amountMinor: 120_000, currency: 'EUR' },
    issuedOn: '2026-04-01',
    description: 'Workshop with Jane Roe',
  },
};

function service() {
  const events = new PersonalDataEventStore(new InMemoryEventStore(clock), new ClientDataKeys(new InMemoryDataKeyStore(), MasterKey.generate()));
  const ids = new UuidV7Generator();
  const folds = new ClientFolds(events);
  const handler = new ClientCommandHandler(events, clock, ids, { maxAttempts: 3 }, folds);
  return { events, handler, queries: new ClientQueries(events, folds), erasure: new ClientErasure(events, events.keys, folds, clock, ids) };
}

describe('forgetting a client', () => {
  it('erases its personal fields in every read, even from a fold cached before, and keeps its numbers', async () => {
    const { handler, queries, erasure } = service();
    await handler.handle(register, { actor: 'crm' });
    await handler.handle(invoice, { actor: 'crm' });
    const before = (await queries.findClient('acme'))!.history;
    expect(before.name).toBe('Acme, Jane Roe');

    const result = await erasure.forget('acme', 'erasure request 7', { actor: 'admin' });

    expect(result).toEqual({ clientId: 'acme', forgottenOn: '2026-05-01', version: 3 });
    const after = (await queries.findClient('acme'))!.history;
    expect(after.name).toBe('[erased]');
    expect(after.invoices).toEqual(before.invoices.map((invoiceRecord) => ({ ...invoiceRecord, description: '[erased]' })));
  });

  it('stores what is recorded about the client afterwards erased', async () => {
    const { handler, queries, erasure } = service();
    await handler.handle(register, { actor: 'crm' });
    await erasure.forget('acme', 'erasure request 7', { actor: 'admin' });

    await handler.handle(invoice, { actor: 'crm' });

    expect((await queries.findClient('acme'))!.history.invoices[0]).toMatchObject({ invoiceId: 'INV-1', description: '[erased]' });
  });

  it('leaves the client list with the erased name, followed incrementally or rebuilt, and the same figures', async () => {
    const { events, handler, erasure } = service();
    const followed = new InMemoryClientSummaryStore();
    const projection = new ClientSummaryProjection(events, followed, clock);
    await handler.handle(register, { actor: 'crm' });
    await handler.handle(invoice, { actor: 'crm' });
    await projection.catchUp();
    const [before] = (await followed.list({}, 'SCORE', 10, null)).rows;

    await erasure.forget('acme', 'erasure request 7', { actor: 'admin' });
    await projection.catchUp();
    const rebuilt = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, rebuilt, clock).rebuild();

    // The row follows the stream's version, which ClientForgotten moved on by one.
    const expected = { ...before, name: '[erased]', version: before.version + 1 };
    expect((await followed.list({}, 'SCORE', 10, null)).rows).toEqual([expected]);
    expect((await rebuilt.list({}, 'SCORE', 10, null)).rows).toEqual([expected]);
  });

  it('refuses a client that is not registered', async () => {
    await expect(service().erasure.forget('nobody', 'request 8', { actor: 'admin' })).rejects.toThrow(ClientNotFoundError);
  });
});
