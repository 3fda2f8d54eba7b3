import type { CostToServeActivity } from '@client-lifecycle/domain';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CostToServeActivityEnum } from './insight.enums';
import { DateScalar, MoneyModel, moneyOf, CurrencyScalar } from '../shared';

@ObjectType('AgingBuckets', { description: 'Open balances by days past due.' })
export class AgingBucketsModel {
  @Field(() => MoneyModel, { description: 'Not yet due.' })
  current!: MoneyModel;

  @Field(() => MoneyModel, { description: '1 to 30 days past due.' })
  days1To30!: MoneyModel;

  @Field(() => MoneyModel, { description: '31 to 60 days past due.' })
  days31To60!: MoneyModel;

  @Field(() => MoneyModel, { description: '61 to 90 days past due.' })
  days61To90!: MoneyModel;

  @Field(() => MoneyModel, { description: 'More than 90 days past due.' })
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

@ObjectType('CostToServeItem', { description: 'One line of the cost to serve: an activity, how often, how long and what it cost.' })
export class CostToServeItemModel {
  @Field(() => CostToServeActivityEnum, { description: 'What serving the client took.' })
  activity!: CostToServeActivity;

  @Field(() => Int, { description: 'How many times it happened.' })
  count!: number;

  @Field(() => Int, { description: 'Minutes it took in all.' })
  minutes!: number;

  @Field(() => MoneyModel, { description: 'What it cost.' })
  cost!: MoneyModel;
}

@ObjectType('Profitability', { description: 'What the client brings in and what it costs, in minor units of the contract currency.' })
export class ProfitabilityModel {
  @Field(() => DateScalar, { description: 'The day the figures are for.' })
  asOf!: string;

  @Field(() => CurrencyScalar, { description: 'The contract currency of every amount here.' })
  currency!: string;

  @Field(() => MoneyModel, { description: 'Everything invoiced.' })
  invoiced!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Payments received.' })
  collected!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Open balances.' })
  outstanding!: MoneyModel;

  @Field(() => AgingBucketsModel, { description: 'Past-due balances by aging bucket.' })
  overdueByBucket!: AgingBucketsModel;

  @Field(() => MoneyModel, { description: 'Written off by the day of the read: no longer receivable.' })
  writtenOff!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Credit notes and prompt-payment discounts by the day of the read: revenue given back.' })
  credited!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Late-payment interest charged by the day of the read: finance income on top of the invoices.' })
  lateInterest!: MoneyModel;

  @Field(() => Int, { description: 'Billable time logged, in minutes.' })
  billableMinutes!: number;

  @Field(() => Int, { description: 'Non-billable time logged, in minutes.' })
  nonBillableMinutes!: number;

  @Field(() => MoneyModel, {
    description: 'Billable hours at the configured loaded cost rate of their activity; non-billable time is priced in cost to serve.',
  })
  deliveryCost!: MoneyModel;

  @Field(() => MoneyModel, { description: 'The cost of serving the client beyond the billed work.' })
  costToServe!: MoneyModel;

  @Field(() => [CostToServeItemModel], { description: 'The cost to serve by activity, every activity listed.' })
  costToServeBreakdown!: CostToServeItemModel[];

  @Field(() => MoneyModel, { description: 'Cost of capital tied up in overdue balances.' })
  carryingCost!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Open balances times the loss rate of their aging bucket.' })
  expectedCreditLoss!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Invoiced − written off − delivery cost − cost to serve − carrying cost − expected credit loss.' })
  contributionMargin!: MoneyModel;

  @Field(() => Float, { nullable: true, description: 'Contribution margin ÷ (invoiced − written off) × 100, 2 decimals; null before anything was invoiced.' })
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
