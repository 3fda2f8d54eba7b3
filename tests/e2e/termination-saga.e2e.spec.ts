import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { mutationDocument } from '../support/client-mutations';
import { wsConnectionParams } from '../support/credentials';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import type { GraphqlClient } from '../support/graphql-client';
import { actingAs, clientTimeline, registerLatePayer, TERMINATION_QUERY, terminationMutation } from '../support/termination-mutations';
import { daysAgo, eventually } from '../support/time';

const today = () => daysAgo(0);
const at = (day: string) => `${day}T09:00:00Z`;

describe('termination saga over GraphQL, against the built app', () => {
  let dataDir: string;
  let app: RunningApp;
  let crm: GraphqlClient;
  let alice: GraphqlClient;
  let bob: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('termination');
    app = await startApp({ dataDir });
    crm = actingAs(app.graphqlUrl, 'crm');
    alice = actingAs(app.graphqlUrl, 'alice');
    bob = actingAs(app.graphqlUrl, 'bob');
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  const termination = async (id: string) => (await crm.data(TERMINATION_QUERY, { id })).termination;
  const step = (api: GraphqlClient, mutation: string, input: Record<string, unknown>) => api.data(terminationMutation(mutation), { input });
  const refusal = async (api: GraphqlClient, document: string, input: Record<string, unknown>) => {
    const { errors } = await api.request(document, { input });
    return errors?.[0]?.extensions;
  };

  it('runs the whole flow from proposal to offboarded, and the client tells the story in plain words', async () => {
    await registerLatePayer(crm, 'acme');
    const { client } = await crm.data('{ client(id: "acme") { risk { recommendation } termination { terminationId } } }');
    expect(client.termination).toBeNull();
    expect(typeof client.risk.recommendation).toBe('string');

    await step(alice, 'proposeTermination', {
      terminationId: 'T-ACME',
      clientId: 'acme',
      reason: 'NON_PAYMENT',
      explanation: 'EUR 1,000 unpaid for 70 days after three reminders',
    });
    expect(await refusal(alice, terminationMutation('approveTermination'), { terminationId: 'T-ACME' })).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'TERMINATION.SELF_APPROVAL',
    });
    await step(bob, 'approveTermination', { terminationId: 'T-ACME', note: 'Agreed: no payment in sight' });
    expect(await refusal(bob, terminationMutation('approveTermination'), { terminationId: 'T-ACME' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'TERMINATION.ALREADY_DECIDED',
    });

    // Evaluated and served 20 days ago: the 15-day notice took effect 5 days ago.
    await step(bob, 'evaluateTerminationContract', { terminationId: 'T-ACME', occurredAt: at(daysAgo(20)) });
    await step(bob, 'serveTerminationNotice', { terminationId: 'T-ACME', channel: 'EMAIL', servedOn: daysAgo(20), occurredAt: at(daysAgo(20)) });
    await step(bob, 'confirmOwedDeliverables', {
      terminationId: 'T-ACME',
      deliverables: [{ deliverableId: 'D-1', description: 'Final campaign report', dueOn: daysAgo(10) }],
      occurredAt: at(daysAgo(19)),
    });

    // The scheduler raises what passed unmet: the deliverable, and the notice taking effect with wind-down open.
    await eventually(async () => (await termination('T-ACME')).escalations.length >= 4, 'escalations for the deadlines that passed');
    const escalated = await termination('T-ACME');
    expect(escalated.escalations.map((item: { kind: string }) => item.kind).sort()).toEqual([
      'DELIVERABLE_OVERDUE',
      'SETTLEMENT_OVERDUE',
      'TRANSITION_PLAN_OVERDUE',
      'WIND_DOWN_INCOMPLETE',
    ]);
    expect(escalated).toMatchObject({
      status: 'NOTICE_SERVED',
      noticePeriodElapsed: true,
      contract: { noticePeriodDays: 15, endDate: daysAgo(5), basis: 'NOTICE_PERIOD' },
      notice: { channel: 'EMAIL', servedOn: daysAgo(20), effectiveDate: daysAgo(5) },
    });
    expect(escalated.waitingFor).toContain('the final invoice');

    await step(bob, 'completeOwedDeliverable', { terminationId: 'T-ACME', deliverableId: 'D-1', completedOn: today() });
    await step(bob, 'issueFinalInvoice', {
      terminationId: 'T-ACME',
      invoiceId: 'INV-FINAL',
      amount: { amountMinor: 20_000, currency: 'EUR' },
      issuedOn: today(),
    });
    await step(bob, 'decideNewWork', { terminationId: 'T-ACME', policy: 'REFUSED' });
    await eventually(async () => (await clientTimeline(crm, 'acme')).some((node) => node.type === 'NewWorkRefused'), 'new work refused on the client');

    // Refused while the termination runs: a new scope change.
    expect(
      await refusal(crm, mutationDocument('requestScopeChange'), { clientId: 'acme', scopeChangeId: 'SC-9', description: 'One more landing page' }),
    ).toMatchObject({ code: 'CONFLICT', reason: 'CLIENT.NEW_WORK_REFUSED' });

    // The final invoice is paid, the old one is not worth chasing: written off by the cost-of-recovery rule.
    await crm.data(mutationDocument('recordPayment'), {
      input: { clientId: 'acme', paymentId: 'P-FINAL', invoiceId: 'INV-FINAL', amount: { amountMinor: 20_000, currency: 'EUR' }, paidOn: today() },
    });
    expect(await refusal(bob, terminationMutation('recordSettlement'), { terminationId: 'T-ACME', outcome: 'PAID' })).toMatchObject({
      reason: 'TERMINATION.BALANCE_STILL_OPEN',
    });
    expect(
      await refusal(bob, terminationMutation('recordSettlement'), {
        terminationId: 'T-ACME',
        outcome: 'SENT_TO_COLLECTION',
        expectedRecoveryMinor: 30_000,
        recoveryCostMinor: 80_000,
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TERMINATION.COST_OF_RECOVERY_RULE' });
    await step(bob, 'recordSettlement', {
      terminationId: 'T-ACME',
      outcome: 'WRITTEN_OFF',
      expectedRecoveryMinor: 30_000,
      recoveryCostMinor: 80_000,
      note: 'A lawyer costs more than we would recover',
    });

    expect(await refusal(bob, terminationMutation('completeOffboarding'), { terminationId: 'T-ACME' })).toMatchObject({
      reason: 'TERMINATION.TRANSITION_PLAN_MISSING',
    });
    await step(bob, 'deliverTransitionPlan', {
      terminationId: 'T-ACME',
      summary: 'Files, credentials and open tickets handed over',
      deliveredOn: today(),
      handoverTo: 'Globex Agency',
    });
    const done = await step(bob, 'completeOffboarding', { terminationId: 'T-ACME' });
    expect(done.completeOffboarding.termination.status).toBe('OFFBOARDED');
    await eventually(async () => (await clientTimeline(crm, 'acme')).some((node) => node.type === 'ClientOffboarded'), 'the client offboarded');

    // Offboarded: a new invoice is refused with its code; the old invoice left the books with the settlement.
    expect(
      await refusal(crm, mutationDocument('issueInvoice'), {
        clientId: 'acme',
        invoiceId: 'INV-NEW',
        amount: { amountMinor: 5_000, currency: 'EUR' },
        issuedOn: today(),
      }),
    ).toMatchObject({ code: 'CONFLICT', reason: 'CLIENT.OFFBOARDED' });
    expect(
      await refusal(crm, mutationDocument('recordPayment'), {
        clientId: 'acme',
        paymentId: 'P-LATE',
        invoiceId: 'INV-1',
        amount: { amountMinor: 40_000, currency: 'EUR' },
        paidOn: today(),
      }),
    ).toMatchObject({ reason: 'CLIENT.INVOICE_ALREADY_PAID' });

    // The scheduler's aging and ladder facts aside, the client's own timeline tells the ending; the
    // termination's opening and closing on the client (ordered by the API and the process in parallel) apart.
    const timeline = await clientTimeline(crm, 'acme');
    expect(timeline.filter((node) => ['TerminationOpened', 'TerminationClosed'].includes(node.type)).map((node) => node.summary)).toEqual([
      'Termination T-ACME proposed: no other termination can start until it ends',
      'Termination T-ACME ended (offboarded): another may be proposed',
    ]);
    const story = timeline.filter((node) => node.actor !== 'scheduler' && !node.type.startsWith('Termination')).map((node) => node.summary);
    expect(story).toEqual([
      expect.stringMatching(/^acme Ltd registered as a client/),
      expect.stringMatching(/^Invoice INV-1 issued for 1000.00 EUR/),
      `Notice of termination served by email on ${daysAgo(20)}, effective ${daysAgo(5)} (termination T-ACME, non payment)`,
      expect.stringMatching(/^Invoice INV-FINAL issued for 200.00 EUR/),
      'New work refused while termination T-ACME is under way: no new scope changes',
      'Invoice INV-FINAL paid in full (200.00 EUR)',
      '1000.00 EUR of invoice INV-1 written off (settlement of termination T-ACME): A lawyer costs more than we would recover; 0.00 EUR still open',
      `Client offboarded on ${today()} (termination T-ACME): no new invoices or scope changes; payments on earlier invoices are still accepted`,
    ]);

    const history = (await termination('T-ACME')).history.map((entry: { summary: string }) => entry.summary);
    for (const line of [
      /^Termination proposed by alice for non payment: EUR 1,000 unpaid for 70 days after three reminders \(risk \d+/,
      /^Approved by bob: Agreed: no payment in sight$/,
      new RegExp(`^Contract evaluated: 15 days' notice; the relationship ends ${daysAgo(5)} \\(notice period\\)$`),
      new RegExp(`^Notice served by email on ${daysAgo(20)}, effective ${daysAgo(5)}$`),
      /^Escalation \(deliverable overdue\): Deliverable D-1/,
      /^Escalation \(settlement overdue\)/,
      /^Settled: 1000.00 EUR written off by bob/,
      /^Transition plan delivered on .* \(handover to Globex Agency\)/,
      new RegExp(`^Client offboarded on ${today()} by bob$`),
    ])
      expect(history).toContainEqual(expect.stringMatching(line));

    const { terminations } = await crm.data('{ terminations(status: OFFBOARDED, first: 10) { totalCount edges { node { terminationId clientId } } } }');
    expect(terminations.edges.map((edge: { node: { terminationId: string } }) => edge.node.terminationId)).toContain('T-ACME');
    const linked = await crm.data('{ client(id: "acme") { termination { terminationId status } } }');
    expect(linked.client.termination).toEqual({ terminationId: 'T-ACME', status: 'OFFBOARDED' });
  }, 60_000);

  it('refuses offboarding before the notice period ends, and cancel withdraws the notice and lifts the restriction', async () => {
    await registerLatePayer(crm, 'globex');
    await step(alice, 'proposeTermination', {
      terminationId: 'T-GLOBEX',
      clientId: 'globex',
      reason: 'TIME_WASTE',
      explanation: 'Missed five meetings in a row',
    });
    expect(
      await refusal(alice, terminationMutation('proposeTermination'), {
        terminationId: 'T-GLOBEX-2',
        clientId: 'globex',
        reason: 'OTHER',
        explanation: 'Again',
      }),
    ).toMatchObject({ code: 'CONFLICT', reason: 'TERMINATION.ACTIVE_TERMINATION_EXISTS' });
    expect(await refusal(bob, terminationMutation('serveTerminationNotice'), { terminationId: 'T-GLOBEX', channel: 'EMAIL', servedOn: today() })).toMatchObject(
      {
        reason: 'TERMINATION.NOT_APPROVED',
      },
    );
    expect(await refusal(bob, terminationMutation('serveTerminationNotice'), { terminationId: 'T-GLOBEX', channel: 'FAX', servedOn: 'soon' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await step(bob, 'approveTermination', { terminationId: 'T-GLOBEX' });
    await step(bob, 'evaluateTerminationContract', { terminationId: 'T-GLOBEX' });
    await step(bob, 'serveTerminationNotice', { terminationId: 'T-GLOBEX', channel: 'MEETING', servedOn: today() });
    await step(bob, 'decideNewWork', { terminationId: 'T-GLOBEX', policy: 'PREPAYMENT' });
    expect(await refusal(bob, terminationMutation('completeOffboarding'), { terminationId: 'T-GLOBEX' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'TERMINATION.NOTICE_PERIOD_NOT_ELAPSED',
    });
    await eventually(async () => (await clientTimeline(crm, 'globex')).some((node) => node.type === 'WorkMovedToPrepayment'), 'work moved to prepayment');

    const ws = createClient({ url: app.graphqlUrl.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false, connectionParams: wsConnectionParams() });
    const progressed: { status: string; eventTypes: string[] }[] = [];
    const finished = new Promise<void>((resolve, reject) => {
      ws.subscribe<{ terminationProgressed: { status: string; eventTypes: string[] } }>(
        { query: 'subscription { terminationProgressed(terminationId: "T-GLOBEX") { status eventTypes } }' },
        {
          next: (message) => {
            progressed.push(message.data!.terminationProgressed); // a next message always carries data
            if (message.data!.terminationProgressed.status === 'CANCELLED') resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    // graphql-ws does not acknowledge a subscription: give the server a moment to register it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await step(bob, 'cancelTermination', { terminationId: 'T-GLOBEX', reason: 'NEW_AGREEMENT_SIGNED', note: 'New agreement: prepaid monthly retainer' });
    await finished;
    await ws.dispose();
    expect(progressed[progressed.length - 1].eventTypes).toEqual(['TerminationCancelled', 'NoticeWithdrawn', 'ClientActionRequested', 'ClientActionRequested']);

    await eventually(async () => (await clientTimeline(crm, 'globex')).some((node) => node.type === 'NewWorkRestrictionLifted'), 'the restriction lifted');
    const types = (await clientTimeline(crm, 'globex')).map((node) => node.type).filter((type) => !['InvoiceAged', 'CollectionStepFellDue'].includes(type));
    expect(types.filter((type) => !type.startsWith('Termination'))).toEqual([
      'ClientRegistered',
      'InvoiceIssued',
      'NoticeOfTerminationServed',
      'WorkMovedToPrepayment',
      'NoticeOfTerminationWithdrawn',
      'NewWorkRestrictionLifted',
    ]);
    expect(types.filter((type) => type.startsWith('Termination'))).toEqual(['TerminationOpened', 'TerminationClosed']);
    expect(await refusal(bob, terminationMutation('completeOffboarding'), { terminationId: 'T-GLOBEX' })).toMatchObject({ reason: 'TERMINATION.CANCELLED' });
    expect((await termination('T-GLOBEX')).status).toBe('CANCELLED');
  }, 60_000);

  it('abuse under a clause allowing it skips to immediate notice; retries with an idempotency key store nothing twice', async () => {
    await crm.data(mutationDocument('registerClient'), {
      input: {
        clientId: 'hooli',
        name: 'Hooli',
        contract: {
          paymentTermsDays: 30,
          exitClause: { text: 'Immediate exit for abuse of our staff', immediateExitFor: ['ABUSE'] },
          startDate: daysAgo(300),
          hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
          currency: 'EUR',
          contractedHoursPerMonth: 10,
        },
        occurredAt: at(daysAgo(300)),
      },
    });
    const propose = { terminationId: 'T-HOOLI', clientId: 'hooli', reason: 'ABUSE', explanation: 'Threatened our designer', idempotencyKey: 'crm-req-1' };
    const first = await step(alice, 'proposeTermination', propose);
    const retried = await step(alice, 'proposeTermination', propose);
    expect(retried.proposeTermination).toMatchObject({ deduplicated: true, version: first.proposeTermination.version });
    expect(await refusal(bob, terminationMutation('approveTermination'), { terminationId: 'T-HOOLI', expectedVersion: 7 })).toMatchObject({
      code: 'CONFLICT',
      reason: 'APPLICATION.CONCURRENCY_CONFLICT',
    });
    await step(bob, 'approveTermination', { terminationId: 'T-HOOLI', expectedVersion: 1 });

    const evaluated = await step(bob, 'evaluateTerminationContract', { terminationId: 'T-HOOLI', immediateNoticeChannel: 'LETTER' });
    expect(evaluated.evaluateTerminationContract.eventTypes).toEqual(['ContractEvaluated', 'NoticeServed', 'ClientActionRequested']);
    expect(await termination('T-HOOLI')).toMatchObject({
      status: 'NOTICE_SERVED',
      contract: { basis: 'IMMEDIATE_FOR_CAUSE', endDate: today() },
      notice: { channel: 'LETTER', servedOn: today(), effectiveDate: today() },
    });
    await eventually(async () => (await clientTimeline(crm, 'hooli')).some((node) => node.type === 'NoticeOfTerminationServed'), 'the client told');
    const types = (await termination('T-HOOLI')).history.map((entry: { type: string }) => entry.type);
    expect(types.filter((type: string) => type === 'TerminationProposed')).toHaveLength(1);
    // Effective today with nothing wound down yet: the scheduler escalates at once rather than wait silently.
    await eventually(async () => (await termination('T-HOOLI')).escalations.some((item: { kind: string }) => item.kind === 'SETTLEMENT_OVERDUE'), 'escalated');
  }, 60_000);
});
