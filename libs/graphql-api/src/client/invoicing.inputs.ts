import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { CommandInput, IsEntityId, IsLocalDate, IsText, MoneyInput, TEXT_MAX_LENGTH, DateScalar } from '../shared';

@InputType({ description: 'An invoice sent to the client, in the contract currency.' })
export class IssueInvoiceInput extends CommandInput {
  @Field({ description: "The invoice's id, chosen by the caller; unique per client." })
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

  @Field(() => String, { nullable: true, description: 'What the invoice is for.' })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  description?: string | null;
}

@InputType({ description: 'A full or partial payment of one invoice; never more than its open balance.' })
export class RecordPaymentInput extends CommandInput {
  @Field({ description: "The payment's id, chosen by the caller." })
  @IsEntityId()
  paymentId!: string;

  @Field({ description: 'The invoice paid.' })
  @IsEntityId()
  invoiceId!: string;

  @Field(() => MoneyInput, { description: "The amount paid, in the invoice's currency." })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  paidOn!: string;
}
