import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import type { UnstampedClientCommand } from '@client-lifecycle/application';
import type { ClientCommandType } from '@client-lifecycle/domain';
import { CommandInputError, CommandInputReason } from '../errors';
import type { CommandInput } from '../shared';
import { toClientCommand } from './client-input.mapper';
import { AgreePaymentPlanInput, RecordExcuseInput, RecordPromiseToPayInput, RecordReminderInput } from './collection.inputs';
import {
  ChargeLateInterestInput,
  GrantSettlementDiscountInput,
  HandOverToCollectionAgencyInput,
  IssueCreditNoteInput,
  PlaceCreditHoldInput,
  RecordCollectionCostInput,
  RecordConductSignalInput,
  RecordLegalActionInput,
  ReleaseCreditHoldInput,
  SetCreditLimitInput,
  WriteOffInvoiceInput,
} from './credit-control.inputs';
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

/** Each member of ClientCommandInput: the command it sends, and where null is a value the caller chose. */
const MEMBERS = {
  registerClient: { type: 'RegisterClient', input: RegisterClientInput },
  amendContract: { type: 'AmendContract', input: AmendContractInput, explicitNulls: ['endDate'] },
  issueInvoice: { type: 'IssueInvoice', input: IssueInvoiceInput },
  recordPayment: { type: 'RecordPayment', input: RecordPaymentInput },
  recordExcuse: { type: 'RecordExcuse', input: RecordExcuseInput },
  recordPromiseToPay: { type: 'RecordPromiseToPay', input: RecordPromiseToPayInput },
  agreePaymentPlan: { type: 'AgreePaymentPlan', input: AgreePaymentPlanInput },
  recordReminder: { type: 'RecordReminder', input: RecordReminderInput },
  fileComplaint: { type: 'FileComplaint', input: FileComplaintInput },
  resolveComplaint: { type: 'ResolveComplaint', input: ResolveComplaintInput },
  requestScopeChange: { type: 'RequestScopeChange', input: RequestScopeChangeInput },
  decideScopeChange: { type: 'DecideScopeChange', input: DecideScopeChangeInput },
  logTime: { type: 'LogTime', input: LogTimeInput },
  recordMeeting: { type: 'RecordMeeting', input: RecordMeetingInput },
  recordRecommendation: { type: 'RecordRecommendation', input: RecordRecommendationInput },
  reportAbuse: { type: 'ReportAbuse', input: ReportAbuseInput },
  writeOffInvoice: { type: 'WriteOffInvoice', input: WriteOffInvoiceInput },
  recordCollectionCost: { type: 'RecordCollectionCost', input: RecordCollectionCostInput },
  recordConductSignal: { type: 'RecordConductSignal', input: RecordConductSignalInput },
  placeCreditHold: { type: 'PlaceCreditHold', input: PlaceCreditHoldInput },
  releaseCreditHold: { type: 'ReleaseCreditHold', input: ReleaseCreditHoldInput },
  setCreditLimit: { type: 'SetCreditLimit', input: SetCreditLimitInput, explicitNulls: ['limit'] },
  issueCreditNote: { type: 'IssueCreditNote', input: IssueCreditNoteInput },
  grantSettlementDiscount: { type: 'GrantSettlementDiscount', input: GrantSettlementDiscountInput },
  chargeLateInterest: { type: 'ChargeLateInterest', input: ChargeLateInterestInput },
  handOverToCollectionAgency: { type: 'HandOverToCollectionAgency', input: HandOverToCollectionAgencyInput },
  recordLegalAction: { type: 'RecordLegalAction', input: RecordLegalActionInput },
} as const satisfies Record<string, { type: ClientCommandType; input: new () => CommandInput; explicitNulls?: readonly string[] }>;

type Member = keyof typeof MEMBERS;
const MEMBER_NAMES = Object.keys(MEMBERS) as Member[];

/**
 * One client command in a list (`importClientHistory`): GraphQL has no input unions, so one optional
 * member per command kind, named after its mutation and taking the same input, of which exactly one
 * is set. Each member's `clientId` must be the batch's; its `occurredAt` backdates it.
 */
