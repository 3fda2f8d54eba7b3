import { mutationDocument } from '../support/client-mutations';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';

const CONTRACT = {
  paymentTermsDays: 30,
  exitClause: { text: 'Standard notice', immediateExitFor: [] },
  startDate: '2026-01-01',
  hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
  currency: 'EUR',
  contractedHoursPerMonth: 20,
};
const INVOICE = { invoiceId: 'INV-1', amount: { amountMinor: 50_000, currency: 'EUR' }, issuedOn: '2026-02-01' };

interface BadInputCase {
  readonly rule: string;
  readonly mutation: string;
  readonly input: Record<string, unknown>;
  readonly code: string;
  readonly reason: string;
  /** For edge validation: the field the error points at. */
  readonly field?: string;
  /** For a value the schema's scalar refuses: what the message must say. */
  readonly mentions?: RegExp;
}

const CASES: readonly BadInputCase[] = [
  {
    rule: 'a malformed client id',
    mutation: 'logTime',
    input: { clientId: 'has spaces', timeEntryId: 'T-1', activity: 'DELIVERY', minutes: 30, billable: true, workedOn: '2026-02-02' },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'clientId',
  },
  {
    rule: 'a negative amount',
    mutation: 'issueInvoice',
    input: { ...INVOICE, invoiceId: 'INV-9', amount: { amountMinor: -5, currency: 'EUR' } },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'amount.amountMinor',
  },
  {
    rule: 'a currency that is not ISO 4217',
    mutation: 'issueInvoice',
    input: { ...INVOICE, invoiceId: 'INV-9', amount: { amountMinor: 5, currency: 'EUX' } },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    mentions: /currency.*Currency must be an ISO 4217 currency code/,
  },
  {
    rule: 'a date that does not exist',
    mutation: 'issueInvoice',
    input: { ...INVOICE, invoiceId: 'INV-9', issuedOn: '2026-02-30' },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    mentions: /issuedOn.*Date must be a calendar date YYYY-MM-DD/,
  },
  {
    rule: 'an occurredAt without a time zone',
    mutation: 'recordRecommendation',
    input: { recommendationId: 'R-1', summary: 'x', outcome: 'ACCEPTED', occurredAt: '2026-02-02 10:00' },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    mentions: /occurredAt.*DateTime must be an ISO 8601 instant with a time zone/,
  },
  {
    rule: 'text over its length bound',
    mutation: 'fileComplaint',
    input: { complaintId: 'C-1', subject: 'x'.repeat(201), text: 'late' },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'subject',
  },
  {
    rule: 'blank text',
    mutation: 'amendContract',
    input: { paymentTermsDays: 60, reason: '   ' },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'reason',
  },
  {
    rule: 'minutes beyond one day',
    mutation: 'logTime',
    input: { timeEntryId: 'T-1', activity: 'DELIVERY', minutes: 2_000, billable: true, workedOn: '2026-02-02' },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'minutes',
  },
  {
    rule: 'a negative expected version',
    mutation: 'reportAbuse',
    input: { reportId: 'A-1', severity: 'MINOR', description: 'x', reportedBy: 'y', expectedVersion: -1 },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'expectedVersion',
  },
  {
    rule: 'a payment for an unknown invoice',
    mutation: 'recordPayment',
    input: { paymentId: 'P-1', invoiceId: 'INV-404', amount: { amountMinor: 100, currency: 'EUR' }, paidOn: '2026-02-10' },
    code: 'NOT_FOUND',
    reason: 'CLIENT.INVOICE_NOT_FOUND',
  },
  {
    rule: 'a payment above the open balance',
    mutation: 'recordPayment',
    input: { paymentId: 'P-1', invoiceId: 'INV-1', amount: { amountMinor: 50_001, currency: 'EUR' }, paidOn: '2026-02-10' },
    code: 'BAD_USER_INPUT',
    reason: 'CLIENT.PAYMENT_EXCEEDS_OPEN_BALANCE',
  },
  {
    rule: 'an invoice in another currency than the contract',
    mutation: 'issueInvoice',
    input: { ...INVOICE, invoiceId: 'INV-2', amount: { amountMinor: 100, currency: 'USD' } },
    code: 'BAD_USER_INPUT',
    reason: 'CLIENT.CURRENCY_MISMATCH',
  },
  { rule: 'a duplicate invoice id', mutation: 'issueInvoice', input: INVOICE, code: 'CONFLICT', reason: 'CLIENT.INVOICE_ALREADY_ISSUED' },
  {
    rule: 'a business time in the future',
    mutation: 'recordRecommendation',
    input: { recommendationId: 'R-1', summary: 'x', outcome: 'ACCEPTED', occurredAt: '2999-01-01T00:00:00Z' },
    code: 'BAD_USER_INPUT',
    reason: 'CLIENT.OCCURS_IN_FUTURE',
  },
  {
    rule: 'a payment plan that does not add up',
    mutation: 'agreePaymentPlan',
    input: {
      planId: 'PL-1',
      invoiceIds: ['INV-1'],
      instalments: [{ dueDate: '2026-03-01', amount: { amountMinor: 100, currency: 'EUR' } }],
      occurredAt: '2026-02-15T10:00:00Z',
    },
    code: 'BAD_USER_INPUT',
    reason: 'CLIENT.PAYMENT_PLAN_TOTAL_MISMATCH',
  },
  {
    rule: 'resolving a complaint never filed',
    mutation: 'resolveComplaint',
    input: { complaintId: 'C-404', outcome: 'FOUNDED', resolution: 'Refund' },
    code: 'NOT_FOUND',
    reason: 'CLIENT.COMPLAINT_NOT_FOUND',
  },
  {
    rule: 'a stale expected version',
    mutation: 'reportAbuse',
    input: { reportId: 'A-1', severity: 'MINOR', description: 'x', reportedBy: 'y', expectedVersion: 1 },
    code: 'CONFLICT',
    reason: 'APPLICATION.CONCURRENCY_CONFLICT',
  },
  {
    rule: 'an amount above 10^12 minor units',
    mutation: 'issueInvoice',
    input: { ...INVOICE, invoiceId: 'INV-9', amount: { amountMinor: 1_000_000_000_001, currency: 'EUR' } },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'amount.amountMinor',
  },
  {
    rule: 'the overflow reproducer (an invoice of 2^53-1)',
    mutation: 'issueInvoice',
    input: { ...INVOICE, invoiceId: 'INV-9', amount: { amountMinor: 9_007_199_254_740_991, currency: 'EUR' } },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'amount.amountMinor',
  },
  {
    rule: 'an hourly rate of 2^53-1',
    mutation: 'amendContract',
    input: { hourlyRate: { amountMinor: 9_007_199_254_740_991, currency: 'EUR' }, reason: 'Rate change' },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'hourlyRate.amountMinor',
  },
  {
    rule: 'text made only of NUL characters',
    mutation: 'fileComplaint',
    input: { complaintId: 'C-1', subject: 'Late', text: '\u0000\u0000' },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'text',
  },
  {
    rule: 'text made only of zero-width characters',
    mutation: 'recordRecommendation',
    input: { recommendationId: 'R-1', summary: '\u200b\u200d\ufeff', outcome: 'ACCEPTED' },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'summary',
  },
  {
    rule: 'text with a bidi override',
    mutation: 'reportAbuse',
    input: { reportId: 'A-1', severity: 'MINOR', description: 'Invoice \u202egnorw', reportedBy: 'Sam' },
    code: 'BAD_USER_INPUT',
    reason: 'INPUT.VALIDATION_FAILED',
    field: 'description',
  },
  {
    rule: 'a payment dated 9999-12-31',
    mutation: 'recordPayment',
    input: { paymentId: 'P-1', invoiceId: 'INV-1', amount: { amountMinor: 100, currency: 'EUR' }, paidOn: '9999-12-31' },
    code: 'BAD_USER_INPUT',
    reason: 'CLIENT.DATE_OUT_OF_RANGE',
  },
  {
    rule: 'an invoice issued in 2099',
    mutation: 'issueInvoice',
    input: { ...INVOICE, invoiceId: 'INV-9', issuedOn: '2099-01-01' },
    code: 'BAD_USER_INPUT',
    reason: 'CLIENT.DATE_OUT_OF_RANGE',
  },
  {
    rule: 'a due date more than ten years ahead',
    mutation: 'issueInvoice',
    input: { ...INVOICE, invoiceId: 'INV-9', dueDate: '2199-01-01' },
    code: 'BAD_USER_INPUT',
    reason: 'CLIENT.DATE_OUT_OF_RANGE',
  },
  {
    rule: 'a meeting held in 2099',
    mutation: 'recordMeeting',
    input: { meetingId: 'M-1', scheduledAt: '2099-01-01T10:00:00Z', outcome: 'HELD' },
    code: 'BAD_USER_INPUT',
    reason: 'CLIENT.DATE_OUT_OF_RANGE',
  },
  {
    rule: 'a business time before 1970',
    mutation: 'recordRecommendation',
    input: { recommendationId: 'R-1', summary: 'x', outcome: 'ACCEPTED', occurredAt: '0000-01-01T00:00:00Z' },
    code: 'BAD_USER_INPUT',
    reason: 'CLIENT.DATE_OUT_OF_RANGE',
  },
  {
    rule: 'time worked in 2099',
    mutation: 'logTime',
    input: { timeEntryId: 'T-1', activity: 'DELIVERY', minutes: 30, billable: true, workedOn: '2099-02-02' },
    code: 'BAD_USER_INPUT',
    reason: 'CLIENT.DATE_OUT_OF_RANGE',
  },
  {
    rule: 'anything for an unregistered client',
    mutation: 'issueInvoice',
    input: { ...INVOICE, clientId: 'nobody' },
    code: 'NOT_FOUND',
    reason: 'CLIENT.NOT_REGISTERED',
  },
];

