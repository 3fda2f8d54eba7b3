import {
  CollectionAction,
  CreditHoldReason,
  DraftKind,
  DraftLocale,
  PlanInterest,
  ReminderChannel,
  WorklistAction,
  WorklistContact,
} from '@client-lifecycle/domain';
import { ArgsType, Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ReminderChannelEnum } from '../client/client.enums';
import { CollectionActionEnum } from '../insight/insight.enums';
import { DateScalar, IsLocalDate, MoneyModel, PageInfoModel, schemaEnum } from '../shared';
import { WORKLIST_CURSOR_MAX_LENGTH } from './worklist.cursor';

export const WorklistActionEnum = schemaEnum(
  WorklistAction,
  'WorklistAction',
  "The collector's next action: a rung of the collection ladder, a key account's escalation, or a credit hold.",
  {
    COURTESY_CALL: 'Before the due date: is everything working, did the invoice arrive?',
    FRIENDLY_REMINDER: 'The first message after the due date: friendly, asking for a date.',
    FIRM_REMINDER: 'A firm reminder with a call.',
    FORMAL_LETTER: 'A formal letter with the late-payment interest.',
    FINAL_NOTICE: 'The final notice: new work against prepayment, a short plan offered.',
    LAWYER_LETTER: "A lawyer's letter.",
    WRITE_OFF_DECISION: 'Ours to decide: court if the expected recovery exceeds the legal cost, else write off.',
    EXECUTIVE_ESCALATION: "A key account: a brief, direct message to the client's top executive instead of the firm reminder, formal letter or final notice.",
    PLACE_CREDIT_HOLD:
      'Hold credit: new work on prepayment. Advised when the risk recommends CREDIT_HOLD or the client owes more than its credit limit; `placeCreditHold` carries it out.',
  },
);
export const CreditHoldReasonEnum = schemaEnum(CreditHoldReason, 'CreditHoldReason', 'Why the worklist advises a credit hold.', {
  PAYMENT_RISK: "The client's risk assessment recommends CREDIT_HOLD.",
  CREDIT_LIMIT_EXCEEDED: 'What the client owes is above the credit limit in force.',
});
export const WorklistContactEnum = schemaEnum(WorklistContact, 'WorklistContact', 'Whom the action addresses.', {
  ACCOUNTS_PAYABLE: 'Whoever pays the invoices at the client.',
  TOP_EXECUTIVE: "The client's top executive.",
  INTERNAL: 'Nobody at the client: a decision of ours.',
});
export const DraftKindEnum = schemaEnum(DraftKind, 'DraftKind', 'The letters, e-mails and notes the service drafts.', {
  COURTESY_CALL: 'Notes for the courtesy call.',
  FRIENDLY_REMINDER: 'The friendly reminder e-mail.',
  FIRM_REMINDER: 'The firm reminder.',
  FORMAL_LETTER: 'The formal letter with the interest notice.',
  FINAL_NOTICE: 'The final notice.',
  LAWYER_LETTER: "The lawyer's letter.",
  WRITE_OFF_DECISION: 'An internal note for the court-or-write-off decision.',
  EXECUTIVE_ESCALATION: "The message to a key account's top executive.",
  TERMINATION_NOTICE: 'The notice of termination.',
  TRANSITION_PLAN: 'The transition-plan letter.',
  TERMINATION_TALKING_POINTS: 'Talking points for the termination conversation (not sent).',
  CREDIT_HOLD_NOTICE: 'The notice that new work moves to prepayment, with the reason.',
});
export const DraftLocaleEnum = schemaEnum(DraftLocale, 'DraftLocale', 'The language of a draft; amounts and dates are formatted for it.', {
  ES: 'Spanish (es-ES).',
  EN: 'English (en-GB).',
});
export const PlanInterestEnum = schemaEnum(PlanInterest, 'PlanInterest', 'Whether a proposed plan charges interest.', {
  WAIVED: 'The plan settles the balance only.',
  CHARGED: 'Interest runs on the declining balance; finance charges it separately.',
});

@ObjectType('Draft', { description: 'A letter, e-mail or note ready to send or read, in one language.' })
export class DraftModel {
  @Field(() => DraftKindEnum, { description: 'What the draft is.' })
  kind!: DraftKind;

  @Field(() => DraftLocaleEnum, { description: 'The language it is written in.' })
  locale!: DraftLocale;

