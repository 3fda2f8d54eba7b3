import type { CostToServeActivity } from '@client-lifecycle/domain';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CostToServeActivityEnum } from './insight.enums';
import { DateScalar, MoneyModel, moneyOf } from '../shared';

@ObjectType('AgingBuckets', { description: 'Open balances by days past due.' })
export class AgingBucketsModel {
  @Field(() => MoneyModel, { description: 'Not yet due.' })
  current!: MoneyModel;

  @Field(() => MoneyModel)
  days1To30!: MoneyModel;

  @Field(() => MoneyModel)
  days31To60!: MoneyModel;

  @Field(() => MoneyModel)
  days61To90!: MoneyModel;

  @Field(() => MoneyModel)
  over90!: MoneyModel;
}

/** The schema's shape of a balance keyed by the domain's bucket names. */
export const agingBucketsOf = (byBucket: Readonly<Record<string, number>>, currency: string): AgingBucketsModel => ({
  current: moneyOf(byBucket['CURRENT'] ?? 0, currency),
  days1To30: moneyOf(byBucket['DAYS_1_30'] ?? 0, currency),
  days31To60: moneyOf(byBucket['DAYS_31_60'] ?? 0, currency),
  days61To90: moneyOf(byBucket['DAYS_61_90'] ?? 0, currency),
  over90: moneyOf(byBucket['DAYS_90_PLUS'] ?? 0, currency),
});

@ObjectType('CostToServeItem')
export class CostToServeItemModel {
  @Field(() => CostToServeActivityEnum)
  activity!: CostToServeActivity;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  minutes!: number;

  @Field(() => MoneyModel)
  cost!: MoneyModel;
}

@ObjectType('Profitability', { description: 'What the client brings in and what it costs, in minor units of the contract currency.' })
export class ProfitabilityModel {
  @Field(() => DateScalar)
  asOf!: string;

  @Field()
  currency!: string;

  @Field(() => MoneyModel)
  invoiced!: MoneyModel;

  @Field(() => MoneyModel)
  collected!: MoneyModel;

  @Field(() => MoneyModel)
  outstanding!: MoneyModel;

  @Field(() => AgingBucketsModel)
  overdueByBucket!: AgingBucketsModel;

  @Field(() => MoneyModel, { description: 'Written off by the day of the read: no longer receivable.' })
  writtenOff!: MoneyModel;

  @Field(() => Int)
  billableMinutes!: number;

  @Field(() => Int)
  nonBillableMinutes!: number;

  @Field(() => MoneyModel, {
    description: 'Billable hours at the configured loaded cost rate of their activity; non-billable time is priced in cost to serve.',
  })
  deliveryCost!: MoneyModel;

  @Field(() => MoneyModel)
  costToServe!: MoneyModel;

  @Field(() => [CostToServeItemModel])
  costToServeBreakdown!: CostToServeItemModel[];

  @Field(() => MoneyModel, { description: 'Cost of capital tied up in overdue balances.' })
  carryingCost!: MoneyModel;

  @Field(() => MoneyModel)
  expectedCreditLoss!: MoneyModel;

  @Field(() => MoneyModel)
  contributionMargin!: MoneyModel;

  @Field(() => Float, { nullable: true })
  contributionMarginPercent!: number | null;

  @Field({ description: 'Long overdue after a broken promise or a lawyer letter: expected credit loss is all of what it owes.' })
  inDefault!: boolean;

  @Field(() => MoneyModel, { description: 'Collected − delivery cost − cost to serve − carrying cost.' })
  collectedMargin!: MoneyModel;

  @Field(() => Float, { nullable: true, description: 'Collected margin ÷ collected × 100.' })
  collectedMarginPercent!: number | null;

  @Field(() => MoneyModel, { nullable: true, description: 'Collected revenue ÷ all hours worked, billable or not.' })
  effectiveHourlyRate!: MoneyModel | null;

  @Field(() => Float, { nullable: true, description: 'Billed ÷ standard value of all hours worked, as a fraction (1 = 100 %), 4 decimals.' })
  billingRealizationRatio!: number | null;

  @Field(() => Float, { nullable: true, description: 'Collected ÷ billed, as a fraction (1 = 100 %), 4 decimals.' })
  collectionRealizationRatio!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean days from due date to full payment.' })
  averageDaysToPay!: number | null;

  @Field(() => Float, { nullable: true, description: 'Amount-weighted days from due date to full payment.' })
  averageDaysToPayWeighted!: number | null;

  @Field(() => Float, { nullable: true, description: 'PAYDEX-like 0–100: 80 pays on time, 50 at 30 days late.' })
  paymentIndex!: number | null;
}
