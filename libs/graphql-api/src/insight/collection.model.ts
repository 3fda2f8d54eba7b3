import type { AgingBucket, CollectionAction, LadderPauseReason, ReminderStep } from '@client-lifecycle/domain';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ReminderStepEnum } from '../client/client.enums';
import { LateInterestProposalModel, RecoveryAdviceModel } from '../client/credit-control.model';
import { AgingBucketEnum, CollectionActionEnum, LadderPauseReasonEnum } from './insight.enums';
import { DateScalar, MoneyModel } from '../shared';
import { AgingBucketsModel } from './profitability.model';

@ObjectType('LadderPause', { description: 'Why the collection ladder waits, and until when.' })
export class LadderPauseModel {
  @Field(() => LadderPauseReasonEnum, { description: 'A promise to pay not yet due, or an open dispute.' })
  reason!: LadderPauseReason;

  @Field(() => DateScalar, { nullable: true, description: 'YYYY-MM-DD; null while a dispute is open.' })
  until!: string | null;
}

@ObjectType('LadderStep', { description: 'A rung of the collection ladder the calendar has reached.' })
export class LadderStepModel {
  @Field(() => ReminderStepEnum, { description: 'The reminder step.' })
  step!: ReminderStep;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD the rung fell due.' })
  dueOn!: string;

  @Field({ description: 'Whether a reminder of this step was recorded.' })
  carriedOut!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'The day the first reminder of this step was sent; null while it was not.' })
  carriedOutOn!: string | null;
}

@ObjectType('InvoiceCollection', { description: 'Where an open invoice stands on the collection ladder.' })
export class InvoiceCollectionModel {
  @Field({ description: 'The invoice.' })
  invoiceId!: string;

  @Field(() => DateScalar, { description: 'The day payment was due.' })
  dueDate!: string;

  @Field(() => Int, { description: 'Negative while not yet due.' })
  daysPastDue!: number;

  @Field(() => AgingBucketEnum, { description: 'The aging bucket it is in.' })
  bucket!: AgingBucket;

  @Field(() => MoneyModel, { description: 'What is still owed on it.' })
  openBalance!: MoneyModel;

  @Field(() => ReminderStepEnum, {
    nullable: true,
    description: 'Where the calendar has taken the invoice (frozen while paused), or the last step sent if higher.',
  })
  currentStep!: ReminderStep | null;

  @Field(() => ReminderStepEnum, { nullable: true, description: 'The last reminder step actually sent.' })
  lastStepSent!: ReminderStep | null;

  @Field(() => [LadderStepModel], { description: 'The rungs up to the current step, each with whether it was carried out.' })
  steps!: LadderStepModel[];

  @Field(() => CollectionActionEnum, { nullable: true, description: 'The next reminder step, or DECIDE_COURT_OR_WRITE_OFF at the end of the ladder.' })
  nextStep!: CollectionAction | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the next step falls due; null when none is.' })
  nextStepDueOn!: string | null;

  @Field(() => LadderPauseModel, { nullable: true, description: 'Why the ladder waits, if it does.' })
  paused!: LadderPauseModel | null;

  @Field({ description: 'An excuse came without a date: the next reminder must ask for one.' })
  askForDate!: boolean;

  @Field({ description: 'The ladder runs on the oldest unpaid invoice first.' })
  ladderActive!: boolean;

  @Field(() => Int, { description: 'Promises to pay this invoice that were broken.' })
  brokenPromises!: number;

  @Field(() => [String], { description: 'The events behind this position on the ladder.' })
  evidenceEventIds!: string[];

  @Field(() => LateInterestProposalModel, {
    nullable: true,
    description: 'Late-payment interest not charged yet, as of the day the view is judged on; null while nothing accrues.',
  })
  lateInterestProposal!: LateInterestProposalModel | null;
}

@ObjectType('PromiseRecord', { description: "How the client's promises to pay turned out." })
export class PromiseRecordModel {
  @Field(() => Int, { description: 'Promises not yet due.' })
  pending!: number;

  @Field(() => Int, { description: 'Promises paid by their day.' })
  kept!: number;

  @Field(() => Int, { description: 'Promises that fell due unpaid.' })
  broken!: number;

  @Field(() => Float, { nullable: true, description: 'kept ÷ (kept + broken), as a fraction (1 = 100 %), 4 decimals; null before any promise fell due.' })
  keptRatio!: number | null;
}

@ObjectType('Collection', { description: "The client's open invoices on the collection ladder." })
export class CollectionModel {
  @Field(() => DateScalar, { description: 'The day the ladder is read for.' })
  asOf!: string;

  @Field(() => [InvoiceCollectionModel], { description: 'Open invoices, oldest due first.' })
  invoices!: InvoiceCollectionModel[];

  @Field(() => AgingBucketsModel, { description: 'Past-due balances by aging bucket.' })
  overdueByBucket!: AgingBucketsModel;

  @Field(() => MoneyModel, { description: 'Everything past due.' })
  totalOverdue!: MoneyModel;

  @Field(() => PromiseRecordModel, { description: 'How the promises to pay turned out.' })
  promises!: PromiseRecordModel;

  @Field(() => [String], { description: 'The promises to pay that were broken (their events).' })
  brokenPromiseEventIds!: string[];

  @Field(() => RecoveryAdviceModel, {
    nullable: true,
    description: 'The cost-of-recovery rule (agency, court or write-off) on the long-overdue debt; null while none is old enough.',
  })
  recovery!: RecoveryAdviceModel | null;
}
