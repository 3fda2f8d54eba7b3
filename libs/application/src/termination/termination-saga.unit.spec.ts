import { FixedClock, InMemoryEventStore, InMemoryTerminationStore, InMemoryTimerStore, UuidV7Generator } from '@client-lifecycle/adapters';
import {
  CancellationReason,
  ClientErrorCode,
  NewWorkPolicy,
  NoticeChannel,
  SettlementOutcome,
  TerminationErrorCode,
  TerminationReason,
  TerminationStatus,
} from '@client-lifecycle/domain';
import type { TerminationRecord, TerminationStore } from '@client-lifecycle/ports';
import { ClientCommandHandler, type CommandContext, type UnstampedClientCommand } from '../client/client-command.handler';
import { ClientQueries } from '../client/client.queries';
import { ClientInsightQueries } from '../insight/client-insight.queries';
import { Scheduler } from '../scheduling/scheduler';
import { ClientNotFoundError, CommandRefusedError } from '../shared';
import { TerminationCommandHandler } from './termination-command.handler';
import { TerminationDeadlines } from './termination.deadlines';
import { TerminationProcessManager, type TerminationProgressed } from './termination.process-manager';
import { TerminationQueries } from './termination.queries';
import { TerminationService } from './termination.service';

const DAY_MS = 86_400_000;
const alice: CommandContext = { actor: 'alice' };
const bob: CommandContext = { actor: 'bob' };

const register: UnstampedClientCommand = {
  type: 'RegisterClient',
  data: {
    clientId: 'acme',
    name: 'ACME',
    contract: {
      paymentTermsDays: 30,
      exitClause: { text: 'Either party may end with notice', immediateExitFor: [] },
      startDate: '2025-01-01',
      hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
      currency: 'EUR',
      contractedHoursPerMonth: 10,
    },
  },
  occurredAt: '2025-01-01T09:00:00Z',
};

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

/** The whole service in memory: event log, both handlers, the process manager, the scheduler. */
const harness = (store: TerminationStore = new InMemoryTerminationStore()) => {
  const clock = new FixedClock(new Date('2026-03-01T10:00:00.000Z'));
  const events = new InMemoryEventStore(clock);
  const ids = new UuidV7Generator();
  const clients = new ClientCommandHandler(events, clock, ids);
  const terminations = new TerminationCommandHandler(events, clock, ids);
  const progress: TerminationProgressed[] = [];
  const processManager = (on: TerminationStore = store) =>
    new TerminationProcessManager(events, on, terminations, clients, { onProgress: (item) => progress.push(item) });
  const service = new TerminationService(terminations, events, new ClientQueries(events), new ClientInsightQueries(events, clock), store, clients);
  const scheduler = new Scheduler(events, new InMemoryTimerStore(), clients, clock, { deadlines: new TerminationDeadlines(terminations) });
  const clientTypes = async () => (await events.readStream('client-acme')).map((event) => event.type);
  const terminationTypes = async (id = 'T-1') => (await events.readStream(`termination-${id}`)).map((event) => event.type);
  return {
    clock,
    events,
    clients,
    terminations,
    processManager,
    service,
    scheduler,
    store,
    progress,
    clientTypes,
    terminationTypes,
    queries: new TerminationQueries(events, store, clock),
  };
};

type Harness = ReturnType<typeof harness>;

const withClient = async (h: Harness) => {
  await h.clients.handle(register, { actor: 'crm' });
  await h.clients.handle(
    { type: 'IssueInvoice', data: { clientId: 'acme', invoiceId: 'INV-1', amount: eur(100_000), issuedOn: '2026-01-10' }, occurredAt: '2026-01-10T09:00:00Z' },
    { actor: 'crm' },
  );
};

const throughNotice = async (h: Harness) => {
  await withClient(h);
  await h.service.propose({ terminationId: 'T-1', clientId: 'acme', reason: TerminationReason.NonPayment, explanation: 'Unpaid for weeks' }, alice);
  await h.service.approve({ terminationId: 'T-1' }, bob);
  await h.service.evaluateContract({ terminationId: 'T-1' }, bob);
  await h.service.serveNotice({ terminationId: 'T-1', channel: NoticeChannel.Email, servedOn: '2026-03-01' }, bob);
};

