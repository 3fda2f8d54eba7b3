import { INPUT_TYPES, mutationDocument } from '../support/client-mutations';
import { createApiKey } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';

const CLIENT_QUERY = `
  query Client($id: String!, $first: Int!, $after: String) {
    client(id: $id) {
      clientId name clientSince version
      contract {
        paymentTermsDays noticePeriodDays startDate endDate currency contractedHoursPerMonth
        exitClause { text immediateExitFor }
        hourlyRate { amountMinor currency }
      }
      invoices { invoiceId amount { amountMinor currency } issuedOn dueDate description openBalance { amountMinor currency } status disputed }
      outstanding { amountMinor currency }
      promisesToPay { promiseId invoiceId amount { amountMinor } promisedDate }
      paymentPlans { planId invoiceIds instalments { instalmentNumber dueDate amount { amountMinor } } }
      counts {
        complaints openComplaints foundedComplaints unfoundedComplaints scopeChanges outOfContractScopeChanges
        excuses reminders meetingsHeld meetingsMissed meetingsClientUnprepared
        recommendationsAccepted recommendationsRejected abuseReports severeAbuseReports billableMinutes nonBillableMinutes
      }
      timeline(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { eventId type schemaVersion streamId revision position occurredAt recordedAt correlationId causationId actor onBehalfOf summary data } }
      }
    }
  }`;

/** Every mutation a CRM can send, in the order a real relationship might produce them. */
const HISTORY: ReadonlyArray<{ mutation: string; input: Record<string, unknown> }> = [
  {
    mutation: 'registerClient',
    input: {
      name: 'Globex Ltd',
      clientSince: '2025-06-01',
      contract: {
        paymentTermsDays: 30,
        exitClause: { text: 'Either party may terminate with notice; abuse ends it at once.', immediateExitFor: ['ABUSE'] },
        startDate: '2026-01-01',
        hourlyRate: { amountMinor: 12_000, currency: 'EUR' },
        currency: 'EUR',
        contractedHoursPerMonth: 40,
      },
      occurredAt: '2026-01-01T09:00:00Z',
    },
  },
  { mutation: 'amendContract', input: { paymentTermsDays: 45, reason: 'Renegotiated at the Q1 review', occurredAt: '2026-01-15T10:00:00Z' } },
  {
    mutation: 'issueInvoice',
    input: {
      invoiceId: 'INV-1',
      amount: { amountMinor: 480_000, currency: 'EUR' },
      issuedOn: '2026-02-01',
      description: 'January retainer',
      occurredAt: '2026-02-01T08:00:00Z',
    },
  },
  {
    mutation: 'issueInvoice',
    input: { invoiceId: 'INV-2', amount: { amountMinor: 240_000, currency: 'EUR' }, issuedOn: '2026-03-01', occurredAt: '2026-03-01T08:00:00Z' },
  },
  {
    mutation: 'recordPayment',
    input: {
      paymentId: 'PAY-1',
      invoiceId: 'INV-1',
      amount: { amountMinor: 200_000, currency: 'EUR' },
      paidOn: '2026-03-20',
      occurredAt: '2026-03-20T12:00:00Z',
    },
  },
  {
    mutation: 'recordReminder',
    input: { reminderId: 'REM-1', invoiceId: 'INV-1', step: 'FRIENDLY', channel: 'EMAIL', note: 'Balance still open', occurredAt: '2026-03-25T09:00:00Z' },
  },
  {
    mutation: 'recordExcuse',
    input: {
      excuseId: 'EXC-1',
      invoiceId: 'INV-1',
      category: 'PERSON_ON_HOLIDAY',
      text: 'Our accountant is on holiday',
      promisedDate: '2026-04-10',
      occurredAt: '2026-03-26T15:00:00Z',
    },
  },
  {
    mutation: 'recordPromiseToPay',
    input: {
      promiseId: 'PTP-1',
      invoiceId: 'INV-1',
      amount: { amountMinor: 280_000, currency: 'EUR' },
      promisedDate: '2026-04-10',
      occurredAt: '2026-03-26T15:05:00Z',
    },
  },
  {
    mutation: 'agreePaymentPlan',
    input: {
      planId: 'PLAN-1',
      invoiceIds: ['INV-2'],
      instalments: [
        { dueDate: '2026-05-01', amount: { amountMinor: 120_000, currency: 'EUR' } },
        { dueDate: '2026-06-01', amount: { amountMinor: 120_000, currency: 'EUR' } },
      ],
      occurredAt: '2026-04-02T11:00:00Z',
    },
  },
  {
    mutation: 'fileComplaint',
    input: {
      complaintId: 'CMP-1',
      subject: 'Report delivered late',
      text: 'The March report came two days late.',
      invoiceId: 'INV-2',
      occurredAt: '2026-04-03T10:00:00Z',
    },
  },
  {
    mutation: 'resolveComplaint',
    input: { complaintId: 'CMP-1', outcome: 'UNFOUNDED', resolution: 'Delivered on the agreed date; see the signed plan.', occurredAt: '2026-04-05T10:00:00Z' },
  },
  {
    mutation: 'requestScopeChange',
    input: { scopeChangeId: 'SC-1', description: 'Add a Spanish version of the site', estimatedMinutes: 900, occurredAt: '2026-04-06T10:00:00Z' },
  },
  {
    mutation: 'decideScopeChange',
    input: { scopeChangeId: 'SC-1', classification: 'OUT_OF_CONTRACT', billable: true, note: 'Quoted separately', occurredAt: '2026-04-07T10:00:00Z' },
  },
  {
    mutation: 'logTime',
    input: {
      timeEntryId: 'T-1',
      activity: 'DELIVERY',
      minutes: 150,
      billable: true,
      workedOn: '2026-04-08',
      scopeChangeId: 'SC-1',
      occurredAt: '2026-04-08T18:00:00Z',
    },
  },
  {
    mutation: 'logTime',
    input: { timeEntryId: 'T-2', activity: 'SUPPORT_CALL', minutes: 45, billable: false, workedOn: '2026-04-09', occurredAt: '2026-04-09T18:00:00Z' },
  },
  { mutation: 'recordMeeting', input: { meetingId: 'M-1', scheduledAt: '2026-04-10T14:00:00Z', outcome: 'MISSED', occurredAt: '2026-04-10T15:00:00Z' } },
  {
    mutation: 'recordMeeting',
    input: {
      meetingId: 'M-2',
      scheduledAt: '2026-04-14T14:00:00Z',
      outcome: 'CLIENT_UNPREPARED',
      durationMinutes: 30,
      note: 'No agenda read',
      occurredAt: '2026-04-14T15:00:00Z',
    },
  },
  {
    mutation: 'recordRecommendation',
    input: { recommendationId: 'R-1', summary: 'Move hosting to a managed plan', outcome: 'REJECTED', occurredAt: '2026-04-15T10:00:00Z' },
  },
  {
    mutation: 'reportAbuse',
    input: {
      reportId: 'AB-1',
      severity: 'MINOR',
      description: 'Shouted at the support engineer on a call',
      reportedBy: 'Dana (support)',
      occurredAt: '2026-04-16T10:00:00Z',
    },
  },
];

