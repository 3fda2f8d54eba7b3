import type { CostToServeActivity } from '@client-lifecycle/domain';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CostToServeActivityEnum } from './insight.enums';
import { SafeInt, DateScalar } from '../shared';

@ObjectType('AgingBuckets', { description: 'Open balances by days past due, in minor units of the contract currency.' })
export class AgingBucketsModel {
  @Field(() => SafeInt, { description: 'Not yet due.' })
  current!: number;

  @Field(() => SafeInt)
  days1To30!: number;

  @Field(() => SafeInt)
  days31To60!: number;

  @Field(() => SafeInt)
  days61To90!: number;

  @Field(() => SafeInt)
  over90!: number;
}

/** The schema's shape of a balance keyed by the domain's bucket names. */
export const agingBucketsOf = (byBucket: Readonly<Record<string, number>>): AgingBucketsModel => ({
  current: byBucket['CURRENT'] ?? 0,
  days1To30: byBucket['DAYS_1_30'] ?? 0,
  days31To60: byBucket['DAYS_31_60'] ?? 0,
  days61To90: byBucket['DAYS_61_90'] ?? 0,
  over90: byBucket['DAYS_90_PLUS'] ?? 0,
});

@ObjectType('CostToServeItem')
export class CostToServeItemModel {
  @Field(() => CostToServeActivityEnum)
  activity!: CostToServeActivity;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  minutes!: number;

  @Field(() => SafeInt)
  costMinor!: number;
}

@ObjectType('Profitability', { description: 'What the client brings in and what it costs, in minor units of the contract currency.' })
export class ProfitabilityModel {
  @Field(() => DateScalar)
  asOf!: string;

  @Field()
  currency!: string;

  @Field(() => SafeInt)
  invoicedMinor!: number;

  @Field(() => SafeInt)
  collectedMinor!: number;

  @Field(() => SafeInt)
  outstandingMinor!: number;

  @Field(() => AgingBucketsModel)
  overdueByBucket!: AgingBucketsModel;

  @Field(() => SafeInt, { description: 'Written off by the day of the read: no longer receivable.' })
  writtenOffMinor!: number;

  @Field(() => Int)
  billableMinutes!: number;

  @Field(() => Int)
  nonBillableMinutes!: number;

  @Field(() => SafeInt, { description: 'Billable hours at the configured loaded cost rate of their activity; non-billable time is priced in cost to serve.' })
  deliveryCostMinor!: number;

  @Field(() => SafeInt)
  costToServeMinor!: number;

  @Field(() => [CostToServeItemModel])
  costToServeBreakdown!: CostToServeItemModel[];

  @Field(() => SafeInt, { description: 'Cost of capital tied up in overdue balances.' })
  carryingCostMinor!: number;

  @Field(() => SafeInt)
  expectedCreditLossMinor!: number;

  @Field(() => SafeInt)
  contributionMarginMinor!: number;

  @Field(() => Float, { nullable: true })
  contributionMarginPercent!: number | null;

  @Field({ description: 'Long overdue after a broken promise or a lawyer letter: expected credit loss is all of what it owes.' })
  inDefault!: boolean;

  @Field(() => SafeInt, { description: 'Collected − delivery cost − cost to serve − carrying cost.' })
  collectedMarginMinor!: number;

  @Field(() => Float, { nullable: true, description: 'Collected margin ÷ collected × 100.' })
  collectedMarginPercent!: number | null;

  @Field(() => SafeInt, { nullable: true, description: 'Collected revenue ÷ all hours worked, billable or not.' })
  effectiveHourlyRateMinor!: number | null;

  @Field(() => Float, { nullable: true, description: 'Billed ÷ standard value of all hours worked.' })
  billingRealization!: number | null;

  @Field(() => Float, { nullable: true, description: 'Collected ÷ billed.' })
  collectionRealization!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean days from due date to full payment.' })
  averageDaysToPay!: number | null;

  @Field(() => Float, { nullable: true, description: 'Amount-weighted days from due date to full payment.' })
  averageDaysToPayWeighted!: number | null;

  @Field(() => Float, { nullable: true, description: 'PAYDEX-like 0–100: 80 pays on time, 50 at 30 days late.' })
  paymentIndex!: number | null;
}
