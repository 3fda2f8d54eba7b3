import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { CommandInput, IsIsoCurrency, IsLocalDate, IsText, MoneyInput, NAME_MAX_LENGTH, TEXT_MAX_LENGTH, DateScalar, CurrencyScalar } from '../shared';
import { ExitCause, ExitCauseEnum } from './client.enums';

const MAX_TERM_DAYS = 3_650;

@InputType({ description: "The contract's exit clause: its words and the causes that allow ending without notice." })
export class ExitClauseInput {
  @Field({ description: 'The clause as written in the contract.' })
  @IsText(TEXT_MAX_LENGTH)
  text!: string;

  @Field(() => [ExitCauseEnum], { defaultValue: [], description: 'Causes that allow ending without notice; empty: none.' })
  @IsArray()
  @ArrayUnique()
  @IsEnum(ExitCause, { each: true })
  immediateExitFor!: ExitCause[];
}

@InputType({ description: 'The terms of the contract the relationship starts with.' })
export class ContractTermsInput {
  @Field(() => Int, { description: 'Days between an invoice and its due date.' })
  @IsInt()
  @Min(0)
  @Max(MAX_TERM_DAYS)
  paymentTermsDays!: number;

  @Field(() => Int, { nullable: true, description: 'Defaults to 15 days.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_TERM_DAYS)
  noticePeriodDays?: number | null;

  @Field(() => ExitClauseInput, { description: 'The exit clause.' })
  @ValidateNested()
  @Type(() => ExitClauseInput)
  exitClause!: ExitClauseInput;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'YYYY-MM-DD; omit for an open-ended contract.' })
  @IsOptional()
  @IsLocalDate()
  endDate?: string | null;

  @Field(() => MoneyInput, { description: 'The hourly rate, in the contract currency.' })
  @ValidateNested()
  @Type(() => MoneyInput)
  hourlyRate!: MoneyInput;

  @Field(() => CurrencyScalar, { description: 'ISO 4217 code every invoice of this contract must use.' })
  @IsIsoCurrency()
  currency!: string;

  @Field(() => Int, { description: 'Hours per month included in the contract.' })
  @IsInt()
  @Min(0)
  @Max(744)
  contractedHoursPerMonth!: number;
}

@InputType({ description: 'A new client with its contract.' })
export class RegisterClientInput extends CommandInput {
  @Field({ description: "The client's name (personal data: erased by forgetClient)." })
  @IsText(NAME_MAX_LENGTH)
  name!: string;

  @Field(() => DateScalar, { nullable: true, description: "When the relationship began (YYYY-MM-DD); defaults to the contract's start date." })
  @IsOptional()
  @IsLocalDate()
  clientSince?: string | null;

  @Field(() => ContractTermsInput, { description: 'The contract the relationship starts with.' })
  @ValidateNested()
  @Type(() => ContractTermsInput)
  contract!: ContractTermsInput;
}

@InputType({ description: 'Only the terms given change; set endDate to null to make the contract open-ended.' })
export class AmendContractInput extends CommandInput {
  @Field(() => Int, { nullable: true, description: 'New days between an invoice and its due date.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_TERM_DAYS)
  paymentTermsDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'New notice period, in days.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_TERM_DAYS)
  noticePeriodDays?: number | null;

  @Field(() => ExitClauseInput, { nullable: true, description: 'New exit clause.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExitClauseInput)
  exitClause?: ExitClauseInput | null;

  @Field(() => DateScalar, { nullable: true, description: 'New end of the contract; null makes it open-ended.' })
  @IsOptional()
  @IsLocalDate()
  endDate?: string | null;

  @Field(() => MoneyInput, { nullable: true, description: 'New hourly rate, in the contract currency.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  hourlyRate?: MoneyInput | null;

  @Field(() => Int, { nullable: true, description: 'New hours per month included in the contract.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(744)
  contractedHoursPerMonth?: number | null;

  @Field({ description: 'Why the terms changed, for the timeline.' })
  @IsText(TEXT_MAX_LENGTH)
  reason!: string;
}
