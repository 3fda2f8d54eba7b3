import { createApiKey } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { daysAgo, eventually } from '../support/time';

const IMPORT = `mutation Import($clientId: String!, $commands: [ClientCommandInput!]!, $idempotencyKey: String) {
  importClientHistory(clientId: $clientId, commands: $commands, idempotencyKey: $idempotencyKey) {
    clientId version deduplicated events { type occurredAt correlationId }
  }
}`;
const TIMELINE = `query Timeline($id: String!) { client(id: $id) { timeline(first: 100) { edges { node { type data } } } } }`;
const OVERDUE = `query Overdue($id: String!, $asOf: DateTime, $on: Date) {
  client(id: $id, asOf: $asOf, on: $on) { asOf on collection { totalOverdue { amountMinor } } }
}`;

const SIMULATE = `query Simulate($clientId: String!, $commands: [ClientCommandInput!]!, $on: Date) {
  simulate(clientId: $clientId, commands: $commands, on: $on) {
    before { on collection { totalOverdue { amountMinor } } risk { band } }
    after { on collection { totalOverdue { amountMinor } } risk { band } }
    refused { commandIndex code }
    eventCount
  }
}`;

// As the service writes instants back: UTC with milliseconds.
const at = (day: string) => `${day}T10:00:00.000Z`;
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const register = (clientId: string) => ({
  registerClient: {
    clientId,
    name: `${clientId} Ltd`,
    contract: {
      paymentTermsDays: 30,
      exitClause: { text: 'Either party may end with notice', immediateExitFor: [] },
      startDate: daysAgo(400),
      hourlyRate: eur(9_000),
      currency: 'EUR',
      contractedHoursPerMonth: 40,
    },
    occurredAt: at(daysAgo(400)),
  },
});
const invoice = (clientId: string, invoiceId: string, issuedDaysAgo: number) => ({
  issueInvoice: { clientId, invoiceId, amount: eur(100_000), issuedOn: daysAgo(issuedDaysAgo), occurredAt: at(daysAgo(issuedDaysAgo)) },
});
const payment = (clientId: string, invoiceId: string, amountMinor: number, paidDaysAgo: number) => ({
  recordPayment: {
    clientId,
    paymentId: `P-${invoiceId}`,
    invoiceId,
    amount: eur(amountMinor),
    paidOn: daysAgo(paidDaysAgo),
    occurredAt: at(daysAgo(paidDaysAgo)),
  },
});

