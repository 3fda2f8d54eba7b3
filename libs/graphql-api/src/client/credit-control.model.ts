import { RecoveryRoute } from '@client-lifecycle/domain';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, MoneyModel, schemaEnum } from '../shared';

export const RecoveryRouteEnum = schemaEnum(
  RecoveryRoute,
  'RecoveryRoute',
  'How the chase of a long-overdue debt ends: a collection agency, a court claim, or a write-off.',
  {
    AGENCY: 'Hand the debt to a collection agency, which keeps a share of what it recovers.',
    COURT: 'Claim the debt in court: court and legal costs against the expected recovery.',
    WRITE_OFF: 'Give the debt up: nothing more is spent chasing it.',
  },
);

@ObjectType('LateInterestProposal', {
  description: 'Statutory late-payment interest not charged yet (reference rate + 8 points a year, or the contract rate); charge it with chargeLateInterest.',
})
export class LateInterestProposalModel {
  @Field(() => DateScalar, { description: 'The first day not charged yet.' })
  from!: string;

  @Field(() => DateScalar, { description: 'The last day counted: the day the view is judged on.' })
  to!: string;

  @Field(() => Int, { description: 'Days from `from` to `to`, both included.' })
  days!: number;

  @Field(() => Float, { description: 'The annual rate applied, in percent.' })
  annualRatePercent!: number;

  @Field(() => MoneyModel, { description: 'The interest, simple, per day on the principal owed the day before.' })
  amount!: MoneyModel;
}

@ObjectType('RecoveryOption', { description: 'One way to end the chase, with what it is expected to bring in and to cost.' })
export class RecoveryOptionModel {
  @Field(() => RecoveryRouteEnum, { description: 'The route.' })
  route!: RecoveryRoute;

  @Field(() => MoneyModel, { description: 'What the route is expected to bring in, in the contract currency.' })
  expectedRecovery!: MoneyModel;

  @Field(() => MoneyModel, { description: 'What pursuing it costs, in the contract currency.' })
  recoveryCost!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Expected recovery less its cost.' })
  net!: MoneyModel;
}

@ObjectType('RecoveryAdvice', {
  description: 'The cost-of-recovery rule on the long-overdue debt: pursue it only where it brings in more than it costs, else write it off.',
})
export class RecoveryAdviceModel {
  @Field(() => RecoveryRouteEnum, { description: 'The route with the best net recovery; WRITE_OFF when none is positive.' })
  route!: RecoveryRoute;

  @Field(() => MoneyModel, { description: 'The debt weighed: open balances at the court-or-write-off stage (90 days past due by default).' })
  debt!: MoneyModel;

  @Field(() => [String], { description: 'The invoices weighed.' })
  invoiceIds!: string[];

  @Field(() => [RecoveryOptionModel], { description: 'Agency, court and write-off, each with its expected recovery and cost.' })
  options!: RecoveryOptionModel[];
}

@ObjectType('CreditControl', { description: "The client's credit standing: the hold in force and the limit set." })
export class CreditControlModel {
  @Field({ description: 'Credit is on hold: new invoices fall due when issued, new scope changes are refused.' })
  onCreditHold!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'The day the hold in force was placed; null while none is.' })
  creditHoldSince!: string | null;

  @Field(() => MoneyModel, { nullable: true, description: 'The most the client may owe; null while no limit is set.' })
  creditLimit!: MoneyModel | null;

  @Field(() => MoneyModel, { description: "Everything written off the client's invoices so far." })
  writtenOff!: MoneyModel;
}
