import { CollectionCostKind, ConductSignalKind, LegalActionKind } from '@client-lifecycle/domain';
import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsNumber, IsOptional, IsPositive, ValidateNested } from 'class-validator';
import { CommandInput, DateScalar, IsEntityId, IsLocalDate, IsText, MoneyInput, NAME_MAX_LENGTH, schemaEnum, TEXT_MAX_LENGTH } from '../shared';

export const CollectionCostKindEnum = schemaEnum(CollectionCostKind, 'CollectionCostKind', 'What money paid to recover a debt was for.', {
  AGENCY_FEE: "A collection agency's fee or commission.",
  LEGAL_FEE: "A lawyer's fee: letters, advice, representation.",
  COURT_FEE: 'Court fees and costs of a claim.',
  OTHER: 'Any other cost of recovering the debt.',
});
export const ConductSignalKindEnum = schemaEnum(
  ConductSignalKind,
  'ConductSignalKind',
  'Conduct signs of DOMAIN.md no other fact records: slow responses against an agreed time, disrespect, unreasonable demands, no progress.',
  {
    SLOW_RESPONSE: 'Answered slower than the response time the contract agreed.',
    DISRESPECT: 'Disrespectful to staff, short of abuse.',
    UNREASONABLE_DEMAND: 'A demand that cannot reasonably be met (outside scope, impossible deadline).',
    NO_PROGRESS: 'A review where nothing agreed had advanced on the client side.',
  },
);
export const LegalActionKindEnum = schemaEnum(LegalActionKind, 'LegalActionKind', 'A step taken in court over unpaid invoices.', {
  FORMAL_DEMAND: "A formal demand for payment, the last step before court (a lawyer's letter).",
  PAYMENT_ORDER: 'A payment order (a summary procedure for an undisputed debt).',
  LAWSUIT: 'A claim filed in court.',
  ENFORCEMENT: 'Enforcement of a judgment or order (seizure of assets).',
});

/** How many invoices one handover or legal action may name. */
const MAX_INVOICES = 100;

@InputType({ description: 'Part or all of an invoice given up on: it leaves receivables and counts as bad debt in the margin.' })
export class WriteOffInvoiceInput extends CommandInput {
  @Field({ description: 'Your id for this write-off; sending it again is refused.' })
  @IsEntityId()
  writeOffId!: string;

  @Field({ description: 'The invoice written off.' })
  @IsEntityId()
  invoiceId!: string;

  @Field(() => MoneyInput, { description: 'At most the open balance of the invoice, in its currency.' })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field({ description: 'Why it is given up on (personal data: encrypted, erased with the client).' })
  @IsText(TEXT_MAX_LENGTH)
  reason!: string;
}

@InputType({ description: 'Money paid to recover a debt (an agency, a lawyer, the court): part of the cost to serve.' })
export class RecordCollectionCostInput extends CommandInput {
  @Field({ description: 'Your id for this cost; sending it again is refused.' })
  @IsEntityId()
  costId!: string;

  @Field(() => CollectionCostKindEnum, { description: 'What the money paid for.' })
  @IsEnum(CollectionCostKind)
  kind!: CollectionCostKind;

  @Field(() => MoneyInput, { description: "In the contract's currency." })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => String, { nullable: true, description: 'The invoice the cost was spent recovering, if one.' })
  @IsOptional()
  @IsEntityId()
  invoiceId?: string | null;
}

@InputType({ description: 'A conduct sign of DOMAIN.md the risk model reads.' })
export class RecordConductSignalInput extends CommandInput {
  @Field({ description: 'Your id for this signal; sending it again is refused.' })
  @IsEntityId()
  signalId!: string;

  @Field(() => ConductSignalKindEnum, { description: 'Which sign.' })
  @IsEnum(ConductSignalKind)
  kind!: ConductSignalKind;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD the client behaved so; not after today.' })
  @IsLocalDate()
  occurredOn!: string;

  @Field(() => Float, { nullable: true, description: 'For SLOW_RESPONSE only, and required there: the response time the contract agreed, in hours.' })
  @IsOptional()
  @IsNumber()
  @IsPositive()
  agreedHours?: number | null;

