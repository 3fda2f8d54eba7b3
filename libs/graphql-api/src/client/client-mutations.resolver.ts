import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AccessRole, ClientCommandHandler } from '@client-lifecycle/application';
import type { ClientCommandType } from '@client-lifecycle/domain';
import { Allow } from '../access/allow.decorator';
import type { CommandInput } from '../shared';
import { toClientCommand } from './client-input.mapper';
import { presentClient, presentEvent } from './client.presenter';
import { CommandPayloadModel } from './command-payload.model';
import { AgreePaymentPlanInput, RecordExcuseInput, RecordPromiseToPayInput, RecordReminderInput } from './collection.inputs';
import { IssueInvoiceInput, RecordPaymentInput } from './invoicing.inputs';
import { AmendContractInput, RegisterClientInput } from './registration.inputs';
import {
  DecideScopeChangeInput,
  FileComplaintInput,
  LogTimeInput,
  RecordMeetingInput,
  RecordRecommendationInput,
  ReportAbuseInput,
  RequestScopeChangeInput,
  ResolveComplaintInput,
} from './relationship.inputs';
import { commandContextOf, type GraphqlContext } from './request-context';

/** One mutation per client command, named after it, so CRMs code against the domain's words. */
@Resolver()
export class ClientMutationsResolver {
  constructor(@Inject(ClientCommandHandler) private readonly handler: ClientCommandHandler) {}

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: 'Start the relationship with its contract terms.' })
  registerClient(@Args('input') input: RegisterClientInput, @Context() context: GraphqlContext) {
    return this.execute('RegisterClient', input, context);
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel)
  amendContract(@Args('input') input: AmendContractInput, @Context() context: GraphqlContext) {
    return this.execute('AmendContract', input, context, ['endDate']);
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel)
  issueInvoice(@Args('input') input: IssueInvoiceInput, @Context() context: GraphqlContext) {
    return this.execute('IssueInvoice', input, context);
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel)
  recordPayment(@Args('input') input: RecordPaymentInput, @Context() context: GraphqlContext) {
    return this.execute('RecordPayment', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel)
  recordExcuse(@Args('input') input: RecordExcuseInput, @Context() context: GraphqlContext) {
    return this.execute('RecordExcuse', input, context);
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel)
  recordPromiseToPay(@Args('input') input: RecordPromiseToPayInput, @Context() context: GraphqlContext) {
    return this.execute('RecordPromiseToPay', input, context);
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel)
  agreePaymentPlan(@Args('input') input: AgreePaymentPlanInput, @Context() context: GraphqlContext) {
    return this.execute('AgreePaymentPlan', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel, { description: 'A reminder sent on an invoice, at a step of the collection ladder.' })
  recordReminder(@Args('input') input: RecordReminderInput, @Context() context: GraphqlContext) {
    return this.execute('RecordReminder', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel)
  fileComplaint(@Args('input') input: FileComplaintInput, @Context() context: GraphqlContext) {
    return this.execute('FileComplaint', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel)
  resolveComplaint(@Args('input') input: ResolveComplaintInput, @Context() context: GraphqlContext) {
    return this.execute('ResolveComplaint', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel)
  requestScopeChange(@Args('input') input: RequestScopeChangeInput, @Context() context: GraphqlContext) {
    return this.execute('RequestScopeChange', input, context);
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => CommandPayloadModel)
  decideScopeChange(@Args('input') input: DecideScopeChangeInput, @Context() context: GraphqlContext) {
    return this.execute('DecideScopeChange', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel)
  logTime(@Args('input') input: LogTimeInput, @Context() context: GraphqlContext) {
    return this.execute('LogTime', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel)
  recordMeeting(@Args('input') input: RecordMeetingInput, @Context() context: GraphqlContext) {
    return this.execute('RecordMeeting', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel)
  recordRecommendation(@Args('input') input: RecordRecommendationInput, @Context() context: GraphqlContext) {
    return this.execute('RecordRecommendation', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel)
  reportAbuse(@Args('input') input: ReportAbuseInput, @Context() context: GraphqlContext) {
    return this.execute('ReportAbuse', input, context);
  }

  private async execute(
    type: ClientCommandType,
    input: CommandInput,
    context: GraphqlContext,
    explicitNulls?: readonly string[],
  ): Promise<CommandPayloadModel> {
    const outcome = await this.handler.handle(toClientCommand(type, input, explicitNulls), commandContextOf(context, input));
    // The client as the command handler left it: its stream is not read a second time.
    const view = outcome.client;
    if (!view) throw new Error(`Client ${outcome.clientId} vanished right after a command was stored`);
    return {
      clientId: outcome.clientId,
      version: outcome.version,
      deduplicated: outcome.deduplicated,
      events: outcome.events.map(presentEvent),
      client: presentClient(view),
    };
  }
}
