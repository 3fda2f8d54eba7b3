import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AccessRole, type CommandContext, type TerminationOutcome, TerminationQueries, TerminationService } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { INPUT_ARG } from '../shared';
import { commandContextOf, type GraphqlContext } from '../client/request-context';
import {
  ApproveTerminationInput,
  CancelTerminationInput,
  CompleteOffboardingInput,
  CompleteOwedDeliverableInput,
  ConfirmOwedDeliverablesInput,
  DecideNewWorkInput,
  DeliverTransitionPlanInput,
  EvaluateTerminationContractInput,
  IssueFinalInvoiceInput,
  ProposeTerminationInput,
  RecordSettlementInput,
  RejectTerminationInput,
  ServeTerminationNoticeInput,
  type TerminationCommandInput,
} from './termination.inputs';
import { TerminationPayloadModel } from './termination.model';
import { presentTermination } from './termination.presenter';

/** GraphQL sends null for an omitted optional field; the application wants it absent. */
const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

const base = (input: TerminationCommandInput) => ({ terminationId: input.terminationId, occurredAt: orUndefined(input.occurredAt) });

/** One mutation per step of the termination process; the person acting is the verified caller (or the person a SERVICE credential names in x-actor). */
@Resolver()
export class TerminationMutationsResolver {
  constructor(
    @Inject(TerminationService) private readonly service: TerminationService,
    @Inject(TerminationQueries) private readonly queries: TerminationQueries,
  ) {}

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, {
    description: 'A person proposes ending the relationship, with a reason; never done automatically, whatever the risk recommendation.',
  })
  proposeTermination(@Args('input', INPUT_ARG) input: ProposeTerminationInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) =>
      this.service.propose({ ...base(input), clientId: input.clientId, reason: input.reason, explanation: input.explanation }, ctx),
    );
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'A manager other than the proposer approves.' })
  approveTermination(@Args('input', INPUT_ARG) input: ApproveTerminationInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) => this.service.approve({ ...base(input), note: orUndefined(input.note) }, ctx));
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'A manager other than the proposer rejects it.' })
  rejectTermination(@Args('input', INPUT_ARG) input: RejectTerminationInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) => this.service.reject({ ...base(input), reason: input.reason }, ctx));
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: "Exit clause, notice period and end of term, read from the client's contract." })
  evaluateTerminationContract(@Args('input', INPUT_ARG) input: EvaluateTerminationContractInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) =>
      this.service.evaluateContract({ ...base(input), immediateNoticeChannel: orUndefined(input.immediateNoticeChannel) }, ctx),
    );
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'The notice was served; the end date follows from the contract evaluation.' })
  serveTerminationNotice(@Args('input', INPUT_ARG) input: ServeTerminationNoticeInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) =>
      this.service.serveNotice({ ...base(input), channel: input.channel, servedOn: input.servedOn, effectiveDate: orUndefined(input.effectiveDate) }, ctx),
    );
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'Record what the client is still owed (or that nothing is).' })
  confirmOwedDeliverables(@Args('input', INPUT_ARG) input: ConfirmOwedDeliverablesInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) =>
      this.service.confirmDeliverables(
        { ...base(input), deliverables: input.deliverables.map(({ deliverableId, description, dueOn }) => ({ deliverableId, description, dueOn })) },
        ctx,
      ),
    );
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'A deliverable owed to the client was handed over.' })
  completeOwedDeliverable(@Args('input', INPUT_ARG) input: CompleteOwedDeliverableInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) =>
      this.service.completeDeliverable({ ...base(input), deliverableId: input.deliverableId, completedOn: input.completedOn }, ctx),
    );
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'Issue the last invoice of the relationship.' })
  issueFinalInvoice(@Args('input', INPUT_ARG) input: IssueFinalInvoiceInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) =>
      this.service.issueFinalInvoice(
        { ...base(input), invoiceId: input.invoiceId, amount: { ...input.amount }, issuedOn: input.issuedOn, description: orUndefined(input.description) },
        ctx,
      ),
    );
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'Refuse new work, or move it to prepayment, until the end.' })
  decideNewWork(@Args('input', INPUT_ARG) input: DecideNewWorkInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) => this.service.decideNewWork({ ...base(input), policy: input.policy }, ctx));
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'How the money owed was settled: paid, sent to collection or written off.' })
  recordSettlement(@Args('input', INPUT_ARG) input: RecordSettlementInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) =>
      this.service.recordSettlement(
        {
          ...base(input),
          outcome: input.outcome,
          expectedRecoveryMinor: orUndefined(input.expectedRecoveryMinor),
          recoveryCostMinor: orUndefined(input.recoveryCostMinor),
          note: orUndefined(input.note),
        },
        ctx,
      ),
    );
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'The handover plan was given to the client.' })
  deliverTransitionPlan(@Args('input', INPUT_ARG) input: DeliverTransitionPlanInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) =>
      this.service.deliverTransitionPlan(
        { ...base(input), summary: input.summary, deliveredOn: input.deliveredOn, handoverTo: orUndefined(input.handoverTo) },
        ctx,
      ),
    );
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'Withdraw a termination before offboarding; lifts any restriction on new work.' })
  cancelTermination(@Args('input', INPUT_ARG) input: CancelTerminationInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) => this.service.cancel({ ...base(input), reason: input.reason, note: orUndefined(input.note) }, ctx));
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => TerminationPayloadModel, { description: 'Close the termination once every condition holds.' })
  completeOffboarding(@Args('input', INPUT_ARG) input: CompleteOffboardingInput, @Context() context: GraphqlContext) {
    return this.run(input, context, (ctx) => this.service.completeOffboarding(base(input), ctx));
  }

  private async run(
    input: TerminationCommandInput,
    context: GraphqlContext,
    execute: (context: CommandContext) => Promise<TerminationOutcome>,
  ): Promise<TerminationPayloadModel> {
    const outcome = await execute(commandContextOf(context, input));
    const view = await this.queries.find(outcome.terminationId);
    if (!view) throw new Error(`Termination ${outcome.terminationId} vanished after a stored mutation`);
    return {
      terminationId: outcome.terminationId,
      version: outcome.version,
      deduplicated: outcome.deduplicated,
      eventTypes: outcome.events.map((event) => event.type),
      termination: presentTermination(view),
    };
  }
}
