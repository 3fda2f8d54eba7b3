import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AccessRole, ClientCommandHandler } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { INPUT_ARG } from '../shared';
import { CommandPayloadModel } from './command-payload.model';
import { executeClientCommand } from './command-payload.presenter';
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
import type { GraphqlContext } from './request-context';

/** One mutation per client command, named after it, so CRMs code against the domain's words. */
@Resolver()
export class ClientMutationsResolver {
  constructor(@Inject(ClientCommandHandler) private readonly handler: ClientCommandHandler) {}

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: 'Start the relationship with its contract terms.' })
  registerClient(@Args('input', INPUT_ARG) input: RegisterClientInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'RegisterClient', input, context);
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: 'Change some contract terms, with the reason.' })
  amendContract(@Args('input', INPUT_ARG) input: AmendContractInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'AmendContract', input, context, ['endDate']);
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: 'An invoice was sent to the client.' })
  issueInvoice(@Args('input', INPUT_ARG) input: IssueInvoiceInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'IssueInvoice', input, context);
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: 'A payment of one invoice, full or partial.' })
  recordPayment(@Args('input', INPUT_ARG) input: RecordPaymentInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'RecordPayment', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel, { description: 'The client gave a reason for not paying.' })
  recordExcuse(@Args('input', INPUT_ARG) input: RecordExcuseInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'RecordExcuse', input, context);
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: 'The client promised to pay an invoice by a day.' })
  recordPromiseToPay(@Args('input', INPUT_ARG) input: RecordPromiseToPayInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'RecordPromiseToPay', input, context);
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: "Instalments agreed for open invoices; they must add up to the invoices' open balance." })
  agreePaymentPlan(@Args('input', INPUT_ARG) input: AgreePaymentPlanInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'AgreePaymentPlan', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel, { description: 'A reminder sent on an invoice, at a step of the collection ladder.' })
  recordReminder(@Args('input', INPUT_ARG) input: RecordReminderInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'RecordReminder', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel, { description: 'The client complained; naming an invoice disputes it.' })
  fileComplaint(@Args('input', INPUT_ARG) input: FileComplaintInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'FileComplaint', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel, { description: 'A complaint was resolved, founded or not.' })
  resolveComplaint(@Args('input', INPUT_ARG) input: ResolveComplaintInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'ResolveComplaint', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel, { description: 'The client asked for work beyond what was agreed.' })
  requestScopeChange(@Args('input', INPUT_ARG) input: RequestScopeChangeInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'RequestScopeChange', input, context);
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: 'Decide a requested scope change: in or out of contract, billed or not.' })
  decideScopeChange(@Args('input', INPUT_ARG) input: DecideScopeChangeInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'DecideScopeChange', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel, { description: 'Time spent for the client, billable or not.' })
  logTime(@Args('input', INPUT_ARG) input: LogTimeInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'LogTime', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel, { description: 'A scheduled meeting was held, missed or held with the client unprepared.' })
  recordMeeting(@Args('input', INPUT_ARG) input: RecordMeetingInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'RecordMeeting', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel, { description: 'A recommendation made to the client, followed or not.' })
  recordRecommendation(@Args('input', INPUT_ARG) input: RecordRecommendationInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'RecordRecommendation', input, context);
  }

  @Allow(AccessRole.Agent)
  @Mutation(() => CommandPayloadModel, { description: 'Abusive behaviour of the client towards staff.' })
  reportAbuse(@Args('input', INPUT_ARG) input: ReportAbuseInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'ReportAbuse', input, context);
  }
}
