import { mutationDocument } from '../support/client-mutations';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import type { GraphqlClient } from '../support/graphql-client';
import { actingAs, clientTimeline, registerLatePayer, TERMINATION_QUERY, terminationMutation } from '../support/termination-mutations';
import { daysAgo, eventually } from '../support/time';

const today = () => daysAgo(0);
const at = (day: string) => `${day}T09:00:00Z`;

/** The client-side effects the saga asks for; each must be applied exactly once. */
const EFFECTS = ['NoticeOfTerminationServed', 'NewWorkRefused', 'ClientOffboarded'];

describe('the termination saga survives SIGKILL at any step and applies each client effect once', () => {
  let dataDir: string;
  let app: RunningApp;
  let bob: GraphqlClient;
  let alice: GraphqlClient;

  const start = async (env: Record<string, string> = {}) => {
    app = await startApp({ dataDir, env });
    alice = actingAs(app.graphqlUrl, 'alice');
    bob = actingAs(app.graphqlUrl, 'bob');
  };
  const crashAndRestart = async (env: Record<string, string> = {}) => {
    await app.kill('SIGKILL');
    await start(env);
  };
  const step = (api: GraphqlClient, mutation: string, input: Record<string, unknown>) => api.data(terminationMutation(mutation), { input });
  const termination = async () => (await bob.data(TERMINATION_QUERY, { id: 'T-INI' })).termination;
  const effects = async () =>
    (await clientTimeline(bob, 'initech')).filter((node) => EFFECTS.includes(node.type) || node.summary.startsWith('Invoice INV-FINAL issued'));
  /** The process manager has followed the whole log: every dispatch it owed is done. */
  const settled = () =>
    eventually(async () => {
      const health = (await (await fetch(`${app.baseUrl}/health`)).json()) as { projectionLag: { terminations: number } };
      return health.projectionLag.terminations === 0;
    }, 'the termination process caught up with the log');

  beforeAll(() => {
    dataDir = temporaryDataDir('termination-crash');
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('completes correctly across crashes right after approval, after notice, between append and dispatch, and after offboarding', async () => {
    await start();
    await registerLatePayer(bob, 'initech');
    await step(alice, 'proposeTermination', { terminationId: 'T-INI', clientId: 'initech', reason: 'NON_PAYMENT', explanation: 'Nothing paid in 70 days' });
    await step(bob, 'approveTermination', { terminationId: 'T-INI' });

    await crashAndRestart(); // right after approval
    expect((await termination()).status).toBe('APPROVED');
    await step(bob, 'evaluateTerminationContract', { terminationId: 'T-INI', occurredAt: at(daysAgo(20)) });
    await step(bob, 'serveTerminationNotice', { terminationId: 'T-INI', channel: 'LETTER', servedOn: daysAgo(20), occurredAt: at(daysAgo(20)) });

    // Right after notice, while the dispatch of the notice to the client may or may not have happened.
    await crashAndRestart({ ROLES: 'api,projector,scheduler' });
    // Without the saga role, requests are stored and wait: the crash window between append and dispatch.
    await step(bob, 'confirmOwedDeliverables', { terminationId: 'T-INI', deliverables: [] });
    await step(bob, 'issueFinalInvoice', {
      terminationId: 'T-INI',
      invoiceId: 'INV-FINAL',
      amount: { amountMinor: 30_000, currency: 'EUR' },
      issuedOn: today(),
    });
    await step(bob, 'decideNewWork', { terminationId: 'T-INI', policy: 'REFUSED' });
    expect((await effects()).map((node) => node.type)).not.toContain('NewWorkRefused');

    await crashAndRestart();
    await eventually(async () => (await effects()).length === 3, 'notice, final invoice and new work refused dispatched after the restart');
    await settled();

    await crashAndRestart();
    await bob.data(mutationDocument('recordPayment'), {
      input: { clientId: 'initech', paymentId: 'P-1', invoiceId: 'INV-1', amount: { amountMinor: 100_000, currency: 'EUR' }, paidOn: today() },
    });
    await bob.data(mutationDocument('recordPayment'), {
      input: { clientId: 'initech', paymentId: 'P-2', invoiceId: 'INV-FINAL', amount: { amountMinor: 30_000, currency: 'EUR' }, paidOn: today() },
    });
    // Killed before the payments may have been fed in: after the restart the balance settles the termination.
    await crashAndRestart();
    await eventually(async () => (await termination()).settlement?.outcome === 'PAID', 'the payment that cleared the balance settled it');

    await step(bob, 'deliverTransitionPlan', { terminationId: 'T-INI', summary: 'Handover to the in-house team', deliveredOn: today() });
    await step(bob, 'completeOffboarding', { terminationId: 'T-INI' });
    await crashAndRestart(); // right after offboarding, maybe before the client heard of it
    await eventually(async () => (await effects()).some((node) => node.type === 'ClientOffboarded'), 'the client offboarded after the restart');
    await settled();

    await crashAndRestart(); // once more, with nothing left to do: nothing may happen twice
    await settled();
    const applied = (await effects()).map((node) => node.type);
    expect(applied).toEqual(['NoticeOfTerminationServed', 'InvoiceIssued', 'NewWorkRefused', 'ClientOffboarded']);
    const history = (await termination()).history.map((entry: { type: string }) => entry.type);
    expect(history.filter((type: string) => type === 'SettlementRecorded')).toHaveLength(1);
    expect(history.filter((type: string) => type === 'NoticePeriodElapsed')).toHaveLength(1);
    expect((await termination()).status).toBe('OFFBOARDED');
  }, 120_000);
});
