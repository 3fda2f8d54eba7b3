import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { CommandInput, IsIsoCurrency, IsLocalDate, IsText, MoneyInput, NAME_MAX_LENGTH, TEXT_MAX_LENGTH, DateScalar } from '../shared';
import { ExitCause, ExitCauseEnum } from './client.enums';

const MAX_TERM_DAYS = 3_650;

@InputType()
export class ExitClauseInput {
  @Field()
  @IsText(TEXT_MAX_LENGTH)
  text!: string;

  @Field(() => [ExitCauseEnum], { defaultValue: [] })
  @IsArray()
  @ArrayUnique()
  @IsEnum(ExitCause, { each: true })
  immediateExitFor!: ExitCause[];
}

@InputType()
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

  @Field(() => ExitClauseInput)
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

  @Field(() => MoneyInput)
  @ValidateNested()
  @Type(() => MoneyInput)
  hourlyRate!: MoneyInput;

  @Field({ description: 'ISO 4217 code every invoice of this contract must use.' })
  @IsIsoCurrency()
  currency!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(744)
  contractedHoursPerMonth!: number;
}

@InputType()
export class RegisterClientInput extends CommandInput {
  @Field()
  @IsText(NAME_MAX_LENGTH)
  name!: string;

  @Field(() => DateScalar, { nullable: true, description: "When the relationship began (YYYY-MM-DD); defaults to the contract's start date." })
  @IsOptional()
  @IsLocalDate()
  clientSince?: string | null;

  @Field(() => ContractTermsInput)
  @ValidateNested()
  @Type(() => ContractTermsInput)
  contract!: ContractTermsInput;
}

@InputType({ description: 'Only the terms given change; set endDate to null to make the contract open-ended.' })
export class AmendContractInput extends CommandInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_TERM_DAYS)
  paymentTermsDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_TERM_DAYS)
  noticePeriodDays?: number | null;

  @Field(() => ExitClauseInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExitClauseInput)
  exitClause?: ExitClauseInput | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  endDate?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  hourlyRate?: MoneyInput | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(744)
  contractedHoursPerMonth?: number | null;

  @Field({ description: 'Why the terms changed, for the timeline.' })
  @IsText(TEXT_MAX_LENGTH)
  reason!: string;
}
