import { ClientFolds } from './client-folds.cache';
import { eur, registerAcme } from './client-commands.fixtures';
import { FixedClock, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { ClientInsightQueries } from '../insight/client-insight.queries';
import { ClientCommandHandler, type UnstampedClientCommand } from './client-command.handler';
import { ClientSimulation } from './client-simulation';
import { ClientQueries } from './client.queries';

const clock = new FixedClock(new Date('2026-05-01T12:00:00.000Z'));

/** Due 14 February: 76 days overdue by 1 May. */
const invoice: UnstampedClientCommand = {
  type: 'IssueInvoice',
  data: { clientId: 'acme', invoiceId: 'INV-1', amount: eur(500_000), issuedOn: '2026-01-15' },
  occurredAt: '2026-01-15T09:00:00Z',
};
const payment = (amountMinor: number): UnstampedClientCommand => ({
  type: 'RecordPayment',
  data: { clientId: 'acme', paymentId: `P-${amountMinor}`, invoiceId: 'INV-1', amount: eur(amountMinor), paidOn: '2026-04-30' },
});

describe('simulating commands on a client', () => {
  let store: InMemoryEventStore;
  let simulation: ClientSimulation;

  beforeEach(async () => {
    store = new InMemoryEventStore(clock);
    await new ClientCommandHandler(store, clock, new UuidV7Generator()).importHistory('acme', [registerAcme, invoice], { actor: 'crm' });
    simulation = new ClientSimulation(store, clock, new ClientInsightQueries(store, clock));
  });

  it('judges the client before and after the commands, and stores nothing', async () => {
    const outcome = await simulation.simulate('acme', [payment(500_000)]);

    expect(outcome.before?.collection.totalOverdueMinor).toBe(500_000);
    expect(outcome.after?.collection.totalOverdueMinor).toBe(0);
    expect(outcome).toMatchObject({ refused: [], eventCount: 1 });
    expect(await store.headPosition()).toBe(2);
  });

  it('reports a refused command with its index and code, and applies the others', async () => {
    const outcome = await simulation.simulate('acme', [
      payment(900_000),
      payment(200_000),
      { ...payment(1), data: { ...payment(1).data, clientId: 'globex' } } as UnstampedClientCommand,
    ]);

    expect(outcome.refused.map(({ commandIndex, refusal }) => [commandIndex, refusal.code])).toEqual([
      [0, 'CLIENT.PAYMENT_EXCEEDS_OPEN_BALANCE'],
      [2, 'CLIENT.COMMAND_FOR_ANOTHER_CLIENT'],
    ]);
    expect(outcome.after?.collection.totalOverdueMinor).toBe(300_000);
  });

  it('judges both as of the business day asked for', async () => {
    const outcome = await simulation.simulate('acme', [payment(500_000)], '2026-02-01');

    expect(outcome.before).toMatchObject({ asOfDay: '2026-02-01', collection: { totalOverdueMinor: 0 } });
    expect(outcome.after?.asOfDay).toBe('2026-02-01');
  });

  it('has nothing before for a client not registered yet', async () => {
    const outcome = await simulation.simulate('newco', [{ ...registerAcme, data: { ...registerAcme.data, clientId: 'newco' } } as UnstampedClientCommand]);

    expect(outcome.before).toBeNull();
    expect(outcome.after?.risk.band).toBeDefined();
  });

  it('leaves the cached client as stored: a real command and read afterwards see none of the simulated events', async () => {
    const folds = new ClientFolds(store);
    const cached = new ClientSimulation(store, clock, new ClientInsightQueries(store, clock), folds);
    const handler = new ClientCommandHandler(store, clock, new UuidV7Generator(), undefined, folds);

    const first = await cached.simulate('acme', [payment(500_000)]);
    const again = await cached.simulate('acme', [payment(500_000)]);
    const accepted = await handler.handle(payment(200_000), { actor: 'collector' });

    expect(again).toEqual(first);
    expect(accepted.version).toBe(3);
    const view = await new ClientQueries(store, folds).findClient('acme');
    expect(view?.history.invoices[0].openBalanceMinor).toBe(300_000);
  });

  it('folds the hypothetical events onto the cached client as a fold of the whole stream would', async () => {
    const folds = new ClientFolds(store);
    const cached = new ClientSimulation(store, clock, new ClientInsightQueries(store, clock), folds);
    await new ClientQueries(store, folds).findClient('acme');

    const onCache = await cached.simulate('acme', [payment(100_000), payment(50_000)]);
    const fromStream = await simulation.simulate('acme', [payment(100_000), payment(50_000)]);

    expect(onCache.after?.history).toEqual(fromStream.after?.history);
    expect(onCache.after?.risk).toEqual(fromStream.after?.risk);
  });

  describe('simulateTermination', () => {
    it('judges the stored client as of today, and stores nothing', async () => {
      // Given ACME's one €5,000 invoice of January, 76 days overdue on 1 May
      const whatIf = await simulation.simulateTermination('acme');

      expect(whatIf).toMatchObject({ clientId: 'acme', on: '2026-05-01', earliestLawfulEndDate: '2026-05-16', stillToCollectMinor: 500_000 });
      // four months a client (January to April) with €5,000 billed: €1,250 a month run forward
      expect(whatIf?.basis).toMatchObject({ from: '2026-01-01', monthlyBillingMinor: Math.round(500_000 / (121 / (365.25 / 12))) });
      expect(await store.headPosition()).toBe(2);
    });

    it('is null for a client that is not registered', async () => {
      expect(await simulation.simulateTermination('newco', '2026-05-01')).toBeNull();
    });
  });
});
