import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { CancellationReason, NewWorkPolicy, NoticeChannel, SettlementOutcome, TerminationReason, MAX_AMOUNT_MINOR } from '@client-lifecycle/domain';
import {
  IDEMPOTENCY_KEY_MAX_LENGTH,
  IsEntityId,
  IsInstant,
  IsLocalDate,
  IsText,
  MoneyInput,
  SafeInt,
  TEXT_MAX_LENGTH,
  DateScalar,
  DateTimeScalar,
} from '../shared';
import { CancellationReasonEnum, NewWorkPolicyEnum, NoticeChannelEnum, SettlementOutcomeEnum, TerminationReasonEnum } from './termination.enums';

const MAX_DELIVERABLES = 100;

/** What every termination mutation carries besides its own facts. */
@InputType({ isAbstract: true })
export abstract class TerminationCommandInput {
  @Field(() => String, { description: 'The termination, chosen by the caller when proposing it.' })
  @IsEntityId()
  terminationId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it happened in the business (ISO 8601 instant); defaults to now.' })
  @IsOptional()
  @IsInstant()
  occurredAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Re-sending a mutation with the same key for the same termination stores nothing new and returns the first result.',
  })
  @IsOptional()
  @IsText(IDEMPOTENCY_KEY_MAX_LENGTH)
  idempotencyKey?: string | null;

  @Field(() => Int, { nullable: true, description: "The termination's version you decided on; if it moved on, the mutation fails with CONFLICT." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion?: number | null;
}

@InputType({ description: 'Proposed by the caller; the evidence is taken from the risk and profitability of the day.' })
export class ProposeTerminationInput extends TerminationCommandInput {
  @Field({ description: 'The client the relationship with would end.' })
  @IsEntityId()
  clientId!: string;

  @Field(() => TerminationReasonEnum, { description: 'Why the relationship should end.' })
  @IsEnum(TerminationReason)
  reason!: TerminationReason;

  @Field({ description: 'The clear, considered reason, as it will be told to the client.' })
  @IsText(TEXT_MAX_LENGTH)
  explanation!: string;
}

@InputType({ description: 'By a manager other than the proposer: another person and another credential.' })
export class ApproveTerminationInput extends TerminationCommandInput {
  @Field(() => String, { nullable: true, description: 'Optional words for the history.' })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  note?: string | null;
}

@InputType({ description: 'By a manager other than the proposer: the termination does not go ahead.' })
export class RejectTerminationInput extends TerminationCommandInput {
  @Field({ description: 'Why it does not go ahead.' })
  @IsText(TEXT_MAX_LENGTH)
  reason!: string;
}

@InputType({ description: "Reads the contract's exit clause, notice period and end date from the client." })
export class EvaluateTerminationContractInput extends TerminationCommandInput {
  @Field(() => NoticeChannelEnum, {
    nullable: true,
    description: 'Abuse under an exit clause allowing immediate exit: serve notice at once on this channel.',
  })
  @IsOptional()
  @IsEnum(NoticeChannel)
  immediateNoticeChannel?: NoticeChannel | null;
}

@InputType({ description: 'The notice was served to the client.' })
export class ServeTerminationNoticeInput extends TerminationCommandInput {
  @Field(() => NoticeChannelEnum, { description: 'How the notice was served.' })
  @IsEnum(NoticeChannel)
  channel!: NoticeChannel;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  servedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'YYYY-MM-DD; defaults to the evaluated end date, never earlier than the notice period allows.' })
  @IsOptional()
  @IsLocalDate()
  effectiveDate?: string | null;
}

@InputType('OwedDeliverableInput', { description: 'Something the client is owed, and the day it is due.' })
export class OwedDeliverableInput {
  @Field({ description: "The deliverable's id, chosen by the caller." })
  @IsEntityId()
  deliverableId!: string;

  @Field({ description: 'What is owed.' })
  @IsText(TEXT_MAX_LENGTH)
  description!: string;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD; on or before the effective date.' })
  @IsLocalDate()
  dueOn!: string;
}

@InputType({ description: 'What the client is still owed; an empty list records that nothing is.' })
export class ConfirmOwedDeliverablesInput extends TerminationCommandInput {
  @Field(() => [OwedDeliverableInput], { description: 'Each deliverable still owed; empty when nothing is.' })
  @IsArray()
  @ArrayMaxSize(MAX_DELIVERABLES)
  @ValidateNested({ each: true })
  @Type(() => OwedDeliverableInput)
  deliverables!: OwedDeliverableInput[];
}

@InputType({ description: 'A deliverable owed to the client was handed over.' })
export class CompleteOwedDeliverableInput extends TerminationCommandInput {
  @Field({ description: 'The deliverable handed over, as confirmed.' })
  @IsEntityId()
  deliverableId!: string;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  completedOn!: string;
}

@InputType({ description: 'Issued on the client by the process, in the contract currency.' })
export class IssueFinalInvoiceInput extends TerminationCommandInput {
  @Field({ description: "The invoice's id, chosen by the caller." })
  @IsEntityId()
  invoiceId!: string;

  @Field(() => MoneyInput, { description: 'The amount, in the contract currency.' })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: 'What the invoice is for.' })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  description?: string | null;
}

@InputType({ description: 'What the client may still order while the termination runs.' })
export class DecideNewWorkInput extends TerminationCommandInput {
  @Field(() => NewWorkPolicyEnum, { description: 'Refuse new work, or accept it only prepaid.' })
  @IsEnum(NewWorkPolicy)
  policy!: NewWorkPolicy;
}

@InputType({
  description: "PAID needs a zero open balance (the client's, read by the service); SENT_TO_COLLECTION and WRITTEN_OFF follow the cost-of-recovery rule.",
})
export class RecordSettlementInput extends TerminationCommandInput {
  @Field(() => SettlementOutcomeEnum, { description: 'Paid, sent to collection or written off.' })
  @IsEnum(SettlementOutcome)
  outcome!: SettlementOutcome;

  @Field(() => SafeInt, { nullable: true, description: 'What recovery would likely bring in, in minor units.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT_MINOR, { message: `$property must be at most ${MAX_AMOUNT_MINOR} minor units` })
  expectedRecoveryMinor?: number | null;

  @Field(() => SafeInt, { nullable: true, description: 'What recovery would cost (lawyer, court), in minor units.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT_MINOR, { message: `$property must be at most ${MAX_AMOUNT_MINOR} minor units` })
  recoveryCostMinor?: number | null;

  @Field(() => String, { nullable: true, description: 'Optional words for the history.' })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  note?: string | null;
}

@InputType({ description: 'The handover plan was given to the client.' })
export class DeliverTransitionPlanInput extends TerminationCommandInput {
  @Field({ description: 'Handover and next steps, as given to the client.' })
  @IsText(TEXT_MAX_LENGTH)
  summary!: string;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  deliveredOn!: string;

  @Field(() => String, { nullable: true, description: 'Who takes the work over, if anyone is named.' })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  handoverTo?: string | null;
}

@InputType({ description: 'Until offboarded; withdraws the notice and lifts any restriction on new work.' })
export class CancelTerminationInput extends TerminationCommandInput {
  @Field(() => CancellationReasonEnum, { description: 'Why the termination is cancelled.' })
  @IsEnum(CancellationReason)
  reason!: CancellationReason;

  @Field(() => String, { nullable: true, description: 'Optional words for the history.' })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  note?: string | null;
}

@InputType({ description: 'Once the notice took effect, deliverables are done, money is settled and the plan delivered.' })
export class CompleteOffboardingInput extends TerminationCommandInput {}
