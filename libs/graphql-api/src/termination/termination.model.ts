import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type {
  EndDateBasis,
  EscalationKind,
  NewWorkPolicy,
  NoticeChannel,
  SettlementOutcome,
  TerminationReason,
  TerminationStatus,
} from '@client-lifecycle/domain';
import { ArchetypeEnum, RecommendationEnum, RiskBandEnum } from '../insight/risk.model';
import { DateScalar, DateTimeScalar, MoneyModel, PageInfoModel, SafeInt, CurrencyScalar } from '../shared';
import {
  EndDateBasisEnum,
  EscalationKindEnum,
  NewWorkPolicyEnum,
  NoticeChannelEnum,
  SettlementOutcomeEnum,
  TerminationReasonEnum,
  TerminationStatusEnum,
} from './termination.enums';

@ObjectType('TerminationEvidence', { description: "The client's risk and profitability the day the termination was proposed." })
export class TerminationEvidenceModel {
  @Field(() => DateScalar, { description: 'The day of the snapshot.' })
  asOf!: string;

  @Field(() => Float, { description: 'The score that day, 0–100.' })
  riskScore!: number;

  @Field(() => RiskBandEnum, { description: 'The band that day.' })
  riskBand!: string;

  @Field(() => RecommendationEnum, { description: 'The recommended decision that day.' })
  recommendation!: string;

  @Field(() => [ArchetypeEnum], { description: 'The archetypes the client showed.' })
  archetypes!: string[];

  @Field(() => [String], { description: 'The top risk factors, explained.' })
  topFactors!: string[];

  @Field(() => CurrencyScalar, { description: 'The contract currency.' })
  currency!: string;

  @Field(() => MoneyModel, { description: 'Open balances that day.' })
  outstanding!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Past-due balances that day.' })
  overdue!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Contribution margin to that day.' })
  contributionMargin!: MoneyModel;

  @Field(() => Float, { nullable: true, description: 'Contribution margin ÷ (invoiced − written off) × 100, 2 decimals; null before anything was invoiced.' })
  contributionMarginPercent!: number | null;
}

@ObjectType('ContractEvaluation', { description: 'What the contract says about ending it, read when the termination was evaluated.' })
export class ContractEvaluationModel {
  @Field(() => DateScalar, { description: 'The day the contract was read.' })
  evaluatedOn!: string;

  @Field({ description: 'The exit clause as written.' })
  exitClauseText!: string;

  @Field(() => Int, { description: "The contract's notice period, in days." })
  noticePeriodDays!: number;

  @Field({ description: "The exit clause allows ending without notice for the termination's reason." })
  immediateExitAllowed!: boolean;

  @Field(() => DateScalar, { description: 'The evaluation day plus the notice period (or the day itself when immediate exit is allowed).' })
  earliestLawfulEndDate!: string;

  @Field(() => DateScalar, { nullable: true, description: "The contract's end date, if it has one." })
  endOfTermDate!: string | null;

  @Field(() => DateScalar, { description: 'The date the process works towards.' })
  endDate!: string;

  @Field(() => EndDateBasisEnum, { description: 'Which date ends the relationship, and why.' })
  basis!: EndDateBasis;
}

@ObjectType('TerminationNotice', { description: 'The notice served to the client.' })
export class TerminationNoticeModel {
  @Field(() => NoticeChannelEnum, { description: 'How it was served.' })
  channel!: NoticeChannel;

  @Field(() => DateScalar, { description: 'The day it was served.' })
  servedOn!: string;

  @Field(() => DateScalar, { description: 'The day the relationship ends.' })
  effectiveDate!: string;

  @Field({ description: 'Served without notice period (an exit clause allowed it).' })
  immediate!: boolean;
}

@ObjectType('OwedDeliverable', { description: 'Something the client is still owed before the relationship ends.' })
export class OwedDeliverableModel {
  @Field({ description: "The deliverable's id." })
  deliverableId!: string;

  @Field({ description: 'What is owed.' })
  description!: string;

