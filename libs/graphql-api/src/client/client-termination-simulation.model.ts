import { Field, Float, ObjectType } from '@nestjs/graphql';
import { type EndDateBasis, type TerminationReason, TerminationVerdict } from '@client-lifecycle/domain';
import { SafeInt } from '../shared';
import { EndDateBasisEnum, TerminationReasonEnum } from '../termination/termination.enums';
import { describedEnum } from '../worklist/described-enum';

export const TerminationVerdictEnum = describedEnum(
  TerminationVerdict,
  'TerminationVerdict',
  'Whether ending the relationship is worth more than keeping it over the horizon.',
  {
    TERMINATING_SAVES: 'The cost to serve saved and the credit loss avoided exceed the revenue lost.',
    TERMINATING_LOSES: 'The revenue lost exceeds the cost to serve saved and the credit loss avoided.',
    NO_DIFFERENCE: 'Nothing billed or spent recently to run forward, or the figures cancel out.',
  },
);

@ObjectType('TerminationWhatIfBasis', {
  description: "The client's recent months whose billing and cost are run forward, in minor units of the contract currency.",
})
export class TerminationWhatIfBasisModel {
  @Field({ description: 'First day counted (YYYY-MM-DD): six months back, or the day the client came when later.' })
  from!: string;

  @Field({ description: 'Last day counted (YYYY-MM-DD): the day asked about.' })
  to!: string;

  @Field(() => Float, { description: 'Months counted (mean calendar months, at least one): the divisor of the monthly figures.' })
  months!: number;

  @Field(() => SafeInt, { description: 'Invoiced in those months.' })
  invoicedMinor!: number;

  @Field(() => SafeInt, {
    description:
      'Loaded cost of the billable hours plus the cost to serve (meetings, non-billable time, complaints, reminders, legal and collection fees) in those months.',
  })
  costMinor!: number;

  @Field(() => SafeInt, { description: 'invoicedMinor ÷ months, rounded.' })
  monthlyBillingMinor!: number;

  @Field(() => SafeInt, { description: 'costMinor ÷ months, rounded.' })
  monthlyCostMinor!: number;

  @Field(() => Float, { description: 'Expected credit loss ÷ what the client owes on the day (1 in default); the current bucket rate when it owes nothing.' })
  expectedLossRate!: number;
}

@ObjectType('TerminationWhatIf', {
  description:
    'What terminating a client would do over the next 12 months, in minor units of the contract currency. Nothing is stored. netEffectMinor = costToServeSavedMinor + creditLossAvoidedMinor − revenueLostMinor; what the open invoices still owe is owed either way, so it is shown beside the net effect, not in it.',
})
export class TerminationWhatIfModel {
  @Field({ description: 'The client weighed.' })
  clientId!: string;

  @Field({ description: 'The business day (YYYY-MM-DD) the termination would be decided on.' })
  on!: string;

  @Field({ description: 'The contract currency, ISO 4217.' })
  currency!: string;

  @Field(() => TerminationReasonEnum, { description: 'The reason weighed.' })
  reason!: TerminationReason;

  @Field(() => SafeInt, { description: 'Months ahead the comparison covers: 12.' })
  horizonMonths!: number;

  @Field(() => SafeInt, { description: "The contract's notice period in days." })
  noticePeriodDays!: number;

  @Field({ description: "Whether the contract's exit clause allows ending at once for this reason." })
  immediateExitAllowed!: boolean;

  @Field({ description: 'The day asked about plus the notice period, or the day itself when immediate exit is allowed (YYYY-MM-DD).' })
  earliestLawfulEndDate!: string;

  @Field({
    description:
      'When a termination process would end the relationship: the earliest lawful end date, or the end of the term when it comes within 60 days of it (YYYY-MM-DD).',
  })
  endDate!: string;

  @Field(() => EndDateBasisEnum, { description: 'Which rule set the end date.' })
  endDateBasis!: EndDateBasis;

  @Field(() => Float, { description: 'Months of the horizon after the end date: until then the client is billed and served as now.' })
  monthsWithoutClient!: number;

  @Field(() => TerminationWhatIfBasisModel, { description: 'The recent billing and cost run forward.' })
  basis!: TerminationWhatIfBasisModel;

  @Field(() => SafeInt, { description: 'Monthly billing × months without the client.' })
  revenueLostMinor!: number;

  @Field(() => SafeInt, { description: 'Monthly cost (hours at loaded cost, cost to serve) × months without the client.' })
  costToServeSavedMinor!: number;

  @Field(() => SafeInt, { description: 'The expected loss rate on the revenue no longer billed: credit not granted.' })
  creditLossAvoidedMinor!: number;

  @Field(() => SafeInt, { description: 'Still open on the invoices already issued, due or not.' })
  stillToCollectMinor!: number;

  @Field(() => SafeInt, { description: 'Of what is still to collect, the share expected never to come in.' })
  expectedLossOnOpenMinor!: number;

  @Field(() => SafeInt, { description: 'Cost to serve saved + credit loss avoided − revenue lost: positive when terminating saves money.' })
  netEffectMinor!: number;

  @Field(() => TerminationVerdictEnum, { description: 'The net effect as a verdict.' })
  verdict!: TerminationVerdict;

  @Field({ description: 'The verdict in one English sentence, with the figures behind it.' })
  plainWords!: string;
}
