import { Field, InputType } from '@nestjs/graphql';
import { IsEntityId, IsText, TEXT_MAX_LENGTH } from '../shared';

@InputType({ description: "Which client's personal data to erase, and why." })
export class ForgetClientInput {
  @Field(() => String, { description: 'The client id the CRM registered it under.' })
  @IsEntityId()
  clientId!: string;

  @Field({ description: 'Why (the request it answers, e.g. "erasure request 2026-118"). Kept in clear in the log: it must name no person.' })
  @IsText(TEXT_MAX_LENGTH)
  reason!: string;
}
