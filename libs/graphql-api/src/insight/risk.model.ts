import { Archetype, HardRule, Recommendation, RiskBand, RiskFactorKey } from '@client-lifecycle/domain';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { schemaEnum } from '../shared';

export const RiskBandEnum = schemaEnum(RiskBand, 'RiskBand', 'GREEN < 25, AMBER 25–49, RED ≥ 50, LET_GO when a hard rule fires.');
export const ArchetypeEnum = schemaEnum(Archetype, 'Archetype');
export const RecommendationEnum = schemaEnum(Recommendation, 'Recommendation', 'The decision grid of DOMAIN.md; a termination is only ever proposed by a person.');
export const RiskFactorKeyEnum = schemaEnum(RiskFactorKey, 'RiskFactorKey');
export const HardRuleEnum = schemaEnum(HardRule, 'HardRule');

@ObjectType('RiskFactor', { description: 'One factor of the risk score, with the events that produced it.' })
export class RiskFactorModel {
  @Field(() => RiskFactorKeyEnum)
  key!: RiskFactorKey;

  @Field(() => Float, { description: 'The measured quantity: a ratio, a count or an index.' })
  value!: number;

  @Field(() => Float)
  points!: number;

  @Field(() => Float)
  maxPoints!: number;

  @Field()
  ruleVersion!: string;

  @Field({ description: 'YYYY-MM-DD the factor was computed for.' })
  asOf!: string;

  @Field(() => [String], { description: 'Ids of the events behind this factor.' })
  evidenceEventIds!: string[];

  @Field({ description: 'e.g. "broken promises 9/15: 3 of 5 broken"' })
  explanation!: string;
}

@ObjectType('RiskTrend')
export class RiskTrendModel {
  @Field(() => Float)
  previousScore!: number;

  @Field(() => Float)
  delta!: number;

  @Field({ description: 'UP, DOWN or FLAT' })
  direction!: string;
}

@ObjectType('RiskAssessment', { description: 'Risk model v1: explainable points, band, archetypes and the recommended decision.' })
export class RiskAssessmentModel {
  @Field()
  asOf!: string;

  @Field()
  ruleVersion!: string;

  @Field(() => Float, { description: '0–100' })
  score!: number;

  @Field(() => RiskBandEnum)
  band!: RiskBand;

  @Field(() => [RiskFactorModel], { description: 'All eight factors of the model.' })
  factors!: RiskFactorModel[];

  @Field(() => [RiskFactorModel], { description: 'Factors with points, highest first: why the client scores what it does.' })
  topFactors!: RiskFactorModel[];

  @Field(() => [HardRuleEnum])
  hardRules!: HardRule[];

  @Field(() => [ArchetypeEnum])
  archetypes!: Archetype[];

  @Field({ description: 'Payment factors halved: a long-standing client with a clean history on its first incident.' })
  tenureMitigationApplied!: boolean;

  @Field(() => Float, { nullable: true })
  contributionMarginPercent!: number | null;

  @Field(() => RecommendationEnum)
  recommendation!: Recommendation;

  @Field(() => RiskTrendModel, { nullable: true, description: 'Against the score before the latest event.' })
  trend!: RiskTrendModel | null;
}
