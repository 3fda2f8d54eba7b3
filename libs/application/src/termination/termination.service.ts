import {
  type CancellationReason,
  ClientErrors,
  foldEvents,
  isActiveTermination,
  type Money,
  type RegisteredClient,
  type NewWorkPolicy,
  type NoticeChannel,
  type SettlementOutcome,
  type TerminationEvidence,
  TerminationErrors,
  type TerminationReason,
  terminationDecider,
  terminationStreamId,
  type DeliverableInput,
} from '@client-lifecycle/domain';
import type { EventStore, TerminationStore } from '@client-lifecycle/ports';
import type { CommandContext } from '../client/client-command.handler';
import type { ClientQueries } from '../client/client.queries';
import type { ClientInsight, ClientInsightQueries } from '../insight/client-insight.queries';
import { ClientNotFoundError, CommandRefusedError } from '../shared';
import type { TerminationCommandHandler, TerminationOutcome, UnstampedTerminationCommand } from './termination-command.handler';
import { toTerminationEvent } from './termination-event.codec';

const TOP_FACTORS_KEPT = 5;

/** The risk and profitability of the day, frozen into the proposal. */
export const evidenceOf = (insight: ClientInsight): TerminationEvidence => ({
  asOf: insight.asOfDay,
  riskScore: insight.risk.score,
  riskBand: insight.risk.band,
  recommendation: insight.risk.recommendation,
  archetypes: [...insight.risk.archetypes],
  topFactors: insight.risk.topFactors.slice(0, TOP_FACTORS_KEPT).map((factor) => factor.explanation),
  currency: insight.profitability.currency,
  outstandingMinor: insight.profitability.outstandingMinor,
  overdueMinor: insight.collection.totalOverdueMinor,
  contributionMarginMinor: insight.profitability.contributionMarginMinor,
  contributionMarginPercent: insight.profitability.contributionMarginPercent,
});

/**
 * The person acting, as the termination's story names them: the one a SERVICE credential named,
 * else the key's name or the token's subject. The four-eyes rule also compares the credentials
 * themselves (`context.actor`), so a shared or reused name never lets a proposer approve.
 */
const personOf = (context: CommandContext): string => context.onBehalfOf ?? context.principal?.name ?? context.principal?.id ?? context.actor;

type Input<T> = T & { readonly terminationId: string; readonly occurredAt?: string };

/**
 * The commands people send to a termination. The person acting is the request's actor (the
 * four-eyes rule compares them); facts only the client aggregate knows (evidence, contract,
 * open balance) are read here and passed in, so the decider stays pure. Nothing here ever
 * proposes a termination on its own: the risk recommendation only informs a person.
 */
export class TerminationService {
  constructor(
    private readonly handler: TerminationCommandHandler,
    private readonly events: EventStore,
    private readonly clients: ClientQueries,
    private readonly insight: ClientInsightQueries,
    private readonly terminations: TerminationStore,
  ) {}

  async propose(
    input: Input<{ clientId: string; reason: TerminationReason; explanation: string }>,
    context: CommandContext,
  ): Promise<TerminationOutcome> {
    const insight = await this.insight.insight(input.clientId);
    if (!insight) throw new ClientNotFoundError(input.clientId);
    const latest = await this.terminations.latestForClient(input.clientId);
    if (latest && isActiveTermination(latest.state) && latest.state.terminationId !== input.terminationId)
      throw new CommandRefusedError(TerminationErrors.activeTerminationExists(input.clientId, latest.state.terminationId));
    const { terminationId, clientId, reason, explanation, occurredAt } = input;
    return this.run(
      {
        type: 'ProposeTermination',
        data: { terminationId, clientId, reason, explanation, proposedBy: personOf(context), proposedByPrincipal: context.actor, evidence: evidenceOf(insight) },
        occurredAt,
      },
      context,
    );
  }

  approve(input: Input<{ note?: string }>, context: CommandContext) {
    return this.run(
      {
        type: 'ApproveTermination',
        data: { terminationId: input.terminationId, approvedBy: personOf(context), approvedByPrincipal: context.actor, note: input.note },
        occurredAt: input.occurredAt,
      },
      context,
    );
  }

  reject(input: Input<{ reason: string }>, context: CommandContext) {
    return this.run({ type: 'RejectTermination', data: { terminationId: input.terminationId, rejectedBy: personOf(context), reason: input.reason }, occurredAt: input.occurredAt }, context);
  }

