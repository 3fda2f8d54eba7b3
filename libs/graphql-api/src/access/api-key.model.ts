import { DateTimeScalar } from '../shared';
import { Field, ObjectType } from '@nestjs/graphql';
import { AccessRole } from '@client-lifecycle/application';
import { schemaEnum } from '../shared/schema-enum';

export const AccessRoleEnum = schemaEnum(AccessRole, 'AccessRole', 'What a credential may do; see docs/security.md for the fields each role reaches.', {
  ADMIN: 'Everything, API keys and personal-data requests included.',
  AGENT: 'Reads, and records interactions with clients.',
  FINANCE: 'Reads, and records invoices, payments and collection steps.',
  MANAGER: 'Reads, records, and decides terminations.',
  METRICS: 'Reads /metrics only.',
  SERVICE: 'A system integration: records on behalf of the person in x-actor.',
  VIEWER: 'Reads only.',
});

@ObjectType('ApiKey', { description: 'An API key as listed: never its secret.' })
export class ApiKeyModel {
  @Field(() => String, { description: "The key's id, for revokeApiKey." })
  id!: string;

  @Field(() => String, { description: 'Who or what uses it, as given at creation.' })
  name!: string;

  @Field(() => [AccessRoleEnum], { description: 'What the key may do.' })
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

@ObjectType('CreatedApiKey', { description: 'A key just created, with the only copy of its secret.' })
export class CreatedApiKeyModel {
  @Field(() => String, { description: 'Shown this once: only its hash is kept. Send it as `Authorization: Bearer <secret>`.' })
  secret!: string;

  @Field(() => ApiKeyModel, { description: 'The key as it will be listed.' })
  apiKey!: ApiKeyModel;
}
