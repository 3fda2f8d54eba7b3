import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, Resolver, Subscription } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { READER_ROLES, type TerminationProgressed, TerminationProgressFeed } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { IsEntityId } from '../shared';
import { TerminationProgressedModel } from './termination.model';

@ArgsType()
export class TerminationProgressedArgs {
  @Field(() => String, { nullable: true, description: 'One termination; omit for every termination.' })
  @IsOptional()
  @IsEntityId()
  terminationId?: string | null;
}

@Resolver()
export class TerminationProgressedResolver {
  constructor(@Inject(TerminationProgressFeed) private readonly feed: TerminationProgressFeed) {}

  @Allow(...READER_ROLES)
  @Subscription(() => TerminationProgressedModel, {
    description: 'Each move of one termination or all, after it was committed, over graphql-ws at /graphql.',
    resolve: (progress: TerminationProgressed) => ({ ...progress, eventTypes: [...progress.eventTypes] }),
  })
  terminationProgressed(@Args() { terminationId }: TerminationProgressedArgs): AsyncIterableIterator<TerminationProgressed> {
    return this.feed.subscribe(terminationId ?? null);
  }
}
