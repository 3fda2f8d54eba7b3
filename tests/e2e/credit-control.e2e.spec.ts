import { CREDIT_CONTROL_INPUT_TYPES, INPUT_TYPES } from '../support/client-mutations';
import { createApiKey } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { daysAgo } from '../support/time';

const at = (day: string) => `${day}T10:00:00Z`;
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const CLIENT = 'holdco';

const mutation = (name: string) =>
  `mutation Run($input: ${INPUT_TYPES[name] ?? CREDIT_CONTROL_INPUT_TYPES[name]}!) { ${name}(input: $input) { version events { type summary } } }`;

const BOOKS = `
  query Books($id: String!) {
    client(id: $id) {
      version
      invoices { invoiceId dueDate issuedOn status openBalance { amountMinor } }
      profitability {
        outstanding { amountMinor } writtenOff { amountMinor } expectedCreditLoss { amountMinor }
        contributionMargin { amountMinor } costToServe { amountMinor } paymentIndex
        costToServeBreakdown { activity cost { amountMinor } count }
      }
      collection { totalOverdue { amountMinor } invoices { invoiceId openBalance { amountMinor } } }
      risk { recommendation rules { rule } factors { key points } }
    }
  }`;

interface Amount {
  amountMinor: number;
}

interface Books {
  client: {
    version: number;
    invoices: { invoiceId: string; dueDate: string; issuedOn: string; status: string; openBalance: { amountMinor: number } }[];
    profitability: {
      outstanding: Amount;
      writtenOff: Amount;
      expectedCreditLoss: Amount;
      contributionMargin: Amount;
      costToServe: Amount;
      paymentIndex: number | null;
      costToServeBreakdown: { activity: string; cost: Amount; count: number }[];
    };
    collection: { totalOverdue: Amount; invoices: { invoiceId: string; openBalance: Amount }[] };
    risk: { recommendation: string; rules: { rule: string }[]; factors: { key: string; points: number }[] };
  };
}

