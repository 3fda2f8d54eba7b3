import type { AgingBucket, CollectionAction, LadderPauseReason, ReminderStep } from '@client-lifecycle/domain';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ReminderStepEnum } from '../client/client.enums';
import { AgingBucketEnum, CollectionActionEnum, LadderPauseReasonEnum } from './insight.enums';
import { DateScalar, MoneyModel } from '../shared';
import { AgingBucketsModel } from './profitability.model';

@ObjectType('LadderPause', { description: 'Why the collection ladder waits, and until when.' })
export class LadderPauseModel {
  @Field(() => LadderPauseReasonEnum)
  reason!: LadderPauseReason;

  @Field(() => DateScalar, { nullable: true, description: 'YYYY-MM-DD; null while a dispute is open.' })
  until!: string | null;
}

@ObjectType('LadderStep', { description: 'A rung of the collection ladder the calendar has reached.' })
export class LadderStepModel {
  @Field(() => ReminderStepEnum)
  step!: ReminderStep;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD the rung fell due.' })
  dueOn!: string;

  @Field({ description: 'Whether a reminder of this step was recorded.' })
  carriedOut!: boolean;

  @Field(() => DateScalar, { nullable: true })
  carriedOutOn!: string | null;
}

@ObjectType('InvoiceCollection', { description: 'Where an open invoice stands on the collection ladder.' })
export class InvoiceCollectionModel {
  @Field()
  invoiceId!: string;

  @Field(() => DateScalar)
  dueDate!: string;

  @Field(() => Int, { description: 'Negative while not yet due.' })
  daysPastDue!: number;

  @Field(() => AgingBucketEnum)
  bucket!: AgingBucket;

  @Field(() => MoneyModel)
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

  @Field(() => DateScalar, { nullable: true })
  nextStepDueOn!: string | null;

  @Field(() => LadderPauseModel, { nullable: true })
  paused!: LadderPauseModel | null;

  @Field({ description: 'An excuse came without a date: the next reminder must ask for one.' })
  askForDate!: boolean;

  @Field({ description: 'The ladder runs on the oldest unpaid invoice first.' })
  ladderActive!: boolean;

  @Field(() => Int)
  brokenPromises!: number;

  @Field(() => [String])
  evidenceEventIds!: string[];
}

@ObjectType('PromiseRecord')
export class PromiseRecordModel {
  @Field(() => Int)
  pending!: number;

  @Field(() => Int)
  kept!: number;

  @Field(() => Int)
  broken!: number;

  @Field(() => Float, { nullable: true, description: 'kept ÷ (kept + broken), as a fraction (1 = 100 %), 4 decimals; null before any promise fell due.' })
  keptRatio!: number | null;
}

@ObjectType('Collection', { description: "The client's open invoices on the collection ladder." })
export class CollectionModel {
  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => [InvoiceCollectionModel], { description: 'Open invoices, oldest due first.' })
  invoices!: InvoiceCollectionModel[];

  @Field(() => AgingBucketsModel)
  overdueByBucket!: AgingBucketsModel;

  @Field(() => MoneyModel)
  totalOverdue!: MoneyModel;

  @Field(() => PromiseRecordModel)
  promises!: PromiseRecordModel;

  @Field(() => [String])
  brokenPromiseEventIds!: string[];
}
