import { DateTimeScalar } from '../shared';
import { Field, ObjectType } from '@nestjs/graphql';
import { AccessRole } from '@client-lifecycle/application';
import { schemaEnum } from '../shared/schema-enum';

export const AccessRoleEnum = schemaEnum(AccessRole, 'AccessRole', 'What a credential may do; see docs/security.md for the fields each role reaches.');

@ObjectType('ApiKey', { description: 'An API key as listed: never its secret.' })
export class ApiKeyModel {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [AccessRoleEnum])
  roles!: AccessRole[];

  @Field(() => String, { description: 'The first characters of the secret, to recognise it.' })
  prefix!: string;

  @Field(() => DateTimeScalar, { description: 'ISO 8601 instant.' })
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'ISO 8601 instant; null: never expires.' })
  expiresAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'ISO 8601 instant; null: still valid.' })
  revokedAt!: string | null;

  @Field(() => String, { description: 'The principal that created it (`system` for the first-run or ADMIN_API_KEY key).' })
  createdBy!: string;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyModel {
  @Field(() => String, { description: 'Shown this once: only its hash is kept. Send it as `Authorization: Bearer <secret>`.' })
  secret!: string;

  @Field(() => ApiKeyModel)
  apiKey!: ApiKeyModel;
}
