import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { IDEMPOTENCY_KEY_MAX_LENGTH, IsEntityId, IsText } from '../shared';
import { ClientCommandInput } from './client-command.input';

@ArgsType()
export class ImportClientHistoryArgs {
  @Field(() => String, { description: 'The client the whole batch is about; every command must name it.' })
  @IsEntityId()
  clientId!: string;

  @Field(() => [ClientCommandInput], {
    description:
      'The commands in the order they happened, each backdated with its own occurredAt; at most IMPORT_MAX_COMMANDS (see docs/security.md). Stored all together or not at all.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ClientCommandInput)
  commands!: ClientCommandInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Re-sending the batch with the same key for the same client stores nothing new and returns the first result.',
  })
  @IsOptional()
  @IsText(IDEMPOTENCY_KEY_MAX_LENGTH)
  idempotencyKey?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The client's version the batch was prepared on (0 for a client not yet registered); if it moved on, the batch fails with CONFLICT.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  expectedVersion?: number | null;
}