  @Field(() => Float, { nullable: true, description: 'For SLOW_RESPONSE only, and required there: the actual response time, in hours; more than agreedHours.' })
  @IsOptional()
  @IsNumber()
  @IsPositive()
  actualHours?: number | null;

  @Field(() => String, { nullable: true, description: 'What happened, in your words (personal data: encrypted, erased with the client).' })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  note?: string | null;
}

@InputType({ description: 'Stop credit: while held, new invoices fall due the day they are issued (prepayment) and new scope changes are refused.' })
export class PlaceCreditHoldInput extends CommandInput {
  @Field({ description: 'Why credit stops (personal data: encrypted, erased with the client).' })
  @IsText(TEXT_MAX_LENGTH)
  reason!: string;
}

@InputType({ description: 'End the credit hold: invoices take the contract payment terms again.' })
export class ReleaseCreditHoldInput extends CommandInput {}

@InputType({ description: 'The most the client may owe; above it the risk model recommends CREDIT_HOLD.' })
export class SetCreditLimitInput extends CommandInput {
  @Field(() => MoneyInput, { nullable: true, description: "In the contract's currency; null (or left out) clears the limit." })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyInput)
  limit!: MoneyInput | null;
}

@InputType({ description: 'Lower what an invoice bills: less receivable and less revenue.' })
export class IssueCreditNoteInput extends CommandInput {
  @Field({ description: 'Your id for this credit note; sending it again is refused.' })
  @IsEntityId()
  creditNoteId!: string;

  @Field({ description: 'The invoice credited.' })
  @IsEntityId()
  invoiceId!: string;

  @Field(() => MoneyInput, { description: 'At most the open balance of the invoice, in its currency.' })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field({ description: 'Why (personal data: encrypted, erased with the client).' })
  @IsText(TEXT_MAX_LENGTH)
  reason!: string;
}

@InputType({ description: 'A discount for paying promptly, granted by the due date: less receivable and less revenue.' })
export class GrantSettlementDiscountInput extends CommandInput {
  @Field({ description: 'Your id for this discount; sending it again is refused.' })
  @IsEntityId()
  discountId!: string;

  @Field({ description: 'The invoice discounted.' })
  @IsEntityId()
  invoiceId!: string;

  @Field(() => MoneyInput, { description: 'At most the open balance of the invoice, in its currency.' })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;
}

@InputType({ description: 'Statutory late-payment interest for a period after the due date (see `lateInterestProposal` on the collection view).' })
export class ChargeLateInterestInput extends CommandInput {
  @Field({ description: 'Your id for this charge; sending it again is refused.' })
  @IsEntityId()
  chargeId!: string;

  @Field({ description: 'The invoice paid, or still unpaid, late.' })
  @IsEntityId()
  invoiceId!: string;

  @Field(() => MoneyInput, { description: 'The interest, in the invoice currency.' })
  @ValidateNested()
  @Type(() => MoneyInput)
  amount!: MoneyInput;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD, first day charged: after the due date and after the last day already charged.' })
  @IsLocalDate()
  from!: string;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD, last day charged: not after today.' })
  @IsLocalDate()
  to!: string;
}

@InputType({ description: 'Open invoices handed to a collection agency.' })
export class HandOverToCollectionAgencyInput extends CommandInput {
  @Field({ description: 'Your id for this handover; sending it again is refused.' })
  @IsEntityId()
  handoverId!: string;

  @Field(() => [String], { description: 'Open invoices, none already with an agency.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INVOICES)
  @ArrayUnique()
  @IsEntityId({ each: true })
  invoiceIds!: string[];

  @Field({ description: "The agency's name." })
  @IsText(NAME_MAX_LENGTH)
  agency!: string;
}

@InputType({ description: 'A step taken in court over open invoices.' })
export class RecordLegalActionInput extends CommandInput {
  @Field({ description: 'Your id for this legal action; sending it again is refused.' })
  @IsEntityId()
  legalActionId!: string;

  @Field(() => [String], { description: 'Open invoices the action is about.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INVOICES)
  @ArrayUnique()
  @IsEntityId({ each: true })
  invoiceIds!: string[];

  @Field(() => LegalActionKindEnum, { description: 'Which step.' })
  @IsEnum(LegalActionKind)
  kind!: LegalActionKind;
}