describe("a CRM records a client's whole history over GraphQL and reads it back", () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;
  let crmActor: string;

  beforeAll(async () => {
    dataDir = temporaryDataDir('history');
    // The story is backdated: without this, the scheduler would add aging facts and move versions.
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
    // The CRM's own key, a SERVICE one: it may name the person it acts for, which is kept beside the key.
    const crm = await createApiKey(app.graphqlUrl, 'CRM import', ['SERVICE', 'AGENT', 'FINANCE', 'MANAGER']);
    crmActor = `api-key:${crm.id}`;
    api = new GraphqlClient(app.graphqlUrl, { 'x-actor': 'crm:salesforce', 'x-correlation-id': 'import-2026-04' }, crm.secret);
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('accepts every interaction of DOMAIN.md, one mutation per command', async () => {
    expect(new Set(HISTORY.map((step) => step.mutation))).toEqual(new Set(Object.keys(INPUT_TYPES)));

    for (const [index, step] of HISTORY.entries()) {
      const data = await api.data(mutationDocument(step.mutation), { input: { clientId: 'globex', ...step.input } });
      const payload = data[step.mutation];
      expect(payload).toMatchObject({ clientId: 'globex', version: index + 1, deduplicated: false });
      expect(payload.events).toHaveLength(1);
      expect(payload.events[0]).toMatchObject({
        revision: index + 1,
        actor: crmActor,
        correlationId: 'import-2026-04',
        // DateTime answers in UTC with milliseconds, whatever form the instant was sent in.
        occurredAt: new Date(step.input.occurredAt as string).toISOString(),
      });
    }
  });

  it("answers the client's current state: contract, invoices with open balance and status, promises, plans and counts", async () => {
    const { client } = await api.data(CLIENT_QUERY, { id: 'globex', first: 5 });

    expect(client).toMatchObject({
      clientId: 'globex',
      name: 'Globex Ltd',
      clientSince: '2025-06-01',
      version: HISTORY.length,
      contract: {
        paymentTermsDays: 45,
        noticePeriodDays: 15,
        startDate: '2026-01-01',
        endDate: null,
        currency: 'EUR',
        contractedHoursPerMonth: 40,
        exitClause: { immediateExitFor: ['ABUSE'] },
        hourlyRate: { amountMinor: 12_000, currency: 'EUR' },
      },
      invoices: [
        { invoiceId: 'INV-1', dueDate: '2026-03-18', openBalance: { amountMinor: 280_000, currency: 'EUR' }, status: 'PARTIALLY_PAID', disputed: false },
        { invoiceId: 'INV-2', dueDate: '2026-04-15', openBalance: { amountMinor: 240_000, currency: 'EUR' }, status: 'OPEN', disputed: false },
      ],
      outstanding: { amountMinor: 520_000, currency: 'EUR' },
      promisesToPay: [{ promiseId: 'PTP-1', invoiceId: 'INV-1', amount: { amountMinor: 280_000 }, promisedDate: '2026-04-10' }],
      paymentPlans: [{ planId: 'PLAN-1', invoiceIds: ['INV-2'], instalments: [{ instalmentNumber: 1 }, { instalmentNumber: 2 }] }],
      counts: {
        complaints: 1,
        openComplaints: 0,
        foundedComplaints: 0,
        unfoundedComplaints: 1,
        scopeChanges: 1,
        outOfContractScopeChanges: 1,
        excuses: 1,
        reminders: 1,
        meetingsHeld: 0,
        meetingsMissed: 1,
        meetingsClientUnprepared: 1,
        recommendationsAccepted: 0,
        recommendationsRejected: 1,
        abuseReports: 1,
        severeAbuseReports: 0,
        billableMinutes: 150,
        nonBillableMinutes: 45,
      },
    });
  });

  it('pages the timeline newest first as a Relay connection, with the envelope and plain words', async () => {
    const seen: Array<Record<string, any>> = []; // any: nodes are checked field by field below
    let after: string | null = null;
    let pages = 0;
    do {
      const response: Record<string, any> = await api.data(CLIENT_QUERY, { id: 'globex', first: 7, after }); // any: response shape
      const timeline: Record<string, any> = response.client.timeline; // any: as above
      expect(timeline.totalCount).toBe(HISTORY.length);
      expect(timeline.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...timeline.edges.map((edge: { node: unknown }) => edge.node));
      after = timeline.pageInfo.hasNextPage ? timeline.pageInfo.endCursor : null;
      pages++;
    } while (after);

    expect(pages).toBe(Math.ceil(HISTORY.length / 7));
    expect(seen.map((node) => node.revision)).toEqual(HISTORY.map((_, index) => HISTORY.length - index));
    const positions = seen.map((node) => node.position);
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
    expect(new Set(seen.map((node) => node.eventId)).size).toBe(HISTORY.length);
    for (const node of seen) {
      expect(node.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(node).toMatchObject({ streamId: 'client-globex', schemaVersion: 1, actor: crmActor, onBehalfOf: 'crm:salesforce', causationId: null });
      expect(Date.parse(node.recordedAt)).not.toBeNaN();
      expect(node.data).toMatchObject({ clientId: 'globex' });
    }
    const oldest = seen[seen.length - 1];
    expect(oldest).toMatchObject({ type: 'ClientRegistered', occurredAt: '2026-01-01T09:00:00.000Z' });
    expect(oldest.summary).toBe('Globex Ltd registered as a client: 30-day payment terms, 120.00 EUR per hour, 15-day notice period');
    expect(seen.find((node) => node.type === 'PaymentRecorded')?.summary).toBe('Partial payment of 2000.00 EUR on invoice INV-1; 2800.00 EUR still open');
  });

  it('answers as of an earlier instant with what had been recorded by then, whatever came after', async () => {
    const { client: before } = await api.data(CLIENT_QUERY, { id: 'globex', first: 1 });
    const asOf = before.timeline.edges[0].node.recordedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.data(mutationDocument('logTime'), {
      input: { clientId: 'globex', timeEntryId: 'T-after', activity: 'DELIVERY', minutes: 30, billable: true, workedOn: '2026-04-20' },
    });

    const { client: then } = await api.data(
      'query($id: String!, $asOf: DateTime!) { client(id: $id, asOf: $asOf) { version asOf counts { billableMinutes } timeline(first: 2) { totalCount edges { node { revision } } } } }',
      { id: 'globex', asOf },
    );

    expect(then).toEqual({
      version: HISTORY.length,
      asOf,
      counts: { billableMinutes: 150 },
      timeline: { totalCount: HISTORY.length, edges: [{ node: { revision: HISTORY.length } }, { node: { revision: HISTORY.length - 1 } }] },
    });
  });

  it('keeps the history across a restart of the service', async () => {
    await app.stop();
    // The story is backdated: without this, the scheduler would add aging facts and move versions.
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
    api = new GraphqlClient(app.graphqlUrl);

    const { client } = await api.data(CLIENT_QUERY, { id: 'globex', first: 1 });

    expect(client.version).toBe(HISTORY.length + 1);
    expect(client.timeline.edges[0].node.type).toBe('TimeLogged');
  });
});