  @Field({ description: 'The subject line (or title of a note).' })
  subject!: string;

  @Field({ description: 'The text, with the invoice list, amounts and dates formatted for the locale.' })
  body!: string;
}

@ObjectType('WorklistInvoice', { description: 'An open invoice an action lists.' })
export class WorklistInvoiceModel {
  @Field({ description: 'The invoice id.' })
  invoiceId!: string;

  @Field(() => DateScalar, { description: 'Its due date.' })
  dueDate!: string;

  @Field(() => MoneyModel, { description: 'What is still owed on it.' })
  openBalance!: MoneyModel;
}

@ObjectType('WorklistEntry', {
  description:
    "One action on the collector's list. Carrying it out is `recordReminder` with its step (`placeCreditHold` for PLACE_CREDIT_HOLD), which takes it off the list.",
})
export class WorklistEntryModel {
  @Field({ description: 'Stable while the action waits: <clientId>/<invoiceId>/<step>, or <clientId>/PLACE_CREDIT_HOLD.' })
  entryId!: string;

  @Field({ description: 'The client.' })
  clientId!: string;

  @Field({ description: "The client's name." })
  clientName!: string;

  @Field(() => WorklistActionEnum, { description: 'What to do.' })
  action!: WorklistAction;

  @Field(() => CollectionActionEnum, {
    nullable: true,
    description:
      'The ladder step to record with `recordReminder` (DECIDE_COURT_OR_WRITE_OFF for the decision, which settling the invoice ends); null for PLACE_CREDIT_HOLD, which is no rung.',
  })
  step!: CollectionAction | null;

  @Field(() => CreditHoldReasonEnum, { nullable: true, description: 'Why a credit hold is advised; null for every other action.' })
  holdReason!: CreditHoldReason | null;

  @Field(() => MoneyModel, { nullable: true, description: 'The credit limit the client owes more than, for CREDIT_LIMIT_EXCEEDED; null otherwise.' })
  creditLimit!: MoneyModel | null;

  @Field({ description: 'The invoice the action chases (for a credit hold, the oldest open one).' })
  invoiceId!: string;

  @Field(() => DateScalar, { description: 'The business day the action fell or falls due; it stays due until carried out.' })
  dueOn!: string;

  @Field(() => Int, { description: 'Days the chased invoice is past due on dueOn (negative before its due date).' })
  daysPastDue!: number;

  @Field(() => [WorklistInvoiceModel], {
    description: 'The invoices the message lists: the chased one first, then every other one past due (for a credit hold, every open one, oldest due first).',
  })
  invoices!: WorklistInvoiceModel[];

  @Field(() => MoneyModel, { description: 'The total of the invoices listed.' })
  total!: MoneyModel;

  @Field(() => ReminderChannelEnum, { description: 'The suggested channel.' })
  channel!: ReminderChannel;

  @Field(() => WorklistContactEnum, { description: 'Whom to address.' })
  contact!: WorklistContact;

  @Field({ description: 'An excuse came without a date since the last reminder: the message asks for one.' })
  askForDate!: boolean;

  @Field(() => Float, { description: "The client's risk score (0-100) the priority weighs in." })
  riskScore!: number;

  @Field(() => Float, {
    description: 'Amount (minor units) × days past due on dueOn (at least 1) × risk weight (1 + score/100): the list is sorted by it, highest first.',
  })
  priority!: number;

  /** Resolved from the entry: see WorklistEntryResolver. */
  draft?: DraftModel;
}

@ObjectType('WorklistEdge', { description: 'An entry and the cursor to continue after it.' })
export class WorklistEdgeModel {
  @Field({ description: 'Pass as `after` to continue after this entry.' })
  cursor!: string;

  @Field(() => WorklistEntryModel, { description: 'The entry.' })
  node!: WorklistEntryModel;
}

@ObjectType('WorklistConnection', { description: 'A page of the worklist, highest priority first.' })
export class WorklistConnectionModel {
  @Field(() => [WorklistEdgeModel], { description: 'The entries of the page.' })
  edges!: WorklistEdgeModel[];

  @Field(() => PageInfoModel, { description: 'Where this page stands, and the cursor for the next one.' })
  pageInfo!: PageInfoModel;

  /** Counted only when asked for: see WorklistConnectionResolver. */
  totalCount?: number;
}