describe("importClientHistory: a client's backdated history in one atomic batch", () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('history-import');
    app = await startApp({ dataDir });
    api = new GraphqlClient(app.graphqlUrl);
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('stores every command in order, backdated, under one correlation, and a resend with the same key stores nothing new', async () => {
    const commands = [register('acme'), invoice('acme', 'INV-1', 200), payment('acme', 'INV-1', 100_000, 175)];

    const { importClientHistory: first } = await api.data(IMPORT, { clientId: 'acme', commands, idempotencyKey: 'migration-acme' });
    const { importClientHistory: again } = await api.data(IMPORT, { clientId: 'acme', commands, idempotencyKey: 'migration-acme' });

    expect(first.events.map((event: { type: string; occurredAt: string }) => [event.type, event.occurredAt])).toEqual([
      ['ClientRegistered', at(daysAgo(400))],
      ['InvoiceIssued', at(daysAgo(200))],
      ['PaymentRecorded', at(daysAgo(175))],
    ]);
    expect(new Set(first.events.map((event: { correlationId: string }) => event.correlationId)).size).toBe(1);
    expect(again).toMatchObject({ version: first.version, deduplicated: true });
  });

  it('refuses the whole batch when one command is refused, naming it, and stores nothing', async () => {
    const response = await api.request(IMPORT, {
      clientId: 'globex',
      commands: [register('globex'), invoice('globex', 'INV-1', 200), payment('globex', 'INV-1', 150_000, 175)],
    });

    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CLIENT.PAYMENT_EXCEEDS_OPEN_BALANCE',
      details: { commandIndex: 2 },
    });
    const after = await api.request(OVERDUE, { id: 'globex' });
    expect(after.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['no member', {}],
    ['two members', { ...invoice('initech', 'INV-1', 10), ...payment('initech', 'INV-1', 1, 5) }],
  ])('refuses a command with %s: exactly one must be set', async (_case, command) => {
    const response = await api.request(IMPORT, { clientId: 'initech', commands: [register('initech'), command] });

    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.ONE_COMMAND_KIND_REQUIRED', details: { commandIndex: 1 } });
  });

  it('refuses a command about another client, and an option that belongs to the batch', async () => {
    const stray = await api.request(IMPORT, { clientId: 'hooli', commands: [register('hooli'), invoice('other', 'INV-1', 10)] });
    const keyed = await api.request(IMPORT, {
      clientId: 'hooli',
      commands: [register('hooli'), { issueInvoice: { ...invoice('hooli', 'INV-1', 10).issueInvoice, idempotencyKey: 'k' } }],
    });

    expect(stray.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLIENT.COMMAND_FOR_ANOTHER_CLIENT', details: { commandIndex: 1 } });
    expect(keyed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.BATCH_OPTION_ON_COMMAND', details: { commandIndex: 1 } });
  });

  it('is for ADMIN and SERVICE credentials only', async () => {
    const { secret } = await createApiKey(app.graphqlUrl, 'finance desk', ['FINANCE', 'AGENT', 'MANAGER']);

    const response = await api.as(secret).request(IMPORT, { clientId: 'umbrella', commands: [register('umbrella')] });

    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets the scheduler judge timers after the batch: no aging fact for the invoice the batch paid on time', async () => {
    await api.data(IMPORT, {
      clientId: 'wayne',
      commands: [register('wayne'), invoice('wayne', 'INV-PAID', 200), invoice('wayne', 'INV-OPEN', 200), payment('wayne', 'INV-PAID', 100_000, 175)],
    });

    const agedInvoices = async () => {
      const { client } = await api.data(TIMELINE, { id: 'wayne' });
      return client.timeline.edges
        .filter(({ node }: { node: { type: string } }) => node.type === 'InvoiceAged')
        .map(({ node }: { node: { data: { invoiceId: string } } }) => node.data.invoiceId);
    };
    await eventually(async () => (await agedInvoices()).length === 4, 'the unpaid invoice aged into its four buckets');

    expect(new Set(await agedInvoices())).toEqual(new Set(['INV-OPEN']));
  });

  it('judges what was known by asOf as of business day on: an invoice paid late was overdue on a day before the payment', async () => {
    await api.data(IMPORT, { clientId: 'stark', commands: [register('stark'), invoice('stark', 'INV-1', 120), payment('stark', 'INV-1', 100_000, 20)] });

    const { client: thatDay } = await api.data(OVERDUE, { id: 'stark', on: daysAgo(50) });
    const { client: today } = await api.data(OVERDUE, { id: 'stark' });

    expect(thatDay).toMatchObject({ asOf: null, on: daysAgo(50), collection: { totalOverdue: { amountMinor: 100_000 } } });
    expect(today).toMatchObject({ asOf: null, on: null, collection: { totalOverdue: { amountMinor: 0 } } });
  });

  it('simulates commands with the same input without storing them: before, after, and the refused ones with their codes', async () => {
    await api.data(IMPORT, { clientId: 'cyberdyne', commands: [register('cyberdyne'), invoice('cyberdyne', 'INV-1', 120)] });

    const { simulate } = await api.data(SIMULATE, {
      clientId: 'cyberdyne',
      commands: [payment('cyberdyne', 'INV-1', 900_000, 1), payment('cyberdyne', 'INV-1', 100_000, 1)],
    });
    const { client: after } = await api.data(TIMELINE, { id: 'cyberdyne' });

    expect(simulate).toMatchObject({
      before: { on: daysAgo(0), collection: { totalOverdue: { amountMinor: 100_000 } } },
      after: { on: daysAgo(0), collection: { totalOverdue: { amountMinor: 0 } } },
      refused: [{ commandIndex: 0, code: 'CLIENT.PAYMENT_EXCEEDS_OPEN_BALANCE' }],
      eventCount: 1,
    });
    expect(after.timeline.edges.map(({ node }: { node: { type: string } }) => node.type)).not.toContain('PaymentRecorded');
  });
});