@InputType('ClientCommandInput', {
  description:
    'One client command: set exactly one member, named after the mutation it stands for and taking the same input. idempotencyKey and expectedVersion are set on the batch, not here.',
})
export class ClientCommandInput {
  @Field(() => RegisterClientInput, { nullable: true, description: 'As the registerClient mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegisterClientInput)
  registerClient?: RegisterClientInput | null;

  @Field(() => AmendContractInput, { nullable: true, description: 'As the amendContract mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmendContractInput)
  amendContract?: AmendContractInput | null;

  @Field(() => IssueInvoiceInput, { nullable: true, description: 'As the issueInvoice mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IssueInvoiceInput)
  issueInvoice?: IssueInvoiceInput | null;

  @Field(() => RecordPaymentInput, { nullable: true, description: 'As the recordPayment mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordPaymentInput)
  recordPayment?: RecordPaymentInput | null;

  @Field(() => RecordExcuseInput, { nullable: true, description: 'As the recordExcuse mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordExcuseInput)
  recordExcuse?: RecordExcuseInput | null;

  @Field(() => RecordPromiseToPayInput, { nullable: true, description: 'As the recordPromiseToPay mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordPromiseToPayInput)
  recordPromiseToPay?: RecordPromiseToPayInput | null;

  @Field(() => AgreePaymentPlanInput, { nullable: true, description: 'As the agreePaymentPlan mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgreePaymentPlanInput)
  agreePaymentPlan?: AgreePaymentPlanInput | null;

  @Field(() => RecordReminderInput, { nullable: true, description: 'As the recordReminder mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordReminderInput)
  recordReminder?: RecordReminderInput | null;

  @Field(() => FileComplaintInput, { nullable: true, description: 'As the fileComplaint mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FileComplaintInput)
  fileComplaint?: FileComplaintInput | null;

  @Field(() => ResolveComplaintInput, { nullable: true, description: 'As the resolveComplaint mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResolveComplaintInput)
  resolveComplaint?: ResolveComplaintInput | null;

  @Field(() => RequestScopeChangeInput, { nullable: true, description: 'As the requestScopeChange mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RequestScopeChangeInput)
  requestScopeChange?: RequestScopeChangeInput | null;

  @Field(() => DecideScopeChangeInput, { nullable: true, description: 'As the decideScopeChange mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecideScopeChangeInput)
  decideScopeChange?: DecideScopeChangeInput | null;

  @Field(() => LogTimeInput, { nullable: true, description: 'As the logTime mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LogTimeInput)
  logTime?: LogTimeInput | null;

  @Field(() => RecordMeetingInput, { nullable: true, description: 'As the recordMeeting mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordMeetingInput)
  recordMeeting?: RecordMeetingInput | null;

  @Field(() => RecordRecommendationInput, { nullable: true, description: 'As the recordRecommendation mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordRecommendationInput)
  recordRecommendation?: RecordRecommendationInput | null;

  @Field(() => ReportAbuseInput, { nullable: true, description: 'As the reportAbuse mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportAbuseInput)
  reportAbuse?: ReportAbuseInput | null;

  @Field(() => WriteOffInvoiceInput, { nullable: true, description: 'As the writeOffInvoice mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WriteOffInvoiceInput)
  writeOffInvoice?: WriteOffInvoiceInput | null;

  @Field(() => RecordCollectionCostInput, { nullable: true, description: 'As the recordCollectionCost mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordCollectionCostInput)
  recordCollectionCost?: RecordCollectionCostInput | null;

  @Field(() => RecordConductSignalInput, { nullable: true, description: 'As the recordConductSignal mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordConductSignalInput)
  recordConductSignal?: RecordConductSignalInput | null;

  @Field(() => PlaceCreditHoldInput, { nullable: true, description: 'As the placeCreditHold mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlaceCreditHoldInput)
  placeCreditHold?: PlaceCreditHoldInput | null;

  @Field(() => ReleaseCreditHoldInput, { nullable: true, description: 'As the releaseCreditHold mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReleaseCreditHoldInput)
  releaseCreditHold?: ReleaseCreditHoldInput | null;

  @Field(() => SetCreditLimitInput, { nullable: true, description: 'As the setCreditLimit mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SetCreditLimitInput)
  setCreditLimit?: SetCreditLimitInput | null;

  @Field(() => IssueCreditNoteInput, { nullable: true, description: 'As the issueCreditNote mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IssueCreditNoteInput)
  issueCreditNote?: IssueCreditNoteInput | null;

  @Field(() => GrantSettlementDiscountInput, { nullable: true, description: 'As the grantSettlementDiscount mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GrantSettlementDiscountInput)
  grantSettlementDiscount?: GrantSettlementDiscountInput | null;

  @Field(() => ChargeLateInterestInput, { nullable: true, description: 'As the chargeLateInterest mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChargeLateInterestInput)
  chargeLateInterest?: ChargeLateInterestInput | null;

  @Field(() => HandOverToCollectionAgencyInput, { nullable: true, description: 'As the handOverToCollectionAgency mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HandOverToCollectionAgencyInput)
  handOverToCollectionAgency?: HandOverToCollectionAgencyInput | null;

  @Field(() => RecordLegalActionInput, { nullable: true, description: 'As the recordLegalAction mutation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordLegalActionInput)
  recordLegalAction?: RecordLegalActionInput | null;
}

/**
 * The domain commands a list of ClientCommandInput stands for, in order; refuses the list, naming
 * the command at fault, when one sets no member or several, or carries an option of the batch.
 */
export function toClientCommands(inputs: readonly ClientCommandInput[]): UnstampedClientCommand[] {
  return inputs.map((input, index) => {
    const set = MEMBER_NAMES.filter((name) => input[name] !== null && input[name] !== undefined);
    if (set.length !== 1)
      throw new CommandInputError(
        CommandInputReason.OneCommandKind,
        index,
        `command ${index} sets ${set.length === 0 ? 'no member' : set.join(', ')}: set exactly one of ${MEMBER_NAMES.join(', ')}`,
      );
    const name = set[0];
    const member = input[name] as CommandInput; // set above
    if ((member.idempotencyKey ?? null) !== null || (member.expectedVersion ?? null) !== null)
      throw new CommandInputError(CommandInputReason.BatchOption, index, `command ${index} carries idempotencyKey or expectedVersion: set them on the batch`);
    const entry: { type: ClientCommandType; explicitNulls?: readonly string[] } = MEMBERS[name];
    return toClientCommand(entry.type, member, entry.explicitNulls);
  });
}
