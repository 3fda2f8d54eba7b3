import { Archetype, HardRule, type Message, Recommendation, RiskBand, RiskFactorKey, RiskRule, type RiskTrend } from '@client-lifecycle/domain';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { schemaEnum, DateScalar } from '../shared';
import { RiskTrendDirectionEnum } from './insight.enums';

export const RiskBandEnum = schemaEnum(
  RiskBand,
  'RiskBand',
  'GREEN < 25, AMBER 25–49, RED ≥ 50 (or a rule sets a floor), LET_GO when a hard rule fires; LET_GO outranks RED.',
  {
    AMBER: 'Score 25–49: watch.',
    GREEN: 'Score under 25.',
    LET_GO: 'A hard rule fired: end the relationship.',
    RED: 'Score 50 or more, or a rule sets the floor.',
  },
);
export const ArchetypeEnum = schemaEnum(Archetype, 'Archetype', 'A recognisable pattern of costly client behaviour, read from the risk factors.', {
  ABUSIVE: 'Abuses staff.',
  CHRONIC_COMPLAINER: 'Complains often, mostly without cause.',
  DEMANDING: 'Asks for more than the contract covers.',
  NON_PAYER: 'Pays late or not at all.',
  TIME_WASTER: 'Misses meetings or comes unprepared.',
  UNPROFITABLE: 'Costs more than it brings in.',
});
export const RecommendationEnum = schemaEnum(
  Recommendation,
  'Recommendation',
  'The decision grid of DOMAIN.md; a termination is only ever proposed by a person.',
  {
    CREDIT_HOLD: 'No new work on credit: prepayment only until the debt is settled.',
    KEEP: 'Carry on.',
    PROPOSE_TERMINATION: 'A person should consider proposing the end of the relationship.',
    RENEGOTIATE: 'Renegotiate: prepayment, instalments, price or scope.',
    RENEGOTIATE_TERMS: 'Keep the client, change the payment terms: shorter terms, prepayment, late interest.',
  },
);
export const RiskFactorKeyEnum = schemaEnum(RiskFactorKey, 'RiskFactorKey', 'The factors of risk model v2 (DOMAIN.md), each with its maximum points.', {
  BROKEN_PROMISES: 'Promises to pay broken.',
  COMPLAINTS: 'Complaints, unfounded ones weighing more.',
  CONDUCT: 'Abuse reports.',
  DEMANDS: 'Requests beyond the contract.',
  EXCUSES: 'Excuses for not paying.',
  OVERDUE_EXPOSURE: 'Overdue balances against average monthly billing.',
  PAYMENT_LATENESS: 'How late invoices are paid.',
  TIME_WASTE: 'Missed meetings and unprepared ones.',
  UNPAID_SCOPE_CREEP: 'Out-of-contract work not billed.',
});
export const HardRuleEnum = schemaEnum(HardRule, 'HardRule', 'Rules that end the relationship whatever the points (band LET_GO).', {
  CONDUCT_BEYOND_REPAIR: 'Conduct points alone past the let-go threshold.',
  RED_WITH_NEGATIVE_MARGIN: 'Red with a negative contribution margin.',
  REPEATED_ABUSE: 'The third minor abuse report within the memory window: the warning did not work.',
  SEVERE_ABUSE: 'A severe abuse report.',
});
export const RiskRuleEnum = schemaEnum(
  RiskRule,
  'RiskRule',
  'Rules of risk model v2 that set a floor under the band or end the relationship, whatever the points.',
  {
    CONDUCT_BEYOND_REPAIR: 'Conduct points alone past the let-go threshold.',
    IN_DEFAULT: 'Long overdue after a broken promise or a lawyer letter: the debt is expected lost.',
    LONG_OVERDUE: "The oldest debt over 60 days past due, with more than a month's billing overdue: red and credit hold.",
    MINOR_ABUSE_REPEATED: 'Two minor abuse reports within the window: at least amber.',
    NEGATIVE_MARGIN: 'The client costs more than it pays: at least amber.',
    RED_WITH_NEGATIVE_MARGIN: 'Red with a negative contribution margin.',
    REPEATED_ABUSE: 'The third minor abuse report within the memory window: the warning did not work.',
    REPEATED_BROKEN_PROMISES: 'The second broken promise: red and credit hold.',
    SEVERE_ABUSE: 'A severe abuse report.',
    WRITTEN_OFF_DEBT: 'A debt of the client written off within the memory window.',
    CREDIT_LIMIT_EXCEEDED: 'The client owes more than its credit limit: at least amber, and a credit hold recommended.',
  },
);

