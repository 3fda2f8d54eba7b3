import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Message } from '@client-lifecycle/domain';
import { JSONObject, SafeInt } from '../shared';

@ObjectType('TimelineEvent', { description: 'One stored event with its envelope and a plain-words summary.' })
export class TimelineEventModel {
  @Field({ description: 'UUID v7.' })
  eventId!: string;

  @Field()
  type!: string;

  @Field(() => Int)
  schemaVersion!: number;

  @Field()
  streamId!: string;

  @Field(() => Int, { description: 'Position within the client stream, from 1.' })
  revision!: number;

  @Field(() => SafeInt, { description: 'Position in the global log.' })
  position!: number;

  @Field({ description: 'Business time (ISO 8601).' })
  occurredAt!: string;

  @Field({ description: 'When the service stored it (ISO 8601).' })
  recordedAt!: string;

  @Field()
  correlationId!: string;

  @Field(() => String, { nullable: true })
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

  @Field(() => JSONObject)
  data!: Record<string, unknown>;
}

@ObjectType('TimelineEdge')
export class TimelineEdgeModel {
  @Field()
  cursor!: string;

  @Field(() => TimelineEventModel)
  node!: TimelineEventModel;
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('TimelineConnection', { description: 'Events newest first.' })
export class TimelineConnectionModel {
  @Field(() => [TimelineEdgeModel])
  edges!: TimelineEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int)
  totalCount!: number;
}
