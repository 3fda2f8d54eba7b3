import { DateTimeScalar } from '../shared';
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional } from 'class-validator';
import { ACCESS_ROLES, AccessRole } from '@client-lifecycle/application';
import { IsEntityId, IsInstant, IsText } from '../shared/input.constraints';
import { AccessRoleEnum } from './api-key.model';

const API_KEY_NAME_MAX_LENGTH = 100;

@InputType({ description: 'A new API key: who uses it, what it may do and until when.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'Who or what uses it, e.g. "CRM production".' })
  @IsText(API_KEY_NAME_MAX_LENGTH)
  name!: string;

  @Field(() => [AccessRoleEnum], { description: 'What the key may do; at least one role.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(ACCESS_ROLES.length)
  @IsIn(ACCESS_ROLES, { each: true })
  roles!: AccessRole[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'ISO 8601 instant after which the key is refused; null: never.' })
  @IsOptional()
  @IsInstant()
  expiresAt?: string | null;
}

@InputType({ description: 'Which API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => String, { description: "The key's id, as listed by apiKeys." })
  @IsEntityId()
  id!: string;
}
