import { DateTimeScalar } from './date.scalars';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IDEMPOTENCY_KEY_MAX_LENGTH, IsEntityId, IsInstant, IsText } from './input.constraints';

/** What every mutation input carries besides its own facts. */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => String, { description: 'The client the interaction belongs to.' })
  @IsEntityId()
  clientId!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it happened in the business (ISO 8601 instant); defaults to now. May be in the past for imports.',
  })
  @IsOptional()
  @IsInstant()
  occurredAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Re-sending a mutation with the same key for the same client stores nothing new and returns the first result.',
  })
  @IsOptional()
  @IsText(IDEMPOTENCY_KEY_MAX_LENGTH)
  idempotencyKey?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The client's version you decided on; if it moved on, the mutation fails with CONFLICT instead of retrying.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion?: number | null;
}

/** The options of every mutation's `input` argument: `@Args('input', INPUT_ARG)`. */
export const INPUT_ARG = { description: 'The facts to record, as the input type describes them.' } as const;
