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
import { DateScalar, DateTimeScalar, MoneyModel, PageInfoModel, SafeInt } from '../shared';
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
  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => Float)
  riskScore!: number;

  @Field(() => RiskBandEnum)
  riskBand!: string;

  @Field(() => RecommendationEnum)
  recommendation!: string;

  @Field(() => [ArchetypeEnum])
  archetypes!: string[];

  @Field(() => [String], { description: 'The top risk factors, explained.' })
  topFactors!: string[];

  @Field()
  currency!: string;

  @Field(() => MoneyModel)
  outstanding!: MoneyModel;

  @Field(() => MoneyModel)
  overdue!: MoneyModel;

  @Field(() => MoneyModel)
  contributionMargin!: MoneyModel;

  @Field(() => Float, { nullable: true })
  contributionMarginPercent!: number | null;
}

@ObjectType('ContractEvaluation')
export class ContractEvaluationModel {
  @Field(() => DateScalar)
  evaluatedOn!: string;

  @Field()
  exitClauseText!: string;

  @Field(() => Int)
  noticePeriodDays!: number;

  @Field()
  immediateExitAllowed!: boolean;

  @Field(() => DateScalar, { description: 'The evaluation day plus the notice period (or the day itself when immediate exit is allowed).' })
  earliestLawfulEndDate!: string;

  @Field(() => DateScalar, { nullable: true })
  endOfTermDate!: string | null;

  @Field(() => DateScalar, { description: 'The date the process works towards.' })
  endDate!: string;

  @Field(() => EndDateBasisEnum)
  basis!: EndDateBasis;
}

@ObjectType('TerminationNotice')
export class TerminationNoticeModel {
  @Field(() => NoticeChannelEnum)
  channel!: NoticeChannel;

  @Field(() => DateScalar)
  servedOn!: string;

  @Field(() => DateScalar)
  effectiveDate!: string;

  @Field()
  immediate!: boolean;
}

@ObjectType('OwedDeliverable')
export class OwedDeliverableModel {
  @Field()
  deliverableId!: string;

  @Field()
  description!: string;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true })
  completedOn!: string | null;
}

@ObjectType('FinalInvoice')
export class FinalInvoiceModel {
  @Field()
  invoiceId!: string;

  @Field(() => MoneyModel)
  amount!: MoneyModel;
}

@ObjectType('Settlement')
export class SettlementModel {
  @Field(() => SettlementOutcomeEnum)
  outcome!: SettlementOutcome;

  @Field()
  decidedBy!: string;

  @Field(() => DateScalar)
  settledOn!: string;

  @Field(() => MoneyModel, { description: 'What the client still owed when it was settled.' })
  outstanding!: MoneyModel;

  @Field(() => MoneyModel, { nullable: true })
  expectedRecovery!: MoneyModel | null;

  @Field(() => MoneyModel, { nullable: true })
  recoveryCost!: MoneyModel | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('TerminationEscalation', { description: 'A deadline that passed unmet.' })
export class EscalationModel {
  @Field(() => EscalationKindEnum)
  kind!: EscalationKind;

  @Field(() => String, { nullable: true, description: 'The deliverable, for a deliverable overdue.' })
  subject!: string | null;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => DateScalar)
  raisedOn!: string;

  @Field()
  message!: string;
}

@ObjectType('TerminationDueDate')
export class DueDateModel {
  @Field()
  what!: string;

  @Field(() => DateScalar)
  dueOn!: string;
}

@ObjectType('TerminationHistoryEntry', { description: 'One step of the termination, in plain words.' })
export class TerminationHistoryEntryModel {
  @Field(() => Int)
  revision!: number;

  @Field()
  type!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: string;

  @Field(() => DateTimeScalar)
  recordedAt!: string;

  @Field()
  actor!: string;

  @Field()
  summary!: string;
}

@ObjectType('Termination', { description: 'The professional ending of a client relationship, step by step.' })
export class TerminationModel {
  @Field()
  terminationId!: string;

  @Field()
  clientId!: string;

  @Field(() => TerminationStatusEnum)
  status!: TerminationStatus;

  @Field(() => Int, { description: "The termination stream's version: pass it as expectedVersion." })
  version!: number;

  @Field(() => TerminationReasonEnum)
  reason!: TerminationReason;

  @Field()
  explanation!: string;

  @Field()
  proposedBy!: string;

  @Field(() => DateScalar)
  proposedOn!: string;

  @Field(() => String, { nullable: true, description: 'The manager who approved or rejected it.' })
  decidedBy!: string | null;

  @Field(() => TerminationEvidenceModel)
  evidence!: TerminationEvidenceModel;

  @Field(() => ContractEvaluationModel, { nullable: true })
  contract!: ContractEvaluationModel | null;

  @Field(() => TerminationNoticeModel, { nullable: true })
  notice!: TerminationNoticeModel | null;

  @Field(() => [OwedDeliverableModel], { nullable: true, description: 'Null until confirmed; empty when nothing is owed.' })
  deliverables!: OwedDeliverableModel[] | null;

  @Field(() => FinalInvoiceModel, { nullable: true })
  finalInvoice!: FinalInvoiceModel | null;

  @Field(() => NewWorkPolicyEnum, { nullable: true })
  newWorkPolicy!: NewWorkPolicy | null;

  @Field(() => SettlementModel, { nullable: true })
  settlement!: SettlementModel | null;

  @Field(() => DateScalar, { nullable: true })
  transitionPlanDeliveredOn!: string | null;

  @Field()
  noticePeriodElapsed!: boolean;

  @Field(() => [EscalationModel])
  escalations!: EscalationModel[];

  @Field({ description: 'Every condition for offboarding holds (or it is done).' })
  readyToOffboard!: boolean;

  @Field(() => [String], { description: 'What the process waits for now, in plain words.' })
  waitingFor!: string[];

  @Field(() => [DueDateModel])
  dueDates!: DueDateModel[];

  @Field(() => [TerminationHistoryEntryModel], { description: 'Every step, oldest first.' })
  history!: TerminationHistoryEntryModel[];
}

@ObjectType('TerminationEdge')
export class TerminationEdgeModel {
  @Field()
  cursor!: string;

  @Field(() => TerminationModel)
  node!: TerminationModel;
}

@ObjectType('TerminationConnection', { description: 'Terminations, oldest proposal first.' })
export class TerminationConnectionModel {
  @Field(() => [TerminationEdgeModel])
  edges!: TerminationEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('TerminationPayload', { description: 'What a termination mutation stored, and the termination after it.' })
export class TerminationPayloadModel {
  @Field()
  terminationId!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'True when an earlier mutation with the same idempotencyKey was found: nothing new was stored.' })
  deduplicated!: boolean;

  @Field(() => [String], { description: 'Types of the events this mutation stored.' })
  eventTypes!: string[];

  @Field(() => TerminationModel)
  termination!: TerminationModel;
}

@ObjectType('TerminationProgressed', { description: 'A termination moved on (after the change was committed).' })
export class TerminationProgressedModel {
  @Field()
  terminationId!: string;

  @Field()
  clientId!: string;

  @Field(() => TerminationStatusEnum)
  status!: TerminationStatus;

  @Field(() => [String])
  eventTypes!: string[];

  @Field(() => SafeInt)
  position!: number;
}
