import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { mutationDocument } from '../support/client-mutations';
import { createApiKey, E2E_ADMIN_API_KEY } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { daysAgo, eventually } from '../support/time';

const at = (day: string) => `${day}T10:00:00Z`;
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const CLIENT = 'worklist-e2e';

const WORKLIST = `
  query Worklist($clientId: String, $locale: DraftLocale) {
    collectionWorklist(first: 10, filter: { clientId: $clientId }) {
      edges {
        cursor
        node {
          entryId clientName action step holdReason creditLimit { amountMinor currency } invoiceId dueOn daysPastDue channel contact askForDate riskScore priority
          invoices { invoiceId dueDate openBalance { amountMinor currency } }
          total { amountMinor currency }
          draft(locale: $locale) { kind locale subject body }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }`;

describe('a collector works the daily worklist over GraphQL', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  const run = (mutation: string, input: Record<string, unknown>) => api.data(mutationDocument(mutation), { input: { clientId: CLIENT, ...input } });
  const totalCount = async () => (await api.data(WORKLIST, { clientId: CLIENT })).collectionWorklist.totalCount;
  const entries = async (client: GraphqlClient = api, locale?: string) =>
    (await client.data(WORKLIST, { clientId: CLIENT, locale })).collectionWorklist.edges.map((edge: { node: Record<string, any> }) => edge.node); // any: response shape

  beforeAll(async () => {
    dataDir = temporaryDataDir('worklist');
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
    api = new GraphqlClient(app.graphqlUrl);
    await run('registerClient', {
      name: 'Worklist SL',
      contract: {
        paymentTermsDays: 30,
        exitClause: { text: 'Either party may end with notice', immediateExitFor: [] },
        startDate: daysAgo(200),
        hourlyRate: eur(10_000),
        currency: 'EUR',
        contractedHoursPerMonth: 20,
      },
      occurredAt: at(daysAgo(200)),
    });
    // INV-1 is 20 days past due, INV-2 5 days.
    await run('issueInvoice', { invoiceId: 'INV-1', amount: eur(120_000), issuedOn: daysAgo(50), occurredAt: at(daysAgo(50)) });
    await run('issueInvoice', { invoiceId: 'INV-2', amount: eur(30_000), issuedOn: daysAgo(35), occurredAt: at(daysAgo(35)) });
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('lists the friendly reminder first, with the invoices past due and a draft in the language Accept-Language asks for', async () => {
    const spanish = new GraphqlClient(app.graphqlUrl, { 'x-actor': 'crm-e2e', 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' }, E2E_ADMIN_API_KEY);
    await eventually(async () => (await entries()).length === 1, 'the worklist lists the client');

    const [entry] = await entries(spanish);

    expect(entry).toMatchObject({
      entryId: `${CLIENT}/INV-1/FRIENDLY`,
      clientName: 'Worklist SL',
      action: 'FRIENDLY_REMINDER',
      step: 'FRIENDLY',
      dueOn: daysAgo(19),
      channel: 'EMAIL',
      contact: 'ACCOUNTS_PAYABLE',
      invoices: [
        { invoiceId: 'INV-1', dueDate: daysAgo(20), openBalance: eur(120_000) },
        { invoiceId: 'INV-2', dueDate: daysAgo(5), openBalance: eur(30_000) },
      ],
      total: eur(150_000),
    });
    expect(entry.draft).toMatchObject({ kind: 'FRIENDLY_REMINDER', locale: 'ES', subject: 'Un recordatorio amable' });
    expect(entry.draft.body).toContain('Hola, Worklist SL:');
    expect(entry.draft.body).toContain('siguen pendientes 2 facturas por 1500,00\u00a0€');
    expect((await entries(spanish, 'EN'))[0].draft.subject).toBe('A friendly reminder from us');
    expect(await totalCount()).toBe(1);
  });

  it('recording the reminder takes the action off the list; the firm reminder follows', async () => {
    await run('recordReminder', { reminderId: 'R-1', invoiceId: 'INV-1', step: 'FRIENDLY', channel: 'EMAIL' });

    await eventually(async () => (await entries())[0]?.action === 'FIRM_REMINDER', 'the firm reminder replaces the friendly one');
    expect((await entries()).map((entry: { entryId: string }) => entry.entryId)).toEqual([`${CLIENT}/INV-1/FIRM`]);
  });

  it('a credit limit below what is owed lists the credit hold with its notice; a manager placing the hold takes it off', async () => {
    await run('setCreditLimit', { limit: eur(100_000) });

    await eventually(async () => (await entries()).length === 2, 'the credit hold joins the firm reminder');
    const hold = (await entries(api, 'EN')).find((entry: { action: string }) => entry.action === 'PLACE_CREDIT_HOLD');
    expect(hold).toMatchObject({
      entryId: `${CLIENT}/PLACE_CREDIT_HOLD`,
      step: null,
      holdReason: 'CREDIT_LIMIT_EXCEEDED',
      creditLimit: eur(100_000),
      invoiceId: 'INV-1',
      total: eur(150_000),
      channel: 'EMAIL',
    });
    expect(hold.draft).toMatchObject({ kind: 'CREDIT_HOLD_NOTICE', locale: 'EN', subject: 'New work on prepayment: Worklist SL' });
    expect(hold.draft.body).toContain('is now above the credit limit we agreed of €1,000.00');
    const spanish = (await entries(api, 'ES')).find((entry: { action: string }) => entry.action === 'PLACE_CREDIT_HOLD');
    expect(spanish.draft.body).toContain('los nuevos trabajos se realizarán con pago por adelantado');
    expect(await totalCount()).toBe(2);

    const manager = api.as((await createApiKey(app.graphqlUrl, 'worklist manager', ['MANAGER'])).secret);
    await manager.data(mutationDocument('placeCreditHold'), { input: { clientId: CLIENT, reason: 'Above the credit limit' } });

    await eventually(async () => (await entries()).length === 1, 'placing the hold takes it off the list');
    expect((await entries()).map((entry: { action: string }) => entry.action)).toEqual(['FIRM_REMINDER']);
  });

  it('drafts the termination notice in Spanish and English', async () => {
    const { es, en } = await api.data(
      `query Drafts($clientId: String!) {
        es: draft(clientId: $clientId, kind: TERMINATION_NOTICE, locale: ES) { kind locale subject body }
        en: draft(clientId: $clientId, kind: TERMINATION_NOTICE, locale: EN) { subject body }
      }`,
      { clientId: CLIENT },
    );

    expect(es).toMatchObject({ kind: 'TERMINATION_NOTICE', locale: 'ES', subject: 'Notificación de resolución de nuestro contrato' });
    expect(es.body).toContain('siguen impagadas 2 facturas por 1500,00\u00a0€.');
    expect(en.subject).toBe('Notice of termination of our contract');
    expect(en.body).toContain('2 invoices for €1,500.00 remain unpaid.');
  });

  it('proposes a plan that agreePaymentPlan accepts as it is; the plan takes the client off the list', async () => {
    const { proposePaymentPlan: plan } = await api.data(
      `query Plan($clientId: String!) {
        proposePaymentPlan(clientId: $clientId, invoiceIds: ["INV-2", "INV-1"]) {
          invoiceIds openBalance { amountMinor } interest interestAmount { amountMinor }
          instalments { instalmentNumber dueDate amount { amountMinor currency } }
          limits { maxLengthDays maxInstalments minFirstInstalmentPercent }
        }
      }`,
      { clientId: CLIENT },
    );
    expect(plan.invoiceIds).toEqual(['INV-1', 'INV-2']);
    expect(plan.openBalance.amountMinor).toBe(150_000);
    expect(plan.instalments.reduce((sum: number, instalment: { amount: { amountMinor: number } }) => sum + instalment.amount.amountMinor, 0)).toBe(150_000);

    await run('agreePaymentPlan', {
      planId: 'PLAN-1',
      invoiceIds: plan.invoiceIds,
      instalments: plan.instalments.map(({ dueDate, amount }: { dueDate: string; amount: unknown }) => ({ dueDate, amount })),
    });

    await eventually(async () => (await entries()).length === 0, 'a plan pauses the ladder until its first instalment');
  });

  it('refuses a plan over an invoice the client does not have, with a stable code', async () => {
    const { errors } = await api.request('{ proposePaymentPlan(clientId: "worklist-e2e", invoiceIds: ["NOPE"]) { invoiceIds } }');

    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CLIENT.INVOICE_NOT_FOUND' });
  });

  it('answers a draft or a plan for a client never registered with the one unknown-client code', async () => {
    const draft = await api.request('{ draft(clientId: "never-registered", kind: FRIENDLY_REMINDER) { subject } }');
    const plan = await api.request('{ proposePaymentPlan(clientId: "never-registered", invoiceIds: ["INV-1"]) { invoiceIds } }');

    expect(draft.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CLIENT.NOT_REGISTERED' });
    expect(plan.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CLIENT.NOT_REGISTERED' });
  });

  it('an invoice written off in full leaves the list', async () => {
    const other = 'worklist-e2e-written-off';
    const runFor = (mutation: string, input: Record<string, unknown>) => api.data(mutationDocument(mutation), { input: { clientId: other, ...input } });
    const listed = async () => (await api.data(WORKLIST, { clientId: other })).collectionWorklist;
    await runFor('registerClient', {
      name: 'Gone SL',
      contract: {
        paymentTermsDays: 30,
        exitClause: { text: 'Either party may end with notice', immediateExitFor: [] },
        startDate: daysAgo(200),
        hourlyRate: eur(10_000),
        currency: 'EUR',
        contractedHoursPerMonth: 20,
      },
      occurredAt: at(daysAgo(200)),
    });
    await runFor('issueInvoice', { invoiceId: 'INV-9', amount: eur(40_000), issuedOn: daysAgo(50), occurredAt: at(daysAgo(50)) });
    await eventually(async () => (await listed()).totalCount === 1, 'the overdue invoice is listed');

    await runFor('writeOffInvoice', { writeOffId: 'WO-9', invoiceId: 'INV-9', amount: eur(40_000), reason: 'Not worth a court case' });

    await eventually(async () => (await listed()).totalCount === 0, 'the written-off invoice leaves the list');
    expect((await listed()).edges).toEqual([]);
  });
});
