import { join } from 'node:path';
import { SqliteEventStore, SystemClock, UuidV7Generator } from '@client-lifecycle/adapters';
import { CLIENT_EVENT_SCHEMA_VERSION, type ClientEvent, clientStreamId, ExitCause } from '@client-lifecycle/domain';
import { mutationDocument } from '../support/client-mutations';
import { fullSelection } from '../support/full-selection';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { daysAgo, eventually } from '../support/time';

const HUGE = Number.MAX_SAFE_INTEGER;
const ids = new UuidV7Generator();

const registered = (clientId: string, hourlyRateMinor: number): ClientEvent => ({
  type: 'ClientRegistered',
  data: {
    clientId,
    name: `${clientId} Ltd`,
    clientSince: daysAgo(400),
    contract: {
      paymentTermsDays: 30,
      noticePeriodDays: 15,
      exitClause: { text: 'Either party, 15 days notice', immediateExitFor: [ExitCause.NonPayment] },
      startDate: daysAgo(400),
      endDate: null,
      hourlyRate: { amountMinor: hourlyRateMinor, currency: 'EUR' },
      currency: 'EUR',
      contractedHoursPerMonth: 20,
    },
  },
});

const invoiced = (clientId: string, invoiceId: string, amountMinor: number): ClientEvent => ({
  type: 'InvoiceIssued',
  data: { clientId, invoiceId, amount: { amountMinor, currency: 'EUR' }, issuedOn: daysAgo(120), dueDate: daysAgo(90), description: null },
});

/**
 * Written straight through the EventStore port, past the decider, as a log from before the input
 * rules holds them: the two reproducers of issue 11, which made every read fail for good.
 */
async function writeLogWithHugeAmounts(dataDir: string): Promise<void> {
  const store = SqliteEventStore.open({ filename: join(dataDir, 'events.sqlite'), clock: new SystemClock() });
  const append = (clientId: string, events: ClientEvent[]) =>
    store.append(
      clientStreamId(clientId),
      events.map((event) => ({
        eventId: ids.next(),
        type: event.type,
        schemaVersion: CLIENT_EVENT_SCHEMA_VERSION[event.type],
        occurredAt: `${daysAgo(120)}T09:00:00Z`,
        data: event.data,
        metadata: { correlationId: ids.next(), causationId: null, actor: 'legacy-import' },
      })),
      { expectedVersion: 0 },
    );
  try {
    await append('huge-invoices', [registered('huge-invoices', 10_000), invoiced('huge-invoices', 'INV-1', HUGE), invoiced('huge-invoices', 'INV-2', HUGE)]);
    await append('huge-rate', [
      registered('huge-rate', HUGE),
      {
        type: 'TimeLogged',
        data: { clientId: 'huge-rate', timeEntryId: 'T-1', activity: 'Delivery', minutes: 1_440, billable: true, workedOn: daysAgo(100), scopeChangeId: null },
      },
      invoiced('huge-rate', 'INV-1', HUGE),
    ]);
  } finally {
    await store.close();
  }
}

const CLIENT_QUERY = `query Client($id: String!) { client(id: $id) { ${fullSelection('Client', 4, new Set(['timeline', 'termination']))} } }`;
const LIST_QUERY = `{ clients(first: 10) { totalCount edges { node { ${fullSelection('ClientSummary', 2, new Set(['client']))} } } } }`;
const PORTFOLIO_QUERY = `query Portfolio($from: Date!, $to: Date!) { portfolio(from: $from, to: $to) { ${fullSelection('Portfolio', 3)} } }`;

describe('a log already holding amounts past 2^53 (events are immutable) still reads', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('overflow');
    await writeLogWithHugeAmounts(dataDir);
    app = await startApp({ dataDir });
    api = new GraphqlClient(app.graphqlUrl);
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it.each(['huge-invoices', 'huge-rate'])('answers client(%s) in full, with no error', async (id) => {
    const { data, errors } = await api.request(CLIENT_QUERY, { id });

    expect(errors).toBeUndefined();
    expect(data?.client.clientId).toBe(id);
  });

  it('lists both clients once the list has caught up, with no error', async () => {
    await eventually(async () => {
      const { data, errors } = await api.request(LIST_QUERY);
      expect(errors).toBeUndefined();
      return data?.clients.totalCount === 2;
    }, 'the client list shows both clients');
  });

  it('answers the portfolio over the period, with no error', async () => {
    const { data, errors } = await api.request(PORTFOLIO_QUERY, { from: daysAgo(365), to: daysAgo(0) });

    expect(errors).toBeUndefined();
    expect(data?.portfolio.clientCount).toBe(2);
  });

  it('refuses a third such invoice with a coded error: the log stops growing past what can be counted', async () => {
    const { errors } = await api.request(mutationDocument('issueInvoice'), {
      input: { clientId: 'huge-invoices', invoiceId: 'INV-3', amount: { amountMinor: 1_000, currency: 'EUR' }, issuedOn: daysAgo(1) },
    });

    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLIENT.INVOICED_TOTAL_CAP_EXCEEDED' });
  });

  it('logs each value it had to saturate, so the operator sees the legacy data', () => {
    expect(app.output()).toMatch(/SafeInt field got \d+/);
    expect(app.output()).not.toMatch(/Internal error in/);
  });
});