  @Field(() => DateScalar, { description: 'The day it is due.' })
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was handed over; null while it was not.' })
  completedOn!: string | null;
}

@ObjectType('FinalInvoice', { description: 'The last invoice the termination issued.' })
export class FinalInvoiceModel {
  @Field({ description: "The invoice's id." })
  invoiceId!: string;

  @Field(() => MoneyModel, { description: 'Its amount.' })
  amount!: MoneyModel;
}

@ObjectType('Settlement', { description: 'How the money owed was settled at the end.' })
export class SettlementModel {
  @Field(() => SettlementOutcomeEnum, { description: 'Paid, sent to collection or written off.' })
  outcome!: SettlementOutcome;

  @Field({ description: 'Who recorded the settlement.' })
  decidedBy!: string;

  @Field(() => DateScalar, { description: 'The day it was settled.' })
  settledOn!: string;

  @Field(() => MoneyModel, { description: 'What the client still owed when it was settled.' })
  outstanding!: MoneyModel;

  @Field(() => MoneyModel, { nullable: true, description: 'What recovery would likely bring in, as given.' })
  expectedRecovery!: MoneyModel | null;

  @Field(() => MoneyModel, { nullable: true, description: 'What recovery would cost, as given.' })
  recoveryCost!: MoneyModel | null;

  @Field(() => String, { nullable: true, description: 'Words recorded with it.' })
  note!: string | null;
}

@ObjectType('TerminationEscalation', { description: 'A deadline that passed unmet.' })
export class EscalationModel {
  @Field(() => EscalationKindEnum, { description: 'Which deadline.' })
  kind!: EscalationKind;

  @Field(() => String, { nullable: true, description: 'The deliverable, for a deliverable overdue.' })
  subject!: string | null;

  @Field(() => DateScalar, { description: 'The day it was due.' })
  dueOn!: string;

  @Field(() => DateScalar, { description: 'The day it was raised.' })
  raisedOn!: string;

  @Field({ description: 'What is late, in plain words.' })
  message!: string;
}

@ObjectType('TerminationDueDate', { description: 'A deadline of the termination still ahead.' })
export class DueDateModel {
  @Field({ description: 'What is due, in plain words.' })
  what!: string;

  @Field(() => DateScalar, { description: 'The day it is due.' })
  dueOn!: string;
}

@ObjectType('TerminationHistoryEntry', { description: 'One step of the termination, in plain words.' })
export class TerminationHistoryEntryModel {
  @Field(() => Int, { description: 'Its position in the termination stream, from 1.' })
  revision!: number;

  @Field({ description: 'The event type.' })
  type!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened in the business.' })
  occurredAt!: string;

  @Field(() => DateTimeScalar, { description: 'When the service stored it.' })
  recordedAt!: string;

  @Field({ description: 'Who acted: a credential or a system actor.' })
  actor!: string;

  @Field({ description: 'What happened, in plain words.' })
  summary!: string;
}

@ObjectType('Termination', { description: 'The professional ending of a client relationship, step by step.' })
export class TerminationModel {
  @Field({ description: "The termination's id, chosen by the caller." })
  terminationId!: string;

  @Field({ description: 'The client the relationship with ends.' })
  clientId!: string;

  @Field(() => TerminationStatusEnum, { description: 'The step it is at.' })
  status!: TerminationStatus;

  @Field(() => Int, { description: "The termination stream's version: pass it as expectedVersion." })
  version!: number;

  @Field(() => TerminationReasonEnum, { description: 'Why the relationship should end.' })
  reason!: TerminationReason;

  @Field({ description: 'The reason as it will be told to the client.' })
  explanation!: string;

  @Field({ description: 'The principal that proposed it.' })
  proposedBy!: string;

  @Field(() => DateScalar, { description: 'The day it was proposed.' })
  proposedOn!: string;

  @Field(() => String, { nullable: true, description: 'The manager who approved or rejected it.' })
  decidedBy!: string | null;

