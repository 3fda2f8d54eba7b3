import { DateTimeScalar } from '../shared';
import { Field, ObjectType } from '@nestjs/graphql';
import { AccessRole } from '@client-lifecycle/application';
import { schemaEnum } from '../shared/schema-enum';

export const AccessRoleEnum = schemaEnum(AccessRole, 'AccessRole', 'What a credential may do; see docs/security.md for the fields each role reaches.', {
  ADMIN: 'API keys and personal-data requests, and every other role.',
  AGENT: 'Support work: excuses, complaints, meetings, time, reminders, recommendations, abuse reports, scope-change requests; and reads.',
  FINANCE: 'Contracts, invoices, payments, promises, payment plans, settlements, the final invoice; and reads.',
  MANAGER: 'Everything FINANCE may, scope-change decisions, every termination step, new-work decisions; and reads.',
  METRICS: 'Reads /metrics only.',
  SERVICE: 'A system integration: may name the person it acts for in x-actor; grants no field by itself.',
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
