import { CurrencyScalar } from './currency.scalar';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { MAX_AMOUNT_MINOR } from '@client-lifecycle/domain';
import { IsInt, Max, Min } from 'class-validator';
import { IsIsoCurrency } from './input.constraints';
import { SafeInt } from './safe-int.scalar';

@ObjectType('Money', { description: 'An amount in integer minor units (cents) of an ISO 4217 currency.' })
export class MoneyModel {
  @Field(() => SafeInt, { description: 'Minor units: 1234 EUR means 12.34 €.' })
  amountMinor!: number;

  @Field(() => CurrencyScalar, { description: 'ISO 4217 code, e.g. EUR.' })
  currency!: string;
}

@InputType('MoneyInput', { description: 'A strictly positive amount in integer minor units of an ISO 4217 currency, at most 10^12 (docs/input-rules.md).' })
export class MoneyInput {
  @Field(() => SafeInt, { description: 'Minor units: 1234 EUR means 12.34 €. From 1 to 10^12.' })
  @IsInt()
  @Min(1, { message: '$property must be a positive number of minor units (at least 1)' })
  @Max(MAX_AMOUNT_MINOR, { message: `$property must be at most ${MAX_AMOUNT_MINOR} minor units` })
  amountMinor!: number;

  @Field(() => CurrencyScalar, { description: 'ISO 4217 code, e.g. EUR.' })
  @IsIsoCurrency()
  currency!: string;
}
