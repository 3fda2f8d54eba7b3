import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ClientModel } from './client.model';
import { TimelineEventModel } from './timeline.model';

@ObjectType('CommandPayload', { description: 'What a mutation stored, and the client after it.' })
export class CommandPayloadModel {
  @Field({ description: 'The client the mutation was for.' })
  clientId!: string;

  @Field(() => Int, { description: "The client's version after the mutation." })
  version!: number;

  @Field({ description: 'True when an earlier mutation with the same idempotencyKey was found: nothing new was stored.' })
  deduplicated!: boolean;

  @Field(() => [TimelineEventModel], { description: "The events stored (the first result's events when deduplicated)." })
  events!: TimelineEventModel[];

  @Field(() => ClientModel, { description: 'The client after the mutation.' })
  client!: ClientModel;
}
