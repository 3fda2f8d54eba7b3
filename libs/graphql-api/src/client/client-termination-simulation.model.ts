import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { type EndDateBasis, type TerminationReason, TerminationVerdict } from '@client-lifecycle/domain';
import { CurrencyScalar, DateScalar, MoneyModel, schemaEnum } from '../shared';
import { EndDateBasisEnum, TerminationReasonEnum } from '../termination/termination.enums';

export const TerminationVerdictEnum = schemaEnum(
  TerminationVerdict,
  'TerminationVerdict',
  'Whether ending the relationship is worth more than keeping it over the horizon.',
  {
    TERMINATING_SAVES: 'The cost to serve saved and the credit loss avoided exceed the revenue lost.',
    TERMINATING_LOSES: 'The revenue lost exceeds the cost to serve saved and the credit loss avoided.',
    NO_DIFFERENCE: 'Nothing billed or spent recently to run forward, or the figures cancel out.',
  },
);

@ObjectType('TerminationWhatIfBasis', { description: "The client's recent months whose billing and cost are run forward." })
export class TerminationWhatIfBasisModel {
  @Field(() => DateScalar, { description: 'First day counted: six months back, or the day the client came when later.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day counted: the day asked about.' })
  to!: string;

  @Field(() => Float, { description: 'Months counted (mean calendar months, 2 decimals, at least one): the divisor of the monthly figures.' })
  months!: number;

  @Field(() => MoneyModel, { description: 'Invoiced in those months.' })
  invoiced!: MoneyModel;

  @Field(() => MoneyModel, {
    description:
      'Loaded cost of the billable hours plus the cost to serve (meetings, non-billable time, complaints, reminders, legal and collection fees) in those months.',
  })
  cost!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Invoiced ÷ months, rounded to the minor unit.' })
  monthlyBilling!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Cost ÷ months, rounded to the minor unit.' })
  monthlyCost!: MoneyModel;

  @Field(() => Float, {
    description: 'Expected credit loss ÷ what the client owes on the day, a fraction (1 = 100 %, 1 in default); the current bucket rate when it owes nothing.',
  })
  expectedLossRatio!: number;
}

@ObjectType('TerminationWhatIf', {
  description:
    'What terminating a client would do over the next 12 months. Nothing is stored. netEffect = costToServeSaved + creditLossAvoided − revenueLost; what the open invoices still owe is owed either way, so it is shown beside the net effect, not in it.',
})
export class TerminationWhatIfModel {
  @Field({ description: 'The client weighed.' })
  clientId!: string;

  @Field(() => DateScalar, { description: 'The business day the termination would be decided on.' })
  on!: string;

  @Field(() => CurrencyScalar, { description: 'The contract currency of every amount here.' })
  currency!: string;

  @Field(() => TerminationReasonEnum, { description: 'The reason weighed.' })
  reason!: TerminationReason;

  @Field(() => Int, { description: 'Months ahead the comparison covers: 12.' })
  horizonMonths!: number;

  @Field(() => Int, { description: "The contract's notice period in days." })
  noticePeriodDays!: number;

  @Field({ description: "Whether the contract's exit clause allows ending at once for this reason." })
  immediateExitAllowed!: boolean;

  @Field(() => DateScalar, { description: 'The day asked about plus the notice period, or the day itself when immediate exit is allowed.' })
  earliestLawfulEndDate!: string;

  @Field(() => DateScalar, {
    description:
      'When a termination process would end the relationship: the earliest lawful end date, or the end of the term when it comes within 60 days of it.',
  })
  endDate!: string;

  @Field(() => EndDateBasisEnum, { description: 'Which rule set the end date.' })
  endDateBasis!: EndDateBasis;

  @Field(() => Float, { description: 'Months of the horizon after the end date (2 decimals): until then the client is billed and served as now.' })
  monthsWithoutClient!: number;

  @Field(() => TerminationWhatIfBasisModel, { description: 'The recent billing and cost run forward.' })
  basis!: TerminationWhatIfBasisModel;

  @Field(() => MoneyModel, { description: 'Monthly billing × months without the client.' })
  revenueLost!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Monthly cost (hours at loaded cost, cost to serve) × months without the client.' })
  costToServeSaved!: MoneyModel;

  @Field(() => MoneyModel, { description: 'The expected loss ratio on the revenue no longer billed: credit not granted.' })
  creditLossAvoided!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Still open on the invoices already issued, due or not.' })
  stillToCollect!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Of what is still to collect, the share expected never to come in.' })
  expectedLossOnOpen!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Cost to serve saved + credit loss avoided − revenue lost: positive when terminating saves money.' })
  netEffect!: MoneyModel;

  @Field(() => TerminationVerdictEnum, { description: 'The net effect as a verdict.' })
  verdict!: TerminationVerdict;

  @Field({ description: 'The verdict in one English sentence, with the figures behind it.' })
  plainWords!: string;
}
