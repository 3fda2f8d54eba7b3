import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { CommandInput, IsEntityId, IsLocalDate, IsText, MoneyInput, TEXT_MAX_LENGTH, DateScalar } from '../shared';
import { ExcuseCategory, ExcuseCategoryEnum, ReminderChannel, ReminderChannelEnum, ReminderStep, ReminderStepEnum } from './client.enums';

@InputType({ description: 'A reason the client gave for not paying, in its words.' })
export class RecordExcuseInput extends CommandInput {
  @Field({ description: "The excuse's id, chosen by the caller." })
  @IsEntityId()
  excuseId!: string;

  @Field(() => String, { nullable: true, description: 'The invoice the excuse is about, if any.' })
  @IsOptional()
  @IsEntityId()
  invoiceId?: string | null;

  @Field(() => ExcuseCategoryEnum, { description: 'What kind of reason it is.' })
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

@InputType({ description: 'The client promised to pay an amount of an invoice by a day.' })
export class RecordPromiseToPayInput extends CommandInput {
  @Field({ description: "The promise's id, chosen by the caller." })
  @IsEntityId()
  promiseId!: string;

  @Field({ description: 'The invoice the promise is about.' })
  @IsEntityId()
  invoiceId!: string;

  @Field(() => MoneyInput, { description: "The amount promised, in the invoice's currency." })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  promisedDate!: string;
}

@InputType({ description: 'One instalment of a payment plan: when it is due and how much.' })
export class InstalmentInput {
  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  dueDate!: string;

  @Field(() => MoneyInput, { description: "The instalment's amount, in the invoices' currency." })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;
}

@InputType({ description: 'Instalments must add up to the open balance of the invoices they cover.' })
export class AgreePaymentPlanInput extends CommandInput {
  @Field({ description: "The plan's id, chosen by the caller." })
  @IsEntityId()
  planId!: string;

  @Field(() => [String], { description: 'The open invoices the plan covers.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsEntityId({ each: true })
  invoiceIds!: string[];

  @Field(() => [InstalmentInput], { description: 'The instalments, in order of due date.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => InstalmentInput)
  instalments!: InstalmentInput[];
}

@InputType({ description: 'A reminder sent on an invoice: its step on the collection ladder and the channel used.' })
export class RecordReminderInput extends CommandInput {
  @Field({ description: "The reminder's id, chosen by the caller." })
  @IsEntityId()
  reminderId!: string;

  @Field({ description: 'The invoice reminded about.' })
  @IsEntityId()
  invoiceId!: string;

  @Field(() => ReminderStepEnum, { description: 'The rung of the collection ladder this reminder carries out.' })
  @IsEnum(ReminderStep)
  step!: ReminderStep;

  @Field(() => ReminderChannelEnum, { description: 'How the reminder reached the client.' })
  @IsEnum(ReminderChannel)
  channel!: ReminderChannel;

  @Field(() => String, { nullable: true, description: 'Optional words for the timeline.' })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  note?: string | null;
}