  /** Reads the contract's terms from the client aggregate: the process evaluates what was signed. */
  async evaluateContract(input: Input<{ immediateNoticeChannel?: NoticeChannel }>, context: CommandContext) {
    const { contract } = await this.clientOf(input.terminationId);
    return this.run(
      {
        type: 'EvaluateContract',
        data: {
          terminationId: input.terminationId,
          contract: { noticePeriodDays: contract.noticePeriodDays, exitClause: contract.exitClause, endDate: contract.endDate, currency: contract.currency },
          immediateNoticeChannel: input.immediateNoticeChannel,
        },
        occurredAt: input.occurredAt,
      },
      context,
    );
  }

  serveNotice(input: Input<{ channel: NoticeChannel; servedOn: string; effectiveDate?: string }>, context: CommandContext) {
    const { terminationId, channel, servedOn, effectiveDate, occurredAt } = input;
    return this.run({ type: 'ServeNotice', data: { terminationId, channel, servedOn, effectiveDate }, occurredAt }, context);
  }

  confirmDeliverables(input: Input<{ deliverables: readonly DeliverableInput[] }>, context: CommandContext) {
    return this.run({ type: 'ConfirmDeliverables', data: { terminationId: input.terminationId, deliverables: input.deliverables }, occurredAt: input.occurredAt }, context);
  }

  completeDeliverable(input: Input<{ deliverableId: string; completedOn: string }>, context: CommandContext) {
    const { terminationId, deliverableId, completedOn, occurredAt } = input;
    return this.run({ type: 'CompleteDeliverable', data: { terminationId, deliverableId, completedOn }, occurredAt }, context);
  }

  /** Checked against the client first, so the invoice the process asks for is one the client accepts. */
  async issueFinalInvoice(input: Input<{ invoiceId: string; amount: Money; issuedOn: string; description?: string }>, context: CommandContext) {
    const { terminationId, invoiceId, amount, issuedOn, description, occurredAt } = input;
    const client = await this.clientOf(terminationId);
    if (client.invoices.has(invoiceId)) throw new CommandRefusedError(ClientErrors.invoiceAlreadyIssued(invoiceId));
    return this.run({ type: 'IssueFinalInvoice', data: { terminationId, invoiceId, amount, issuedOn, description }, occurredAt }, context);
  }

  decideNewWork(input: Input<{ policy: NewWorkPolicy }>, context: CommandContext) {
    return this.run({ type: 'DecideNewWork', data: { terminationId: input.terminationId, policy: input.policy }, occurredAt: input.occurredAt }, context);
  }

  /** The outstanding balance is the client aggregate's, never the caller's word. */
  async recordSettlement(
    input: Input<{ outcome: SettlementOutcome; expectedRecoveryMinor?: number; recoveryCostMinor?: number; note?: string }>,
    context: CommandContext,
  ) {
    const client = await this.clientOf(input.terminationId);
    const currency = client.contract.currency;
    const outstandingMinor = [...client.invoices.values()].reduce((sum, invoice) => sum + invoice.openBalanceMinor, 0);
    const { terminationId, outcome, expectedRecoveryMinor, recoveryCostMinor, note, occurredAt } = input;
    return this.run(
      {
        type: 'RecordSettlement',
        data: { terminationId, outcome, decidedBy: personOf(context), outstanding: { amountMinor: outstandingMinor, currency }, expectedRecoveryMinor, recoveryCostMinor, note },
        occurredAt,
      },
      context,
    );
  }

  deliverTransitionPlan(input: Input<{ summary: string; deliveredOn: string; handoverTo?: string }>, context: CommandContext) {
    const { terminationId, summary, deliveredOn, handoverTo, occurredAt } = input;
    return this.run({ type: 'DeliverTransitionPlan', data: { terminationId, summary, deliveredOn, handoverTo }, occurredAt }, context);
  }

  cancel(input: Input<{ reason: CancellationReason; note?: string }>, context: CommandContext) {
    const { terminationId, reason, note, occurredAt } = input;
    return this.run({ type: 'CancelTermination', data: { terminationId, cancelledBy: personOf(context), reason, note }, occurredAt }, context);
  }

  completeOffboarding(input: Input<object>, context: CommandContext) {
    return this.run({ type: 'CompleteOffboarding', data: { terminationId: input.terminationId, offboardedBy: personOf(context) }, occurredAt: input.occurredAt }, context);
  }

  private run(command: UnstampedTerminationCommand, context: CommandContext): Promise<TerminationOutcome> {
    return this.handler.handle(command, context);
  }

  /** The client of a termination, as its aggregate holds it now. */
  private async clientOf(terminationId: string): Promise<RegisteredClient> {
    const state = foldEvents(terminationDecider, (await this.events.readStream(terminationStreamId(terminationId))).map(toTerminationEvent));
    if (state.status === 'NONE') throw new CommandRefusedError(TerminationErrors.notProposed(terminationId));
    const client = await this.clients.findClient(state.clientId);
    if (!client) throw new ClientNotFoundError(state.clientId);
    return client.client;
  }
}
