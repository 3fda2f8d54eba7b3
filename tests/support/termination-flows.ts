import { type FixedClock, InMemoryTerminationStore, InMemoryTimerStore } from '@client-lifecycle/adapters';
import { CancellationReason, NewWorkPolicy, NoticeChannel, SettlementOutcome, TerminationReason } from '@client-lifecycle/domain';
import {
  type ClientCommandHandler,
  ClientInsightQueries,
  ClientQueries,
  type CommandContext,
  Scheduler,
  TerminationCommandHandler,
  TerminationDeadlines,
  TerminationProcessManager,
  TerminationService,
} from '@client-lifecycle/application';
import type { EventStore, IdGenerator } from '@client-lifecycle/ports';

const DAY_MS = 86_400_000;
const proposer: CommandContext = { actor: 'alice' };
const approver: CommandContext = { actor: 'bob' };
const crm: CommandContext = { actor: 'crm' };

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

/** A client of its own per flow, with the default 15-day notice period and an unpaid invoice. */
async function registerLeavingClient(clients: ClientCommandHandler, clientId: string): Promise<void> {
  await clients.handle(
    {
      type: 'RegisterClient',
      data: {
        clientId,
        name: `Leaving ${clientId}`,
        contract: {
          paymentTermsDays: 30,
          exitClause: { text: 'Either party may end with notice', immediateExitFor: [] },
          startDate: '2025-01-01',
          hourlyRate: eur(9_000),
          currency: 'EUR',
          contractedHoursPerMonth: 10,
        },
      },
      occurredAt: '2025-01-01T09:00:00Z',
    },
    crm,
  );
  await clients.handle(
    {
      type: 'IssueInvoice',
      data: { clientId, invoiceId: `${clientId}-INV-1`, amount: eur(100_000), issuedOn: '2026-09-10' },
      occurredAt: '2026-09-10T09:00:00Z',
    },
    crm,
  );
}

/**
 * Three terminations driven through the application as people and the saga would, so the log
 * holds every termination event type and every client effect of the saga: one rejected, one
 * cancelled after notice with new work moved to prepayment, one run to offboarding with its
 * transition plan overdue when the notice period ran out. Moves the clock past the notice period.
 */
export async function endRelationships(events: EventStore, clients: ClientCommandHandler, clock: FixedClock, ids: IdGenerator): Promise<void> {
  const terminations = new TerminationCommandHandler(events, clock, ids);
  const store = new InMemoryTerminationStore();
  const service = new TerminationService(terminations, events, new ClientQueries(events), new ClientInsightQueries(events, clock), store, clients);
  const processManager = new TerminationProcessManager(events, store, terminations, clients);
  const today = clock.now().toISOString().slice(0, 10);
  const throughNotice = async (terminationId: string, clientId: string) => {
    await registerLeavingClient(clients, clientId);
    await service.propose({ terminationId, clientId, reason: TerminationReason.NonPayment, explanation: 'Unpaid for months' }, proposer);
    await service.approve({ terminationId, note: 'Agreed after review' }, approver);
    await service.evaluateContract({ terminationId }, approver);
    await service.serveNotice({ terminationId, channel: NoticeChannel.Letter, servedOn: today }, approver);
  };

  await registerLeavingClient(clients, 'leaving-rejected');
  await service.propose(
    { terminationId: 'T-REJECTED', clientId: 'leaving-rejected', reason: TerminationReason.Other, explanation: 'Hard to work with' },
    proposer,
  );
  await service.reject({ terminationId: 'T-REJECTED', reason: 'A payment plan is worth a try' }, approver);

  await throughNotice('T-CANCELLED', 'leaving-cancelled');
  await service.decideNewWork({ terminationId: 'T-CANCELLED', policy: NewWorkPolicy.Prepayment }, approver);
  await processManager.catchUp();
  await service.cancel({ terminationId: 'T-CANCELLED', reason: CancellationReason.ClientSettledRetained, note: 'Paid in full' }, approver);

  await throughNotice('T-OFFBOARDED', 'leaving-offboarded');
  await service.confirmDeliverables(
    { terminationId: 'T-OFFBOARDED', deliverables: [{ deliverableId: 'D-1', description: 'Final report', dueOn: today }] },
    approver,
  );
  await service.completeDeliverable({ terminationId: 'T-OFFBOARDED', deliverableId: 'D-1', completedOn: today }, approver);
  await service.issueFinalInvoice({ terminationId: 'T-OFFBOARDED', invoiceId: 'leaving-offboarded-INV-FINAL', amount: eur(20_000), issuedOn: today }, approver);
  await service.decideNewWork({ terminationId: 'T-OFFBOARDED', policy: NewWorkPolicy.Refused }, approver);
  await processManager.catchUp();
  await service.recordSettlement(
    {
      terminationId: 'T-OFFBOARDED',
      outcome: SettlementOutcome.WrittenOff,
      expectedRecoveryMinor: 10_000,
      recoveryCostMinor: 30_000,
      note: 'Not worth chasing',
    },
    approver,
  );
  clock.advanceBy(16 * DAY_MS);
  await new Scheduler(events, new InMemoryTimerStore(), clients, clock, { deadlines: new TerminationDeadlines(terminations) }).runOnce();
  await service.deliverTransitionPlan(
    { terminationId: 'T-OFFBOARDED', summary: 'Files and access handed over', deliveredOn: today, handoverTo: 'Globex' },
    approver,
  );
  await service.completeOffboarding({ terminationId: 'T-OFFBOARDED' }, approver);
  await processManager.catchUp();
}