@InputType({ description: 'Narrows the worklist.' })
export class WorklistFilterInput {
  @Field(() => WorklistActionEnum, { nullable: true, description: 'Only this action.' })
  @IsOptional()
  @IsEnum(WorklistAction)
  action?: WorklistAction | null;

  @Field(() => ReminderChannelEnum, { nullable: true, description: 'Only actions suggested through this channel.' })
  @IsOptional()
  @IsEnum(ReminderChannel)
  channel?: ReminderChannel | null;

  @Field(() => String, { nullable: true, description: "Only this client's actions." })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  clientId?: string | null;
}

export const WORKLIST_MAX_PAGE = 100;

@ArgsType()
export class WorklistArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Actions due on or before this business day; today when absent.' })
  @IsOptional()
  @IsLocalDate()
  on?: string | null;

  @Field(() => Int, { defaultValue: 20, description: `1 to ${WORKLIST_MAX_PAGE}` })
  @IsInt()
  @Min(1)
  @Max(WORKLIST_MAX_PAGE)
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(WORKLIST_CURSOR_MAX_LENGTH)
  after?: string | null;

  @Field(() => WorklistFilterInput, { nullable: true, description: 'Narrows the list.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorklistFilterInput)
  filter?: WorklistFilterInput | null;
}

@ArgsType()
export class DraftArgs {
  @Field({ description: 'The client.' })
  @IsString()
  @MaxLength(64)
  clientId!: string;

  @Field(() => DraftKindEnum, { description: 'Which draft.' })
  @IsEnum(DraftKind)
  kind!: DraftKind;

  @Field(() => DraftLocaleEnum, { nullable: true, description: 'The language; from the Accept-Language header when absent (English when it names neither).' })
  @IsOptional()
  @IsEnum(DraftLocale)
  locale?: DraftLocale | null;
}

@ArgsType()
export class ProposePaymentPlanArgs {
  @Field({ description: 'The client.' })
  @IsString()
  @MaxLength(64)
  clientId!: string;

  @Field(() => [String], { description: 'The invoices the plan settles (1 to 50).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  invoiceIds!: string[];
}

@ObjectType('ProposedInstalment', { description: 'One instalment of a proposed plan.' })
export class ProposedInstalmentModel {
  @Field(() => Int, { description: 'From 1.' })
  instalmentNumber!: number;

  @Field(() => DateScalar, { description: 'The day it falls due.' })
  dueDate!: string;

  @Field(() => MoneyModel, { description: 'The amount.' })
  amount!: MoneyModel;
}

@ObjectType('PaymentPlanLimits', { description: 'The guardrails the proposal kept to (configuration).' })
export class PaymentPlanLimitsModel {
  @Field(() => Int, { description: 'The last instalment falls due at most this many days after today.' })
  maxLengthDays!: number;

  @Field(() => Int, { description: 'At most this many instalments.' })
  maxInstalments!: number;

  @Field(() => Float, { description: 'The first instalment is at least this share of the balance, in percent.' })
  minFirstInstalmentPercent!: number;

  @Field(() => PlanInterestEnum, { description: 'Whether interest is charged.' })
  interest!: PlanInterest;

  @Field(() => Float, { description: 'Yearly interest in percent, when charged.' })
  annualInterestPercent!: number;
}

@ObjectType('PaymentPlanProposal', {
  description: 'A plan within the configured limits, ready for `agreePaymentPlan` (invoiceIds and instalments as they are).',
})
export class PaymentPlanProposalModel {
  @Field({ description: 'The client.' })
  clientId!: string;

  @Field(() => [String], { description: 'The invoices the plan settles, oldest due first.' })
  invoiceIds!: string[];

  @Field(() => MoneyModel, { description: 'Their open balance today: what the instalments add up to.' })
  openBalance!: MoneyModel;

  @Field(() => [ProposedInstalmentModel], { description: 'The instalments, in due-date order.' })
  instalments!: ProposedInstalmentModel[];

  @Field(() => PlanInterestEnum, { description: 'Whether interest is charged on top.' })
  interest!: PlanInterest;

  @Field(() => MoneyModel, { description: 'Interest on the declining balance over the plan; zero when waived. Not in the instalments.' })
  interestAmount!: MoneyModel;

  @Field(() => PaymentPlanLimitsModel, { description: 'The limits the proposal kept to.' })
  limits!: PaymentPlanLimitsModel;
}
