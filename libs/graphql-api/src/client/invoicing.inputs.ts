import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { CommandInput, IsEntityId, IsLocalDate, IsText, MoneyInput, TEXT_MAX_LENGTH, DateScalar } from '../shared';

@InputType()
export class IssueInvoiceInput extends CommandInput {
  @Field()
  @IsEntityId()
  invoiceId!: string;

  @Field(() => MoneyInput, { description: "In the contract's currency." })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  issuedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: "YYYY-MM-DD; defaults to issuedOn plus the contract's payment terms." })
  @IsOptional()
  @IsLocalDate()
  dueDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  description?: string | null;
}

@InputType({ description: 'A full or partial payment of one invoice; never more than its open balance.' })
export class RecordPaymentInput extends CommandInput {
  @Field()
  @IsEntityId()
  paymentId!: string;

  @Field()
  @IsEntityId()
  invoiceId!: string;

  @Field(() => MoneyInput)
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  paidOn!: string;
}
