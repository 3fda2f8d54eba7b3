import {
  type CancellationReason,
  type ClientHistory,
  ClientErrorCode,
  ClientErrors,
  dateOf,
  foldEvents,
  isActiveTermination,
  type Money,
  type NewWorkPolicy,
  type NoticeChannel,
  type SettlementOutcome,
  type TerminationEvidence,
  TerminationErrors,
  type TerminationReason,
  terminationDecider,
  terminationStreamId,
  type DeliverableInput,
  type TerminationEnding,
} from '@client-lifecycle/domain';
import type { EventStore, TerminationStore } from '@client-lifecycle/ports';
import type { ClientCommandHandler, CommandContext } from '../client/client-command.handler';
import type { ClientQueries } from '../client/client.queries';
import type { ClientInsight, ClientInsightQueries } from '../insight/client-insight.queries';
import { ClientNotFoundError, CommandRefusedError } from '../shared';
import type { TerminationCommandHandler, TerminationOutcome, UnstampedTerminationCommand } from './termination-command.handler';
import { toTerminationEvent } from './termination-event.codec';
import { closeTerminationCommand, closeTerminationContext } from './termination-closing';

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
    private readonly clientCommands: ClientCommandHandler,
  ) {}

  /**
   * One termination under way per client, on every store: the proposal is checked first, then
   * opened on the client's stream (whose expected version orders racing proposals), then stored.
   * A crash between the two leaves the client's termination open: re-sending the same proposal
   * (same terminationId) completes it.
   */
  async propose(input: Input<{ clientId: string; reason: TerminationReason; explanation: string }>, context: CommandContext): Promise<TerminationOutcome> {
    // A backdated proposal's evidence is judged as of its own day, from everything known now.
    const insight = await this.insight.insight(
      input.clientId,
      undefined,
      undefined,
      input.occurredAt ? dateOf(new Date(input.occurredAt).toISOString()) : undefined,
    );
    if (!insight) throw new ClientNotFoundError(input.clientId);
    // Terminations proposed before the client stream recorded them are known only to the read model.
    const latest = await this.terminations.latestForClient(input.clientId);
    if (latest && isActiveTermination(latest.state) && latest.state.terminationId !== input.terminationId)
      throw new CommandRefusedError(TerminationErrors.activeTerminationExists(input.clientId, latest.state.terminationId));
    const { terminationId, clientId, reason, explanation, occurredAt } = input;
    const command: UnstampedTerminationCommand = {
      type: 'ProposeTermination',
      data: { terminationId, clientId, reason, explanation, proposedBy: personOf(context), proposedByPrincipal: context.actor, evidence: evidenceOf(insight) },
      occurredAt,
    };
    const resent = context.idempotencyKey !== undefined && (await this.events.findAppend(terminationStreamId(terminationId), context.idempotencyKey));
    if (!resent) {
      await this.handler.preflight(command, context);
      await this.openOnClient(clientId, terminationId, context);
    }
    return this.run(command, context);
  }

  private async openOnClient(clientId: string, terminationId: string, context: CommandContext): Promise<void> {
    try {
      await this.clientCommands.handle(
        { type: 'OpenTermination', data: { clientId, terminationId } },
        { actor: context.actor, correlationId: context.correlationId, idempotencyKey: `termination-open:${terminationId}` },
      );
    } catch (error) {
      if (error instanceof CommandRefusedError && error.refusal.code === ClientErrorCode.TerminationUnderWay)
        throw new CommandRefusedError(TerminationErrors.activeTerminationExists(clientId, String(error.refusal.details.terminationId)));
      throw error;
    }
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

  async reject(input: Input<{ reason: string }>, context: CommandContext) {
    return this.closedOnClient(
      'REJECTED',
      await this.run(
        {
          type: 'RejectTermination',
          data: { terminationId: input.terminationId, rejectedBy: personOf(context), reason: input.reason },
          occurredAt: input.occurredAt,
        },
        context,
      ),
      context,
    );
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
    return this.run(
      { type: 'ConfirmDeliverables', data: { terminationId: input.terminationId, deliverables: input.deliverables }, occurredAt: input.occurredAt },
      context,
    );
  }

  completeDeliverable(input: Input<{ deliverableId: string; completedOn: string }>, context: CommandContext) {
    const { terminationId, deliverableId, completedOn, occurredAt } = input;
    return this.run({ type: 'CompleteDeliverable', data: { terminationId, deliverableId, completedOn }, occurredAt }, context);
  }

  /** Checked against the client first, so the invoice the process asks for is one the client accepts. */
  async issueFinalInvoice(input: Input<{ invoiceId: string; amount: Money; issuedOn: string; description?: string }>, context: CommandContext) {
    const { terminationId, invoiceId, amount, issuedOn, description, occurredAt } = input;
    const client = await this.clientOf(terminationId);
    if (client.invoices.some((invoice) => invoice.invoiceId === invoiceId)) throw new CommandRefusedError(ClientErrors.invoiceAlreadyIssued(invoiceId));
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
    const outstandingMinor = client.invoices.reduce((sum, invoice) => sum + invoice.openBalanceMinor, 0);
    const { terminationId, outcome, expectedRecoveryMinor, recoveryCostMinor, note, occurredAt } = input;
    return this.run(
      {
        type: 'RecordSettlement',
        data: {
          terminationId,
          outcome,
          decidedBy: personOf(context),
          outstanding: { amountMinor: outstandingMinor, currency },
          expectedRecoveryMinor,
          recoveryCostMinor,
          note,
        },
        occurredAt,
      },
      context,
    );
  }

  deliverTransitionPlan(input: Input<{ summary: string; deliveredOn: string; handoverTo?: string }>, context: CommandContext) {
    const { terminationId, summary, deliveredOn, handoverTo, occurredAt } = input;
    return this.run({ type: 'DeliverTransitionPlan', data: { terminationId, summary, deliveredOn, handoverTo }, occurredAt }, context);
  }

  async cancel(input: Input<{ reason: CancellationReason; note?: string }>, context: CommandContext) {
    const { terminationId, reason, note, occurredAt } = input;
    return this.closedOnClient(
      'CANCELLED',
      await this.run({ type: 'CancelTermination', data: { terminationId, cancelledBy: personOf(context), reason, note }, occurredAt }, context),
      context,
    );
  }

  async completeOffboarding(input: Input<object>, context: CommandContext) {
    return this.closedOnClient(
      'OFFBOARDED',
      await this.run(
        { type: 'CompleteOffboarding', data: { terminationId: input.terminationId, offboardedBy: personOf(context) }, occurredAt: input.occurredAt },
        context,
      ),
      context,
    );
  }

  /** The termination ended: the client may have another. The process manager does the same from the log, should this not run. */
  private async closedOnClient(outcome: TerminationEnding, ended: TerminationOutcome, context: CommandContext): Promise<TerminationOutcome> {
    const clientId = ended.events.map((event) => (event.data as { clientId?: string }).clientId).find((id) => id !== undefined); // every termination event names its client
    if (clientId !== undefined)
      await this.clientCommands.handle(
        closeTerminationCommand(clientId, ended.terminationId, outcome),
        closeTerminationContext(ended.terminationId, context.actor, context.correlationId),
      );
    return ended;
  }

  private run(command: UnstampedTerminationCommand, context: CommandContext): Promise<TerminationOutcome> {
    return this.handler.handle(command, context);
  }

  /** The client of a termination, as its aggregate holds it now. */
  private async clientOf(terminationId: string): Promise<ClientHistory> {
    const state = foldEvents(terminationDecider, (await this.events.readStream(terminationStreamId(terminationId))).map(toTerminationEvent));
    if (state.status === 'NONE') throw new CommandRefusedError(TerminationErrors.notProposed(terminationId));
    const client = await this.clients.findClient(state.clientId);
    if (!client) throw new ClientNotFoundError(state.clientId);
    return client.history;
  }
}