describe('termination saga: the process manager over real (in-memory) stores', () => {
  it('runs the whole flow from proposal to offboarded, with each client effect applied once', async () => {
    const h = harness();
    const pm = h.processManager();
    await throughNotice(h);
    await h.service.confirmDeliverables(
      { terminationId: 'T-1', deliverables: [{ deliverableId: 'D-1', description: 'Final report', dueOn: '2026-03-10' }] },
      bob,
    );
    await h.service.completeDeliverable({ terminationId: 'T-1', deliverableId: 'D-1', completedOn: '2026-03-01' }, bob);
    await h.service.issueFinalInvoice({ terminationId: 'T-1', invoiceId: 'INV-FINAL', amount: eur(20_000), issuedOn: '2026-03-01' }, bob);
    await h.service.decideNewWork({ terminationId: 'T-1', policy: NewWorkPolicy.Refused }, bob);
    await pm.catchUp();

    expect(await h.clientTypes()).toEqual([
      'ClientRegistered',
      'InvoiceIssued',
      'TerminationOpened',
      'NoticeOfTerminationServed',
      'InvoiceIssued',
      'NewWorkRefused',
    ]);

    // The client pays everything: the payment is fed in and settles the termination as paid.
    for (const [paymentId, invoiceId, amountMinor] of [
      ['P-1', 'INV-1', 100_000],
      ['P-2', 'INV-FINAL', 20_000],
    ] as const)
      await h.clients.handle(
        { type: 'RecordPayment', data: { clientId: 'acme', paymentId, invoiceId, amount: eur(amountMinor), paidOn: '2026-03-01' } },
        { actor: 'crm' },
      );
    await pm.catchUp();
    await pm.catchUp();
    expect((await h.queries.find('T-1'))?.process.settlement).toMatchObject({ outcome: SettlementOutcome.Paid, decidedBy: 'system' });

    await h.service.deliverTransitionPlan({ terminationId: 'T-1', summary: 'Files and access handed to Globex', deliveredOn: '2026-03-01' }, bob);
    await expect(h.service.completeOffboarding({ terminationId: 'T-1' }, bob)).rejects.toMatchObject({
      refusal: { code: TerminationErrorCode.NoticePeriodNotElapsed },
    });

    h.clock.advanceBy(16 * DAY_MS);
    await h.scheduler.runOnce();
    expect(await h.terminationTypes()).toContain('NoticePeriodElapsed');
    await h.service.completeOffboarding({ terminationId: 'T-1' }, bob);
    await pm.catchUp();

    expect((await h.clientTypes()).slice(-1)).toEqual(['ClientOffboarded']);
    expect((await h.store.get('T-1'))?.state.status).toBe(TerminationStatus.Offboarded);
    expect(h.progress.map((item) => item.status)).toContain(TerminationStatus.Offboarded);

    // Offboarded: a new invoice is refused with its code.
    await expect(
      h.clients.handle({ type: 'IssueInvoice', data: { clientId: 'acme', invoiceId: 'INV-9', amount: eur(1_000), issuedOn: '2026-03-17' } }, { actor: 'crm' }),
    ).rejects.toMatchObject({ refusal: { code: ClientErrorCode.Offboarded } });
  });

  it("judges a backdated proposal's evidence as of its own day", async () => {
    const h = harness();
    await withClient(h);

    // Proposed on 1 February (recorded on 1 March): invoice 1 was not yet due then.
    await h.service.propose(
      { terminationId: 'T-1', clientId: 'acme', reason: TerminationReason.NonPayment, explanation: 'Unpaid', occurredAt: '2026-02-01T09:00:00+01:00' },
      alice,
    );

    expect((await h.queries.find('T-1'))?.process.evidence).toMatchObject({ asOf: '2026-02-01', outstandingMinor: 100_000, overdueMinor: 0 });
  });

  it('a WRITTEN_OFF settlement writes the outstanding amount off on the client, so it leaves receivables', async () => {
    const h = harness();
    const pm = h.processManager();
    await throughNotice(h);
    await h.service.issueFinalInvoice({ terminationId: 'T-1', invoiceId: 'INV-FINAL', amount: eur(20_000), issuedOn: '2026-03-01' }, bob);
    await pm.catchUp();
    await h.service.recordSettlement(
      {
        terminationId: 'T-1',
        outcome: SettlementOutcome.WrittenOff,
        expectedRecoveryMinor: 10_000,
        recoveryCostMinor: 40_000,
        note: 'Court would cost more than it brings',
      },
      bob,
    );
    await pm.catchUp();
    await pm.catchUp();

    const writeOffs = (await h.events.readStream('client-acme')).filter((event) => event.type === 'InvoiceWrittenOff').map((event) => event.data);
    expect(writeOffs).toEqual([
      expect.objectContaining({ invoiceId: 'INV-1', amount: eur(100_000), terminationId: 'T-1', openBalanceAfter: eur(0) }),
      expect.objectContaining({ invoiceId: 'INV-FINAL', amount: eur(20_000), terminationId: 'T-1', openBalanceAfter: eur(0) }),
    ]);
    const insight = await new ClientInsightQueries(h.events, h.clock).insight('acme');
    expect(insight?.profitability).toMatchObject({ outstandingMinor: 0, writtenOffMinor: 120_000, expectedCreditLossMinor: 0 });
  });

  it('takes the evidence from the insight queries and records who proposed it', async () => {
    const h = harness();
    await withClient(h);
    await h.service.propose({ terminationId: 'T-1', clientId: 'acme', reason: TerminationReason.NonPayment, explanation: 'Unpaid' }, alice);

    const view = await h.queries.find('T-1');
    expect(view?.process.proposedBy).toBe('alice');
    expect(view?.process.evidence).toMatchObject({ asOf: '2026-03-01', currency: 'EUR', outstandingMinor: 100_000, overdueMinor: 100_000 });
    expect(view?.history.map((entry) => entry.summary)[0]).toMatch(/^Termination proposed by alice for non payment: Unpaid \(risk \d+/);
  });

  it('refuses a proposal for an unknown client, and a second one while a termination is under way', async () => {
    const h = harness();
    await expect(
      h.service.propose({ terminationId: 'T-0', clientId: 'nobody', reason: TerminationReason.Other, explanation: 'x' }, alice),
    ).rejects.toBeInstanceOf(ClientNotFoundError);
    await throughNotice(h);
    await h.processManager().catchUp();

    await expect(
      h.service.propose({ terminationId: 'T-2', clientId: 'acme', reason: TerminationReason.Other, explanation: 'again' }, alice),
    ).rejects.toMatchObject({
      refusal: { code: TerminationErrorCode.ActiveTerminationExists },
    });
  });

  it('a crash after dispatching but before the checkpoint moved dispatches again into a no-op: the client effect happens once', async () => {
    const crashing = new InMemoryTerminationStore();
    let crashes = 1;
    const failingOnce: TerminationStore = Object.assign(Object.create(crashing) as TerminationStore, {
      commit: async (records: readonly TerminationRecord[], checkpoint: number) => {
        if (crashes-- > 0) throw new Error('process killed before the checkpoint was written');
        return crashing.commit(records, checkpoint);
      },
    });
    const h = harness(crashing);
    await throughNotice(h);
    await h.service.decideNewWork({ terminationId: 'T-1', policy: NewWorkPolicy.Prepayment }, bob);

    await expect(h.processManager(failingOnce).catchUp()).rejects.toThrow('process killed');
    expect(await crashing.checkpoint()).toBe(0);
    await h.processManager(crashing).catchUp();

    const types = await h.clientTypes();
    expect(types.filter((type) => type === 'WorkMovedToPrepayment')).toHaveLength(1);
    expect(types.filter((type) => type === 'NoticeOfTerminationServed')).toHaveLength(1);
  });

  it('events that move no termination are followed without a write until a page of them; a restart follows them again and changes nothing', async () => {
    const stored = new InMemoryTerminationStore();
    const commits: number[] = [];
    const counting: TerminationStore = Object.assign(Object.create(stored) as TerminationStore, {
      commit: async (records: readonly TerminationRecord[], checkpoint: number) => {
        commits.push(checkpoint);
        return stored.commit(records, checkpoint);
      },
    });
    const h = harness(stored);
    await throughNotice(h);
    const follower = () => new TerminationProcessManager(h.events, counting, h.terminations, h.clients, { pageSize: 5 });
    const manager = follower();
    await manager.catchUp();
    const written = await stored.checkpoint();
    const followed = await h.events.headPosition();
    const records = JSON.stringify(await stored.list(undefined, 100, 0));
    const logTime = async (entry: number) =>
      h.clients.handle(
        { type: 'LogTime', data: { clientId: 'acme', timeEntryId: `TE-${entry}`, activity: 'DELIVERY', minutes: 30, billable: true, workedOn: '2026-03-01' } },
        { actor: 'crm' },
      );
    commits.length = 0;

    for (const entry of [1, 2, 3]) await logTime(entry);
    await manager.catchUp();

    expect(commits).toEqual([]);
    expect(await manager.lag()).toBe(0);
    expect(await stored.checkpoint()).toBe(written);

    await follower().catchUp();

    expect(commits).toEqual([]);
    expect(JSON.stringify(await stored.list(undefined, 100, 0))).toBe(records);

    for (const entry of [4, 5, 6, 7, 8]) await logTime(entry);
    await manager.catchUp();

    expect(commits).toEqual([followed + 8]);
    expect(await stored.checkpoint()).toBe(await h.events.headPosition());
  });

  it('a deadline passed unmet raises escalations once, even when the timer fires again', async () => {
    const h = harness();
    await throughNotice(h);
    h.clock.advanceBy(20 * DAY_MS);

    await h.scheduler.runOnce();
    const again = new Scheduler(h.events, new InMemoryTimerStore(), h.clients, h.clock, { deadlines: new TerminationDeadlines(h.terminations) });
    await again.runOnce();

    const view = await h.queries.find('T-1');
    expect(view?.process.escalations.map((item) => item.kind)).toEqual(['WIND_DOWN_INCOMPLETE', 'SETTLEMENT_OVERDUE', 'TRANSITION_PLAN_OVERDUE']);
    expect((await h.terminationTypes()).filter((type) => type === 'NoticePeriodElapsed')).toHaveLength(1);
  });

  it('cancel compensates on the client: the notice is withdrawn and new work opens again', async () => {
    const h = harness();
    const pm = h.processManager();
    await throughNotice(h);
    await h.service.decideNewWork({ terminationId: 'T-1', policy: NewWorkPolicy.Refused }, bob);
    await pm.catchUp();
    await h.service.cancel({ terminationId: 'T-1', reason: CancellationReason.NewAgreementSigned, note: 'New agreement with prepayment' }, bob);
    await pm.catchUp();

    expect((await h.clientTypes()).slice(2)).toEqual([
      'TerminationOpened',
      'NoticeOfTerminationServed',
      'NewWorkRefused',
      'TerminationClosed',
      'NoticeOfTerminationWithdrawn',
      'NewWorkRestrictionLifted',
    ]);
    await h.clients.handle({ type: 'RequestScopeChange', data: { clientId: 'acme', scopeChangeId: 'SC-1', description: 'New page' } }, { actor: 'crm' });
  });

  it('the final invoice must be one the client record accepts', async () => {
    const h = harness();
    await throughNotice(h);

    const refusal = h.service.issueFinalInvoice({ terminationId: 'T-1', invoiceId: 'INV-1', amount: eur(1_000), issuedOn: '2026-03-01' }, bob);
    await expect(refusal).rejects.toBeInstanceOf(CommandRefusedError);
    await expect(refusal).rejects.toMatchObject({ refusal: { code: ClientErrorCode.InvoiceAlreadyIssued } });
  });
});
