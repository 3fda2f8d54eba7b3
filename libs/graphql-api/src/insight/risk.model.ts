import { Archetype, HardRule, type Message, Recommendation, RiskBand, RiskFactorKey, RiskRule } from '@client-lifecycle/domain';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { schemaEnum } from '../shared';

export const RiskBandEnum = schemaEnum(
  RiskBand,
  'RiskBand',
  'GREEN < 25, AMBER 25–49, RED ≥ 50 (or a rule sets a floor), LET_GO when a hard rule fires; LET_GO outranks RED.',
);
export const ArchetypeEnum = schemaEnum(Archetype, 'Archetype');
export const RecommendationEnum = schemaEnum(
  Recommendation,
  'Recommendation',
  'The decision grid of DOMAIN.md; a termination is only ever proposed by a person.',
);
export const RiskFactorKeyEnum = schemaEnum(RiskFactorKey, 'RiskFactorKey');
export const HardRuleEnum = schemaEnum(HardRule, 'HardRule');
export const RiskRuleEnum = schemaEnum(
  RiskRule,
  'RiskRule',
  'Rules of risk model v2 that set a floor under the band or end the relationship, whatever the points.',
);

@ObjectType('EvidenceEvent', { description: 'An event cited as evidence: what happened, when, in plain words.' })
export class EvidenceEventModel {
  @Field()
  eventId!: string;

  @Field({ description: 'The event type, e.g. PromiseToPayRecorded.' })
  type!: string;

  @Field({ description: 'The business day it happened, YYYY-MM-DD (the client history keeps days, not instants).' })
  occurredAt!: string;

  @Field({ description: 'e.g. "40.00 EUR paid on invoice INV-1"' })
  summary!: string;
}

@ObjectType('RiskRuleFiring', { description: 'A rule that fired, with the band it puts the client in at least, plain words and the events behind it.' })
export class RiskRuleFiringModel {
  @Field(() => RiskRuleEnum)
  rule!: RiskRule;

  @Field(() => RiskBandEnum)
  band!: RiskBand;

  /** Served by LocalizedTextResolvers with a `locale` argument. */
  explanation!: string;

  /** The explanation as a template key and values; absent from assessments stored before it. */
  message?: Message;

  @Field(() => [String])
  evidenceEventIds!: string[];

  @Field(() => [EvidenceEventModel], { description: 'The events behind the rule.' })
  evidence!: EvidenceEventModel[];
}

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

  @Field(() => [EvidenceEventModel], { description: 'The events behind this factor.' })
  evidence!: EvidenceEventModel[];

  /** Served by LocalizedTextResolvers with a `locale` argument. */
  explanation!: string;

  /** The explanation as a template key and values; absent from assessments stored before it. */
  message?: Message;
}

@ObjectType('RiskTrend')
export class RiskTrendModel {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD compared with: 30 days before the assessment.' })
  comparedWith?: string;

  @Field(() => RiskBandEnum, { nullable: true })
  previousBand?: RiskBand;

  @Field(() => Float)
  previousScore!: number;

  @Field(() => Float)
  delta!: number;

  @Field({ description: 'UP, DOWN or FLAT' })
  direction!: string;
}

@ObjectType('RiskAssessment', { description: 'Risk model v2: explainable points, rules with evidence, band, archetypes and the recommended decision.' })
export class RiskAssessmentModel {
  @Field()
  asOf!: string;

  @Field()
  ruleVersion!: string;

  @Field(() => Float, { description: '0–100' })
  score!: number;

  @Field(() => RiskBandEnum)
  band!: RiskBand;

  @Field(() => [RiskFactorModel], { description: 'All the factors of the model.' })
  factors!: RiskFactorModel[];

  @Field(() => [RiskFactorModel], { description: 'Factors with points, highest first: why the client scores what it does.' })
  topFactors!: RiskFactorModel[];

  @Field(() => [HardRuleEnum])
  hardRules!: HardRule[];

  @Field(() => [RiskRuleFiringModel], { description: 'Every rule that fired, hard rules included, each with its plain words and evidence.' })
  rules!: RiskRuleFiringModel[];

  @Field(() => [ArchetypeEnum])
  archetypes!: Archetype[];

  @Field({ description: 'Payment factors halved: a long-standing client with a clean history on its first incident.' })
  tenureMitigationApplied!: boolean;

  @Field(() => Float, { nullable: true })
  contributionMarginPercent!: number | null;

  @Field(() => RecommendationEnum)
  recommendation!: Recommendation;

  @Field(() => RiskTrendModel, { nullable: true, description: 'Against the score 30 days before.' })
  trend!: RiskTrendModel | null;
}
