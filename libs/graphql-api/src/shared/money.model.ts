import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IsIsoCurrency } from './input.constraints';
import { SafeInt } from './safe-int.scalar';

@ObjectType('Money', { description: 'An amount in integer minor units (cents) of an ISO 4217 currency.' })
export class MoneyModel {
  @Field(() => SafeInt, { description: 'Minor units: 1234 EUR means 12.34 €.' })
  amountMinor!: number;

  @Field({ description: 'ISO 4217 code, e.g. EUR.' })
  currency!: string;
}

@InputType('MoneyInput', { description: 'A strictly positive amount in integer minor units of an ISO 4217 currency.' })
export class MoneyInput {
  @Field(() => SafeInt, { description: 'Minor units: 1234 EUR means 12.34 €. Must be at least 1.' })
  @IsInt()
  @Min(1, { message: '$property must be a positive number of minor units (at least 1)' })
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinor!: number;

  @Field()
  @IsIsoCurrency()
  currency!: string;
}