describe('bad input gets a clear coded error and changes nothing', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  const headPosition = async (): Promise<number> => ((await (await fetch(`${app.baseUrl}/health`)).json()) as { headPosition: number }).headPosition;

  beforeAll(async () => {
    dataDir = temporaryDataDir('bad-input');
    // The story is backdated: without this, the scheduler would add aging facts and move versions.
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
    api = new GraphqlClient(app.graphqlUrl);
    await api.data(mutationDocument('registerClient'), { input: { clientId: 'acme', name: 'ACME', contract: CONTRACT } });
    await api.data(mutationDocument('issueInvoice'), { input: { clientId: 'acme', ...INVOICE } });
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it.each(CASES)('refuses $rule with $code ($reason)', async ({ mutation, input, code, reason, field, mentions }) => {
    const before = await headPosition();

    const { data, errors } = await api.request(mutationDocument(mutation), { input: { clientId: 'acme', ...input } });

    // A value the schema refuses stops the request before execution: no data at all.
    expect(data ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    const [error] = errors!; // toHaveLength(1) just held
    expect(error.extensions).toMatchObject({ code, reason });
    expect(error.message.length).toBeGreaterThan(10);
    if (field) expect(error.extensions.details?.violations).toEqual([expect.objectContaining({ field })]);
    if (mentions) expect(error.message).toMatch(mentions);
    expect(await headPosition()).toBe(before);
  });

  it('refuses an amount that is not a whole number of minor units before it reaches the service', async () => {
    const { errors } = await api.request(mutationDocument('issueInvoice'), {
      input: { clientId: 'acme', ...INVOICE, invoiceId: 'INV-3', amount: { amountMinor: 12.5, currency: 'EUR' } },
    });

    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(/SafeInt/);
  });

  it('answers NOT_FOUND for a client that does not exist', async () => {
    const { data, errors } = await api.request('{ client(id: "nobody") { name } }');

    expect(data).toEqual({ client: null });
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CLIENT.NOT_REGISTERED' });
  });

  it('refuses a date that does not exist written in the query itself as bad input, not as a broken query', async () => {
    const { errors } = await api.request('{ portfolio(from: "2026-02-30", to: "2026-04-01") { clientCount } }');

    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.VALIDATION_FAILED' });
    expect(errors?.[0].message).toMatch(/Date must be a calendar date YYYY-MM-DD/);
  });

  it('refuses an imported command whose day does not exist before anything is decided, storing nothing', async () => {
    const before = await headPosition();

    const { data, errors } = await api.request(
      `mutation Import($commands: [ClientCommandInput!]!) { importClientHistory(clientId: "acme", commands: $commands) { version } }`,
      { commands: [{ issueInvoice: { clientId: 'acme', ...INVOICE, invoiceId: 'INV-8', issuedOn: '2026-02-30' } }] },
    );

    expect(data ?? null).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.VALIDATION_FAILED' });
    expect(errors?.[0].message).toMatch(/issuedOn/);
    expect(await headPosition()).toBe(before);
  });

  it('refuses a business day that does not exist in the on argument of client, simulate and collectionWorklist', async () => {
    const answers = await Promise.all([
      api.request('{ client(id: "acme", on: "2026-13-01") { name } }'),
      api.request('{ simulate(clientId: "acme", commands: [], on: "2026-02-30") { eventCount } }'),
      api.request('{ collectionWorklist(on: "2026-02-30") { edges { cursor } } }'),
    ]);

    for (const { errors } of answers) expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.VALIDATION_FAILED' });
  });

  it('refuses a subscription sent over HTTP with BAD_REQUEST, pointing at WebSocket', async () => {
    const response = await api.http({ body: JSON.stringify({ query: 'subscription { riskChanged { clientId } }' }) });
    const { errors } = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };

    expect(response.status).toBe(400);
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'REQUEST.SUBSCRIPTION_OVER_HTTP' });
    expect(errors[0].message).toMatch(/WebSocket/);
  });

  it('refuses a timeline cursor it did not hand out', async () => {
    const { errors } = await api.request('{ client(id: "acme") { timeline(first: 5, after: "bogus") { totalCount } } }');

    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.VALIDATION_FAILED' });
  });

  it('refuses a timeline page larger than 100', async () => {
    const { errors } = await api.request('{ client(id: "acme") { timeline(first: 1000) { totalCount } } }');

    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errors?.[0].extensions.details?.violations).toEqual([expect.objectContaining({ field: 'first' })]);
  });

  it('stores a re-sent mutation once and returns the first result', async () => {
    const input = {
      clientId: 'acme',
      timeEntryId: 'T-7',
      activity: 'DELIVERY',
      minutes: 60,
      billable: true,
      workedOn: '2026-02-03',
      idempotencyKey: 'crm-retry-7',
    };
    const first = await api.data(mutationDocument('logTime'), { input });
    const before = await headPosition();

    const again = await api.data(mutationDocument('logTime'), { input });

    expect(again.logTime).toEqual({ ...first.logTime, deduplicated: true });
    expect(await headPosition()).toBe(before);
  });

  it('applies a mutation pinned to the current version', async () => {
    const { client } = await api.data('{ client(id: "acme") { version } }');

    const { reportAbuse } = await api.data(mutationDocument('reportAbuse'), {
      input: { clientId: 'acme', reportId: 'A-2', severity: 'SEVERE', description: 'Threats by email', reportedBy: 'Sam', expectedVersion: client.version },
    });

    expect(reportAbuse.version).toBe(client.version + 1);
  });

  it('stores every one of many simultaneous mutations for one client', async () => {
    const before = await headPosition();

    const results = await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        api.data(mutationDocument('logTime'), {
          input: { clientId: 'acme', timeEntryId: `T-burst-${index}`, activity: 'SUPPORT', minutes: 5, billable: false, workedOn: '2026-02-04' },
        }),
      ),
    );

    expect(new Set(results.map((result) => result.logTime.version)).size).toBe(25);
    expect(await headPosition()).toBe(before + 25);
  });
});