  @Field(() => TerminationEvidenceModel, { description: "The client's risk and money the day it was proposed." })
  evidence!: TerminationEvidenceModel;

  @Field(() => ContractEvaluationModel, { nullable: true, description: 'What the contract says about ending it; null until evaluated.' })
  contract!: ContractEvaluationModel | null;

  @Field(() => TerminationNoticeModel, { nullable: true, description: 'The notice; null until served.' })
  notice!: TerminationNoticeModel | null;

  @Field(() => [OwedDeliverableModel], { nullable: true, description: 'Null until confirmed; empty when nothing is owed.' })
  deliverables!: OwedDeliverableModel[] | null;

  @Field(() => FinalInvoiceModel, { nullable: true, description: 'The final invoice; null until issued.' })
  finalInvoice!: FinalInvoiceModel | null;

  @Field(() => NewWorkPolicyEnum, { nullable: true, description: 'What the client may still order; null until decided.' })
  newWorkPolicy!: NewWorkPolicy | null;

  @Field(() => SettlementModel, { nullable: true, description: 'How the money was settled; null until recorded.' })
  settlement!: SettlementModel | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the handover plan was given; null until then.' })
  transitionPlanDeliveredOn!: string | null;

  @Field({ description: 'The notice took effect.' })
  noticePeriodElapsed!: boolean;

  @Field(() => [EscalationModel], { description: 'Deadlines that passed unmet.' })
  escalations!: EscalationModel[];

  @Field({ description: 'Every condition for offboarding holds (or it is done).' })
  readyToOffboard!: boolean;

  @Field(() => [String], { description: 'What the process waits for now, in plain words.' })
  waitingFor!: string[];

  @Field(() => [DueDateModel], { description: 'Deadlines still ahead.' })
  dueDates!: DueDateModel[];

  @Field(() => [TerminationHistoryEntryModel], { description: 'Every step, oldest first.' })
  history!: TerminationHistoryEntryModel[];
}

@ObjectType('TerminationEdge', { description: 'One termination of the page, with its cursor.' })
export class TerminationEdgeModel {
  @Field({ description: 'Pass as `after` to continue after this termination.' })
  cursor!: string;

  @Field(() => TerminationModel, { description: 'The termination.' })
  node!: TerminationModel;
}

@ObjectType('TerminationConnection', { description: 'Terminations, oldest proposal first.' })
export class TerminationConnectionModel {
  @Field(() => [TerminationEdgeModel], { description: 'The terminations of this page, oldest proposal first.' })
  edges!: TerminationEdgeModel[];

  @Field(() => PageInfoModel, { description: 'Where this page stands, and the cursor for the next one.' })
  pageInfo!: PageInfoModel;

  @Field(() => Int, { description: 'How many terminations match, over all pages.' })
  totalCount!: number;
}

@ObjectType('TerminationPayload', { description: 'What a termination mutation stored, and the termination after it.' })
export class TerminationPayloadModel {
  @Field({ description: 'The termination the mutation was for.' })
  terminationId!: string;

  @Field(() => Int, { description: "The termination stream's version after the mutation." })
  version!: number;

  @Field({ description: 'True when an earlier mutation with the same idempotencyKey was found: nothing new was stored.' })
  deduplicated!: boolean;

  @Field(() => [String], { description: 'Types of the events this mutation stored.' })
  eventTypes!: string[];

  @Field(() => TerminationModel, { description: 'The termination after the mutation.' })
  termination!: TerminationModel;
}

@ObjectType('TerminationProgressed', { description: 'A termination moved on (after the change was committed).' })
export class TerminationProgressedModel {
  @Field({ description: 'The termination.' })
  terminationId!: string;

  @Field({ description: 'The client.' })
  clientId!: string;

  @Field(() => TerminationStatusEnum, { description: 'The step it is at now.' })
  status!: TerminationStatus;

  @Field(() => [String], { description: 'Types of the events that moved it.' })
  eventTypes!: string[];

  @Field(() => SafeInt, { description: 'The log position of the change.' })
  position!: number;
}
