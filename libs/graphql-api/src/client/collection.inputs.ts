import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { CommandInput, IsEntityId, IsLocalDate, IsText, MoneyInput, TEXT_MAX_LENGTH, DateScalar } from '../shared';
import { ExcuseCategory, ExcuseCategoryEnum, ReminderChannel, ReminderChannelEnum, ReminderStep, ReminderStepEnum } from './client.enums';

@InputType()
export class RecordExcuseInput extends CommandInput {
  @Field()
  @IsEntityId()
  excuseId!: string;

  @Field(() => String, { nullable: true, description: 'The invoice the excuse is about, if any.' })
  @IsOptional()
  @IsEntityId()
  invoiceId?: string | null;

  @Field(() => ExcuseCategoryEnum)
  @IsEnum(ExcuseCategory)
  category!: ExcuseCategory;

  @Field({ description: "The client's words." })
  @IsText(TEXT_MAX_LENGTH)
  text!: string;

  @Field(() => DateScalar, { nullable: true, description: 'YYYY-MM-DD the client said it would pay by.' })
  @IsOptional()
  @IsLocalDate()
  promisedDate?: string | null;
}

@InputType()
export class RecordPromiseToPayInput extends CommandInput {
  @Field()
  @IsEntityId()
  promiseId!: string;

  @Field()
  @IsEntityId()
  invoiceId!: string;

  @Field(() => MoneyInput)
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  promisedDate!: string;
}

@InputType()
export class InstalmentInput {
  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  dueDate!: string;

  @Field(() => MoneyInput)
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;
}

@InputType({ description: 'Instalments must add up to the open balance of the invoices they cover.' })
export class AgreePaymentPlanInput extends CommandInput {
  @Field()
  @IsEntityId()
  planId!: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsEntityId({ each: true })
  invoiceIds!: string[];

  @Field(() => [InstalmentInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => InstalmentInput)
  instalments!: InstalmentInput[];
}

@InputType({ description: 'A reminder sent on an invoice: its step on the collection ladder and the channel used.' })
export class RecordReminderInput extends CommandInput {
  @Field()
  @IsEntityId()
  reminderId!: string;

  @Field()
  @IsEntityId()
  invoiceId!: string;

  @Field(() => ReminderStepEnum)
  @IsEnum(ReminderStep)
  step!: ReminderStep;

  @Field(() => ReminderChannelEnum)
  @IsEnum(ReminderChannel)
  channel!: ReminderChannel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  note?: string | null;
}