describe('credit control outside a termination, over GraphQL', () => {
  let dataDir: string;
  let app: RunningApp;
  let admin: GraphqlClient;
  let finance: GraphqlClient;
  let manager: GraphqlClient;
  let agent: GraphqlClient;

  const run = (api: GraphqlClient, name: string, input: Record<string, unknown>) => api.request(mutation(name), { input: { clientId: CLIENT, ...input } });
  const ok = async (api: GraphqlClient, name: string, input: Record<string, unknown>) => {
    const { data, errors } = await run(api, name, input);
    if (errors?.length) throw new Error(`${name}: ${JSON.stringify(errors)}`);
    return data![name] as { version: number; events: { type: string; summary: string }[] };
  };
  const books = async () => (await admin.data<Books>(BOOKS, { id: CLIENT })).client;
  const invoice = (state: Books['client'], invoiceId: string) => state.invoices.find((entry) => entry.invoiceId === invoiceId)!;

  beforeAll(async () => {
    dataDir = temporaryDataDir('credit-control');
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
    admin = new GraphqlClient(app.graphqlUrl);
    const keyOf = async (role: string) => admin.as((await createApiKey(app.graphqlUrl, `only ${role}`, [role])).secret);
    [finance, manager, agent] = await Promise.all([keyOf('FINANCE'), keyOf('MANAGER'), keyOf('AGENT')]);
    await ok(admin, 'registerClient', {
      name: 'Holdco SL',
      contract: {
        paymentTermsDays: 30,
        exitClause: { text: 'Immediate exit for non-payment', immediateExitFor: ['NON_PAYMENT'] },
        startDate: daysAgo(120),
        hourlyRate: eur(9_000),
        currency: 'EUR',
        contractedHoursPerMonth: 20,
      },
      occurredAt: at(daysAgo(120)),
    });
    await ok(admin, 'issueInvoice', { invoiceId: 'INV-1', amount: eur(100_000), issuedOn: daysAgo(75), occurredAt: at(daysAgo(75)) });
    await ok(admin, 'issueInvoice', { invoiceId: 'INV-2', amount: eur(50_000), issuedOn: daysAgo(5), occurredAt: at(daysAgo(5)) });
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('the collection view proposes late interest on the overdue invoice and weighs no recovery before the court-or-write-off stage', async () => {
    const { client } = await admin.data(
      `query { client(id: "${CLIENT}") { collection { recovery { route } invoices { invoiceId lateInterestProposal { from to days annualRatePercent amount { amountMinor currency } } } } } }`,
    );
    const [overdue, notDue] = client.collection.invoices;
    expect(overdue).toMatchObject({
      invoiceId: 'INV-1',
      // 100,000 × 45 days × 10.15% ÷ 365
      lateInterestProposal: { from: daysAgo(44), to: daysAgo(0), days: 45, annualRatePercent: 10.15, amount: { amountMinor: 1_251, currency: 'EUR' } },
    });
    expect(notDue).toMatchObject({ invoiceId: 'INV-2', lateInterestProposal: null });
    expect(client.collection.recovery).toBeNull();
  });

  it('finance writes part of an invoice off: it leaves receivables and the margin carries it as bad debt', async () => {
    const before = await books();
    const payload = await ok(finance, 'writeOffInvoice', {
      writeOffId: 'WO-1',
      invoiceId: 'INV-1',
      amount: eur(40_000),
      reason: 'Hours in dispute we will not chase',
    });
    const after = await books();

    expect(payload.events.map((event) => event.type)).toEqual(['InvoiceWrittenOff']);
    expect(invoice(after, 'INV-1').openBalance.amountMinor).toBe(60_000);
    expect(after.profitability.outstanding.amountMinor).toBe(before.profitability.outstanding.amountMinor - 40_000);
    expect(after.profitability.writtenOff.amountMinor).toBe(40_000);
    expect(after.collection.totalOverdue.amountMinor).toBe(before.collection.totalOverdue.amountMinor - 40_000);
    expect(after.profitability.expectedCreditLoss.amountMinor).toBeLessThan(before.profitability.expectedCreditLoss.amountMinor);
    expect(after.profitability.contributionMargin.amountMinor).toBeLessThan(before.profitability.contributionMargin.amountMinor);
    expect(after.risk.rules.map((firing) => firing.rule)).toContain('WRITTEN_OFF_DEBT');
  });

  it('refuses a write-off above what is owed with a stable code, and stores nothing', async () => {
    const before = await books();
    const { errors } = await run(finance, 'writeOffInvoice', { writeOffId: 'WO-2', invoiceId: 'INV-1', amount: eur(60_001), reason: 'Too much' });
    expect(errors?.[0].extensions).toMatchObject({ reason: 'CLIENT.AMOUNT_EXCEEDS_OPEN_BALANCE' });
    expect((await books()).version).toBe(before.version);
  });

  it('only finance (or an admin) moves money: an agent is refused before anything runs', async () => {
    const { errors } = await run(agent, 'writeOffInvoice', { writeOffId: 'WO-3', invoiceId: 'INV-1', amount: eur(1), reason: 'Not mine to do' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.ROLE_REQUIRED' });
  });

  it('a legal fee goes into the cost to serve', async () => {
    const before = await books();
    await ok(finance, 'recordCollectionCost', { costId: 'FEE-1', kind: 'LEGAL_FEE', amount: eur(25_000), invoiceId: 'INV-1' });
    const after = await books();
    expect(after.profitability.costToServeBreakdown.find((line) => line.activity === 'LEGAL_AND_COLLECTION_FEES')).toMatchObject({
      count: 1,
      cost: { amountMinor: 25_000 },
    });
    expect(after.profitability.costToServe.amountMinor - before.profitability.costToServe.amountMinor).toBe(25_000);
  });

  it('an agent records a conduct signal; a slow response without the agreed time is refused', async () => {
    const payload = await ok(agent, 'recordConductSignal', {
      signalId: 'CS-1',
      kind: 'DISRESPECT',
      occurredOn: daysAgo(2),
      note: 'Belittled the designer in a call',
    });
    expect(payload.events).toEqual([{ type: 'ConductSignalRecorded', summary: `Conduct signal on ${daysAgo(2)}, disrespect` }]);
    const { errors } = await run(agent, 'recordConductSignal', { signalId: 'CS-2', kind: 'SLOW_RESPONSE', occurredOn: daysAgo(1), actualHours: 96 });
    expect(errors?.[0].extensions).toMatchObject({ reason: 'CLIENT.INVALID_CONDUCT_SIGNAL' });
  });

  it('a manager sets a credit limit below what is owed: the risk model asks for a credit hold', async () => {
    await ok(manager, 'setCreditLimit', { limit: eur(50_000) });
    expect((await books()).risk.rules.map((firing) => firing.rule)).toContain('CREDIT_LIMIT_EXCEEDED');
  });

  it('while credit is held, new invoices are prepayment and scope changes are refused; released, the usual terms return', async () => {
    await ok(manager, 'placeCreditHold', { reason: 'Above the limit with a write-off this quarter' });
    const standing = await admin.data(
      `query { client(id: "${CLIENT}") { creditControl { onCreditHold creditHoldSince creditLimit { amountMinor } writtenOff { amountMinor } } } }`,
    );
    expect(standing.client.creditControl).toEqual({
      onCreditHold: true,
      creditHoldSince: daysAgo(0),
      creditLimit: { amountMinor: 50_000 },
      writtenOff: { amountMinor: 40_000 },
    });

    await ok(finance, 'issueInvoice', { invoiceId: 'INV-3', amount: eur(10_000), issuedOn: daysAgo(0) });
    const held = invoice(await books(), 'INV-3');
    expect(held.dueDate).toBe(held.issuedOn);
    const later = await run(finance, 'issueInvoice', { invoiceId: 'INV-4', amount: eur(10_000), issuedOn: daysAgo(0), dueDate: daysAgo(-30) });
    expect(later.errors?.[0].extensions).toMatchObject({ reason: 'CLIENT.PREPAYMENT_REQUIRED' });
    const scope = await run(agent, 'requestScopeChange', { scopeChangeId: 'SC-1', description: 'A new landing page' });
    expect(scope.errors?.[0].extensions).toMatchObject({ reason: 'CLIENT.CREDIT_HOLD' });
    const again = await run(manager, 'placeCreditHold', { reason: 'Twice' });
    expect(again.errors?.[0].extensions).toMatchObject({ reason: 'CLIENT.CREDIT_HOLD_ALREADY_PLACED' });

    await ok(manager, 'releaseCreditHold', {});
    const released = await admin.data(`query { client(id: "${CLIENT}") { creditControl { onCreditHold creditHoldSince } } }`);
    expect(released.client.creditControl).toEqual({ onCreditHold: false, creditHoldSince: null });
    await ok(finance, 'issueInvoice', { invoiceId: 'INV-5', amount: eur(10_000), issuedOn: daysAgo(0) });
    expect(invoice(await books(), 'INV-5').dueDate).toBe(daysAgo(-30));
  });

  it('a credit note and late interest change what is owed; agency handover and legal action are recorded once', async () => {
    const before = await books();
    await ok(finance, 'issueCreditNote', { creditNoteId: 'CN-1', invoiceId: 'INV-2', amount: eur(5_000), reason: 'One hour billed twice' });
    await ok(finance, 'chargeLateInterest', { chargeId: 'LI-1', invoiceId: 'INV-1', amount: eur(700), from: daysAgo(44), to: daysAgo(1) });
    const after = await books();
    expect(after.profitability.outstanding.amountMinor).toBe(before.profitability.outstanding.amountMinor - 5_000 + 700);
    expect(invoice(after, 'INV-2').openBalance.amountMinor).toBe(45_000);
    const revenue = await admin.data(`query { client(id: "${CLIENT}") { profitability { credited { amountMinor } lateInterest { amountMinor } } } }`);
    expect(revenue.client.profitability).toEqual({ credited: { amountMinor: 5_000 }, lateInterest: { amountMinor: 700 } });

    const overlap = await run(finance, 'chargeLateInterest', { chargeId: 'LI-2', invoiceId: 'INV-1', amount: eur(10), from: daysAgo(2), to: daysAgo(0) });
    expect(overlap.errors?.[0].extensions).toMatchObject({ reason: 'CLIENT.LATE_INTEREST_PERIOD_INVALID' });
    const late = await run(finance, 'grantSettlementDiscount', { discountId: 'D-1', invoiceId: 'INV-1', amount: eur(1_000) });
    expect(late.errors?.[0].extensions).toMatchObject({ reason: 'CLIENT.SETTLEMENT_DISCOUNT_AFTER_DUE_DATE' });

    await ok(finance, 'handOverToCollectionAgency', { handoverId: 'H-1', invoiceIds: ['INV-1'], agency: 'Cobros Norte SL' });
    const twice = await run(finance, 'handOverToCollectionAgency', { handoverId: 'H-2', invoiceIds: ['INV-1'], agency: 'Another agency' });
    expect(twice.errors?.[0].extensions).toMatchObject({ reason: 'CLIENT.ALREADY_WITH_COLLECTION_AGENCY' });
    const legal = await ok(finance, 'recordLegalAction', { legalActionId: 'L-1', invoiceIds: ['INV-1'], kind: 'PAYMENT_ORDER' });
    expect(legal.events.map((event) => event.type)).toEqual(['LegalActionRecorded']);
  });

  it('writing off the rest shows the invoice as written off, not paid', async () => {
    const owed = invoice(await books(), 'INV-1').openBalance.amountMinor;
    await ok(finance, 'writeOffInvoice', { writeOffId: 'WO-4', invoiceId: 'INV-1', amount: eur(owed), reason: 'The agency gave up' });
    const after = await books();
    expect(invoice(after, 'INV-1')).toMatchObject({ status: 'WRITTEN_OFF', openBalance: { amountMinor: 0 } });
    expect(after.collection.invoices.map((entry) => entry.invoiceId)).not.toContain('INV-1');
  });
});
