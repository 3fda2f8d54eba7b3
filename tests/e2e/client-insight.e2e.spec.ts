import { mutationDocument } from '../support/client-mutations';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { daysAgo, eventually } from '../support/time';

const at = (day: string) => `${day}T10:00:00Z`;
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const INSIGHT_QUERY = `
  query Insight($id: String!, $asOf: DateTime) {
    client(id: $id, asOf: $asOf) {
      version
      risk {
        score band archetypes recommendation tenureMitigationApplied ruleVersion
        rules { rule band explanation evidenceEventIds evidence { eventId type occurredOn summary } }
        factors { key points maxPoints evidenceEventIds explanation }
        topFactors { key }
      }
      profitability { invoiced { amountMinor currency formatted } collected { amountMinor } outstanding { amountMinor } overdueByBucket { over90 { amountMinor } } contributionMargin { amountMinor } paymentIndex }
      collection { totalOverdue { amountMinor } promises { kept broken keptRatio } brokenPromiseEventIds invoices { invoiceId bucket ladderActive currentStep lastStepSent nextStep steps { step carriedOut } } }
    }
  }`;

describe('a support agent asks why a client is red', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;
  const eventIds: Record<string, string> = {};
  let registeredAt = '';

  const record = async (name: string, mutation: string, input: Record<string, unknown>) => {
    const data = await api.data(mutationDocument(mutation), { input: { clientId: 'slowpay', ...input } });
    eventIds[name] = data[mutation].events[0].eventId;
  };

  beforeAll(async () => {
    dataDir = temporaryDataDir('insight');
    app = await startApp({ dataDir });
    api = new GraphqlClient(app.graphqlUrl);
    await record('registered', 'registerClient', {
      name: 'Slowpay Ltd',
      contract: {
        paymentTermsDays: 30,
        exitClause: { text: 'Immediate exit for non-payment', immediateExitFor: ['NON_PAYMENT'] },
        startDate: daysAgo(200),
        hourlyRate: eur(10_000),
        currency: 'EUR',
        contractedHoursPerMonth: 20,
      },
      occurredAt: at(daysAgo(200)),
    });
    const { client } = await api.data('{ client(id: "slowpay") { timeline(first: 1) { edges { node { recordedAt } } } } }');
    registeredAt = client.timeline.edges[0].node.recordedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await record('inv1', 'issueInvoice', { invoiceId: 'INV-1', amount: eur(1_000_000), issuedOn: daysAgo(170), occurredAt: at(daysAgo(170)) });
    await record('inv2', 'issueInvoice', { invoiceId: 'INV-2', amount: eur(1_000_000), issuedOn: daysAgo(140), occurredAt: at(daysAgo(140)) });
    await record('reminder', 'recordReminder', { reminderId: 'R-1', invoiceId: 'INV-1', step: 'FRIENDLY', channel: 'EMAIL', occurredAt: at(daysAgo(139)) });
    await record('partial', 'recordPayment', {
      paymentId: 'P-1',
      invoiceId: 'INV-1',
      amount: eur(200_000),
      paidOn: daysAgo(100),
      occurredAt: at(daysAgo(100)),
    });
    await record('promise', 'recordPromiseToPay', {
      promiseId: 'PTP-1',
      invoiceId: 'INV-1',
      amount: eur(800_000),
      promisedDate: daysAgo(80),
      occurredAt: at(daysAgo(100)),
    });
    for (const [index, days] of [60, 40, 20].entries())
      await record(`excuse${index}`, 'recordExcuse', {
        excuseId: `E-${index}`,
        invoiceId: 'INV-1',
        category: 'CASH_FLOW',
        text: 'Next month, surely',
        occurredAt: at(daysAgo(days)),
      });
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('shows a red non-payer, each factor explained with the events behind it', async () => {
    const { client } = await api.data(INSIGHT_QUERY, { id: 'slowpay' });
    const factor = (key: string) => client.risk.factors.find((item: { key: string }) => item.key === key);

    expect(client.risk).toMatchObject({ band: 'RED', ruleVersion: 'risk-v2', tenureMitigationApplied: false });
    expect(client.risk.archetypes).toContain('NON_PAYER');
    expect(client.risk.score).toBeGreaterThanOrEqual(50);
    expect(factor('BROKEN_PROMISES')).toMatchObject({
      points: 12.5,
      maxPoints: 25,
      evidenceEventIds: [eventIds.promise],
      explanation: 'broken promises 12.5/25: 1 of 1 broken',
    });
    expect(factor('EXCUSES')).toMatchObject({ points: 7.5, evidenceEventIds: [eventIds.excuse0, eventIds.excuse1, eventIds.excuse2] });
    expect(factor('OVERDUE_EXPOSURE')).toMatchObject({ points: 25 });
    expect(factor('OVERDUE_EXPOSURE').evidenceEventIds).toEqual([eventIds.inv1, eventIds.inv2]);
    expect(client.risk.topFactors[0].key).toBe('OVERDUE_EXPOSURE');
    // The debt is long overdue and a promise was broken: the rule that makes it red says so, with the invoices behind it
    expect(client.risk.rules.map((firing: { rule: string }) => firing.rule)).toEqual(['LONG_OVERDUE', 'IN_DEFAULT']);
    expect(client.risk.rules[0].evidenceEventIds).toEqual([eventIds.inv1, eventIds.inv2]);
    expect(client.risk.rules[0].evidence.map((event: { eventId: string; type: string }) => [event.eventId, event.type])).toEqual([
      [eventIds.inv1, 'InvoiceIssued'],
      [eventIds.inv2, 'InvoiceIssued'],
    ]);
    expect(client.risk.rules[0].evidence[0].summary).toMatch(/^invoice INV-1 of [\d.]+ EUR issued, due \d{4}-\d{2}-\d{2}$/);
    expect(client.risk.recommendation).toBe('PROPOSE_TERMINATION');
  });

  it('shows the money: invoiced, collected, outstanding and its age', async () => {
    const { client } = await api.data(INSIGHT_QUERY, { id: 'slowpay' });

    expect(client.profitability).toMatchObject({
      invoiced: { amountMinor: 2_000_000, currency: 'EUR', formatted: '€20,000.00' },
      collected: { amountMinor: 200_000 },
      outstanding: { amountMinor: 1_800_000 },
      overdueByBucket: { over90: { amountMinor: 1_800_000 } },
    });
    expect(client.profitability.paymentIndex).toBeLessThan(50);
  });

  it('shows where each invoice is on the collection ladder and the broken promise', async () => {
    const { client } = await api.data(INSIGHT_QUERY, { id: 'slowpay' });

    expect(client.collection).toMatchObject({
      totalOverdue: { amountMinor: 1_800_000 },
      promises: { kept: 0, broken: 1, keptRatio: 0 },
      brokenPromiseEventIds: [eventIds.promise],
    });
    expect(client.collection.invoices.map((invoice: { invoiceId: string; ladderActive: boolean }) => [invoice.invoiceId, invoice.ladderActive])).toEqual([
      ['INV-1', true],
      ['INV-2', false],
    ]);
    // The calendar has reached the lawyer letter; only the friendly reminder was carried out
    expect(client.collection.invoices[0]).toMatchObject({ bucket: 'DAYS_90_PLUS', currentStep: 'LAWYER_LETTER', lastStepSent: 'FRIENDLY' });
    expect(client.collection.invoices[0].steps[0]).toEqual({ step: 'FRIENDLY', carriedOut: true });
  });

  it('lists the client among the red ones of the portfolio, riskiest first', async () => {
    const query =
      '{ clients(filter: { band: RED }, orderBy: SCORE, first: 10) { totalCount edges { node { clientId band archetypes overdue { amountMinor currency } } } } }';
    let clients: { totalCount: number; edges: { node: { clientId: string } }[] } = { totalCount: 0, edges: [] };
    // The list follows the log asynchronously, woken by each commit.
    await eventually(
      async () => {
        clients = (await api.data(query)).clients;
        return clients.totalCount > 0;
      },
      'the client in the red list',
      100,
    );

    expect(clients.edges.map((edge) => edge.node)).toEqual([
      { clientId: 'slowpay', band: 'RED', archetypes: expect.arrayContaining(['NON_PAYER']), overdue: { amountMinor: 1_800_000, currency: 'EUR' } },
    ]);
  });

  it('a minimum band of RED lists the red and the let-go clients', async () => {
    const { clients } = await api.data('{ clients(filter: { minBand: RED }, orderBy: SCORE, first: 10) { totalCount edges { node { clientId band } } } }');

    expect(clients.edges.map((edge: { node: { band: string } }) => edge.node.band).every((band: string) => band === 'RED' || band === 'LET_GO')).toBe(true);
    expect(clients.edges.map((edge: { node: { clientId: string } }) => edge.node.clientId)).toContain('slowpay');
  });

  it("gives each row of the list the client's full view, the same answer as client(id)", async () => {
    const fields =
      'clientId version risk { score band } profitability { outstanding { amountMinor } contributionMargin { amountMinor } } collection { totalOverdue { amountMinor } }';
    let listed: { node: { client: { version: number } } }[] = [];
    let client: { version: number } | null = null;
    // The scheduler may record a time-driven fact between the two reads: compare them at one version of the client.
    await eventually(
      async () => {
        const data = await api.data(
          `{ clients(filter: { band: RED }, first: 10) { edges { node { client { ${fields} } } } } client(id: "slowpay") { ${fields} } }`,
        );
        listed = data.clients.edges;
        client = data.client;
        return listed.length > 0 && listed[0].node.client.version === client?.version;
      },
      'the client in the red list, read at the version client(id) read',
      100,
    );

    expect(listed.map((edge) => edge.node.client)).toEqual([client]);
  });

  it('shows the portfolio over a period: bands, aging, DSO and the top lists', async () => {
    const { portfolio } = await api.data(
      `query($from: Date!, $to: Date!) { portfolio(from: $from, to: $to, top: 5) {
        clientCount clientsByBand { band clients }
        byCurrency { currency accountsReceivable { amountMinor } creditSales { amountMinor } agingReport { over90 { amountMinor } } dso }
        topByRisk { clientId band }
      } }`,
      { from: daysAgo(180), to: daysAgo(0) },
    );

    expect(portfolio.clientCount).toBe(1);
    expect(portfolio.clientsByBand).toContainEqual({ band: 'RED', clients: 1 });
    expect(portfolio.byCurrency).toEqual([
      {
        currency: 'EUR',
        accountsReceivable: { amountMinor: 1_800_000 },
        creditSales: { amountMinor: 2_000_000 },
        agingReport: { over90: { amountMinor: 1_800_000 } },
        dso: expect.any(Number),
      },
    ]);
    expect(portfolio.topByRisk).toEqual([{ clientId: 'slowpay', band: 'RED' }]);
  });

  it('refuses a period that ends before it starts', async () => {
    const { errors } = await api.request('{ portfolio(from: "2026-05-01", to: "2026-04-01") { clientCount } }');

    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.VALIDATION_FAILED' });
  });

  it('answers as of an instant before the invoices were recorded: a green client', async () => {
    const { client } = await api.data(INSIGHT_QUERY, { id: 'slowpay', asOf: registeredAt });

    expect(client.version).toBe(1);
    expect(client.risk).toMatchObject({ score: 0, band: 'GREEN', archetypes: [] });
    expect(client.profitability.invoiced.amountMinor).toBe(0);
    expect(client.collection.invoices).toEqual([]);
  });

  it('reads an instant with an offset as the same moment in UTC, not as text', async () => {
    // Two hours ahead of UTC: the same moment as registeredAt, not two hours later
    const shifted = new Date(Date.parse(registeredAt) + 2 * 3_600_000).toISOString().replace('Z', '+02:00');

    const { client } = await api.data(INSIGHT_QUERY, { id: 'slowpay', asOf: shifted });

    expect(client.version).toBe(1);
  });
});
