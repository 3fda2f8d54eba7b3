import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, Float, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { READER_ROLES, type RiskChange, RiskChangeFeed } from '@client-lifecycle/application';
import { Recommendation, RiskBand } from '@client-lifecycle/domain';
import { Allow } from '../access/allow.decorator';
import { SafeInt, IsEntityId, DateScalar } from '../shared';
import { RecommendationEnum, RiskBandEnum } from '../insight/risk.model';

@ObjectType('RiskChange', { description: "A client's risk score or band moved (after the change was committed)." })
export class RiskChangeModel {
  @Field({ description: 'The client.' })
  clientId!: string;

  @Field({ description: "The client's name." })
  name!: string;

  @Field(() => Float, { description: 'The score now, 0–100.' })
  score!: number;

  @Field(() => RiskBandEnum, { description: 'The band now.' })
  band!: RiskBand;

  @Field(() => RecommendationEnum, { description: 'The recommended decision now.' })
  recommendation!: Recommendation;

  @Field(() => Float, { nullable: true, description: 'Null when the service had not seen the client since it started.' })
  previousScore!: number | null;

  @Field(() => RiskBandEnum, { nullable: true, description: 'The band before; null when the service had not seen the client since it started.' })
  previousBand!: RiskBand | null;

  @Field(() => DateScalar, { description: 'The day the new score is for.' })
  asOf!: string;

  @Field(() => SafeInt, { description: 'The log position the change was computed up to.' })
  position!: number;
}

@ArgsType()
export class RiskChangedArgs {
  @Field(() => String, { nullable: true, description: 'One client; omit for every client.' })
  @IsOptional()
  @IsEntityId()
  clientId?: string | null;
}

@Resolver()
export class RiskChangedResolver {
  constructor(@Inject(RiskChangeFeed) private readonly feed: RiskChangeFeed) {}

  @Allow(...READER_ROLES)
  @Subscription(() => RiskChangeModel, {
    description: 'Risk changes of one client or all, over graphql-ws at /graphql.',
    resolve: (change: RiskChange) => change,
  })
  riskChanged(@Args() { clientId }: RiskChangedArgs): AsyncIterableIterator<RiskChange> {
    return this.feed.subscribe(clientId ?? null);
  }
}
