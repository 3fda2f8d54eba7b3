import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ClientModel } from './client.model';
import { TimelineEventModel } from './timeline.model';

@ObjectType('CommandPayload', { description: 'What a mutation stored, and the client after it.' })
export class CommandPayloadModel {
  @Field()
  clientId!: string;

  @Field(() => Int, { description: "The client's version after the mutation." })
  version!: number;

  @Field({ description: 'True when an earlier mutation with the same idempotencyKey was found: nothing new was stored.' })
  deduplicated!: boolean;

  @Field(() => [TimelineEventModel])
  events!: TimelineEventModel[];

  @Field(() => ClientModel)
  client!: ClientModel;
}