@ObjectType('EvidenceEvent', { description: 'An event cited as evidence: what happened, when, in plain words.' })
export class EvidenceEventModel {
  @Field({ description: "The event's id (UUID v7)." })
  eventId!: string;

  @Field({ description: 'The event type, e.g. PromiseToPayRecorded.' })
  type!: string;

  @Field(() => DateScalar, { description: 'The business day it happened (the client history keeps days, not instants).' })
  occurredOn!: string;

  @Field({ description: 'e.g. "40.00 EUR paid on invoice INV-1"' })
  summary!: string;
}

@ObjectType('RiskRuleFiring', { description: 'A rule that fired, with the band it puts the client in at least, plain words and the events behind it.' })
export class RiskRuleFiringModel {
  @Field(() => RiskRuleEnum, { description: 'Which rule.' })
  rule!: RiskRule;

  @Field(() => RiskBandEnum, { description: 'The band the rule puts the client in at least.' })
  band!: RiskBand;

  /** Served by LocalizedTextResolvers with a `locale` argument. */
  explanation!: string;

  /** The explanation as a template key and values; absent from assessments stored before it. */
  message?: Message;

  @Field(() => [String], { description: 'Ids of the events behind the rule.' })
  evidenceEventIds!: string[];

  @Field(() => [EvidenceEventModel], { description: 'The events behind the rule.' })
  evidence!: EvidenceEventModel[];
}

@ObjectType('RiskFactor', { description: 'One factor of the risk score, with the events that produced it.' })
export class RiskFactorModel {
  @Field(() => RiskFactorKeyEnum, { description: 'Which factor.' })
  key!: RiskFactorKey;

  @Field(() => Float, { description: 'The measured quantity: a ratio, a count or an index.' })
  value!: number;

  @Field(() => Float, { description: 'Points this factor gives the client.' })
  points!: number;

  @Field(() => Float, { description: 'The most points this factor can give.' })
  maxPoints!: number;

  @Field({ description: 'The version of the risk model that computed it.' })
  ruleVersion!: string;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD the factor was computed for.' })
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

@ObjectType('RiskTrend', { description: 'How the score moved against 30 days before.' })
export class RiskTrendModel {
  @Field(() => DateScalar, { nullable: true, description: 'YYYY-MM-DD compared with: 30 days before the assessment.' })
  comparedWith?: string;

  @Field(() => RiskBandEnum, { nullable: true, description: 'The band then.' })
  previousBand?: RiskBand;

  @Field(() => Float, { description: 'The score then, 0–100.' })
  previousScore!: number;

  @Field(() => Float, { description: 'Score now − score then.' })
  delta!: number;

  @Field(() => RiskTrendDirectionEnum, { description: 'Which way the score moved.' })
  direction!: RiskTrend['direction'];
}

@ObjectType('RiskAssessment', { description: 'Risk model v2: explainable points, rules with evidence, band, archetypes and the recommended decision.' })
export class RiskAssessmentModel {
  @Field(() => DateScalar, { description: 'The day the assessment is for.' })
  asOf!: string;

  @Field({ description: 'The version of the risk model that computed this.' })
  ruleVersion!: string;

  @Field(() => Float, { description: '0–100' })
  score!: number;

  @Field(() => RiskBandEnum, { description: 'The risk band.' })
  band!: RiskBand;

  @Field(() => [RiskFactorModel], { description: 'All the factors of the model.' })
  factors!: RiskFactorModel[];

  @Field(() => [RiskFactorModel], { description: 'Factors with points, highest first: why the client scores what it does.' })
  topFactors!: RiskFactorModel[];

  @Field(() => [HardRuleEnum], { description: 'Hard rules that fired: any one ends the relationship (band LET_GO).' })
  hardRules!: HardRule[];

  @Field(() => [RiskRuleFiringModel], { description: 'Every rule that fired, hard rules included, each with its plain words and evidence.' })
  rules!: RiskRuleFiringModel[];

  @Field(() => [ArchetypeEnum], { description: 'The archetypes the client shows.' })
  archetypes!: Archetype[];

  @Field({ description: 'Payment factors halved: a long-standing client with a clean history on its first incident.' })
  tenureMitigationApplied!: boolean;

  @Field(() => Float, { nullable: true, description: 'Contribution margin ÷ (invoiced − written off) × 100, 2 decimals; null before anything was invoiced.' })
  contributionMarginPercent!: number | null;

  @Field(() => RecommendationEnum, { description: 'The recommended decision.' })
  recommendation!: Recommendation;

  @Field(() => RiskTrendModel, { nullable: true, description: 'Against the score 30 days before.' })
  trend!: RiskTrendModel | null;
}
