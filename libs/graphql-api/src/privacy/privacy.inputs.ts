import { Field, InputType } from '@nestjs/graphql';
import { IsEntityId, IsText, TEXT_MAX_LENGTH } from '../shared';

@InputType()
export class ForgetClientInput {
  @Field(() => String)
  @IsEntityId()
  clientId!: string;

  @Field({ description: 'Why (the request it answers, e.g. "erasure request 2026-118"). Kept in clear in the log: it must name no person.' })
  @IsText(TEXT_MAX_LENGTH)
  reason!: string;
}
