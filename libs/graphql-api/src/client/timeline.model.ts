import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Message } from '@client-lifecycle/domain';
import { JSONObject, PageInfoModel, SafeInt, DateTimeScalar } from '../shared';

@ObjectType('TimelineEvent', { description: 'One stored event with its envelope and a plain-words summary.' })
export class TimelineEventModel {
  @Field({ description: 'UUID v7.' })
  eventId!: string;

  @Field({ description: 'The event type, e.g. InvoiceIssued (asyncapi.yaml lists them).' })
  type!: string;

  @Field(() => Int, { description: "The version of the event type's payload shape." })
  schemaVersion!: number;

  @Field({ description: 'The stream it belongs to, e.g. client-acme.' })
  streamId!: string;

  @Field(() => Int, { description: 'Position within the client stream, from 1.' })
  revision!: number;

  @Field(() => SafeInt, { description: 'Position in the global log.' })
  position!: number;

  @Field(() => DateTimeScalar, { description: 'Business time (ISO 8601).' })
  occurredAt!: string;

  @Field(() => DateTimeScalar, { description: 'When the service stored it (ISO 8601).' })
  recordedAt!: string;

  @Field({ description: 'Shared by the events of one request or process (the x-correlation-id header, or a new id).' })
  correlationId!: string;

  @Field(() => String, { nullable: true, description: 'The event or command that caused this one, if any.' })
  causationId!: string | null;

  @Field({
    description:
      'Who acted: the verified credential (`api-key:<id>`, `jwt:<subject>`) or a system actor (`scheduler`); older events hold the x-actor header of the time.',
  })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'The person a SERVICE credential said it acted for (its x-actor header).' })
  onBehalfOf!: string | null;

  /** What happened, as a template key and values: LocalizedTextResolvers serves it as `summary(locale)`. */
  summaryMessage!: Message;

  @Field(() => JSONObject, { description: 'The event\'s payload, as stored (personal fields decrypted, or "[erased]").' })
  data!: Record<string, unknown>;
}

@ObjectType('TimelineEdge', { description: 'One event of the page, with its cursor.' })
export class TimelineEdgeModel {
  @Field({ description: 'Pass as `after` to continue with older events.' })
  cursor!: string;

  @Field(() => TimelineEventModel, { description: 'The event.' })
  node!: TimelineEventModel;
}

@ObjectType('TimelineConnection', { description: 'Events newest first.' })
export class TimelineConnectionModel {
  @Field(() => [TimelineEdgeModel], { description: 'The events of this page, newest first.' })
  edges!: TimelineEdgeModel[];

  @Field(() => PageInfoModel, { description: 'Where this page stands, and the cursor for older events.' })
  pageInfo!: PageInfoModel;

  @Field(() => Int, { description: "How many events the client's stream holds (as of the view)." })
  totalCount!: number;
}
