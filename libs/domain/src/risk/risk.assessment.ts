import type { ClientHistory } from '../client-history';
import { overdueByBucket } from '../collection/aging';
import { type CollectionLadderConfig, DEFAULT_COLLECTION_LADDER } from '../collection/collection-ladder';
import { type CollectionMoneyConfig, type CollectionView, collectionView, DEFAULT_COLLECTION_MONEY } from '../collection/collection.projection';
import { paymentIndex, promiseRecord } from '../collection/payment-behaviour';
import { DEFAULT_PROFITABILITY_CONFIG, type ProfitabilityConfig } from '../profitability/profitability.config';
import { profitabilityFigures, type ProfitabilityView, profitabilityView } from '../profitability/profitability.projection';
import { addDays, type LocalDate } from '../shared/local-date';
import { DEFAULT_RISK_CONFIG, type RiskConfig } from './risk.config';
import type { RiskMeasures } from './risk.factors';
import type { RiskAssessment } from './risk.model';
import { assessRisk } from './risk.projection';

/** The configuration of the three read models a client assessment is built from. */
export interface AssessmentConfig {
  readonly ladder: CollectionLadderConfig;
  readonly profitability: ProfitabilityConfig;
  readonly risk: RiskConfig;
  /** Late interest and the cost-of-recovery rule the collection view reports; the defaults when absent. */
  readonly collectionMoney?: CollectionMoneyConfig;
}

export const DEFAULT_ASSESSMENT_CONFIG: AssessmentConfig = {
  ladder: DEFAULT_COLLECTION_LADDER,
  profitability: DEFAULT_PROFITABILITY_CONFIG,
  risk: DEFAULT_RISK_CONFIG,
  collectionMoney: DEFAULT_COLLECTION_MONEY,
};

/** DOMAIN.md, risk model v2: the trend compares with the score 30 days before, not with the previous event. */
export const TREND_DAYS = 30;

export interface ClientAssessment {
  readonly collection: CollectionView;
  readonly profitability: ProfitabilityView;
  readonly risk: RiskAssessment;
}

/**
 * Assessments of frozen histories (snapshots), by history: weakly held, so an entry lives only as
 * long as its snapshot does (a fold cache's), and an erased client's history is not kept alive here.
 */
const assessedSnapshots = new WeakMap<ClientHistory, { readonly asOf: LocalDate; readonly config: AssessmentConfig; readonly assessment: ClientAssessment }>();

/**
 * Collection, profitability and the risk built on both, for one client on one business day,
 * without a trend (a list row or the portfolio need none, and it costs a second assessment). Pure.
 * A frozen history (a snapshot no later event changes) judged on the same day with the same
 * configuration gets the answer already made: the client list and the worklist judge the snapshot
 * a command just folded, one after the other. The answer is frozen; its receivers never change it.
 */
export function assessClient(history: ClientHistory, asOf: LocalDate, config: AssessmentConfig = DEFAULT_ASSESSMENT_CONFIG): ClientAssessment {
  if (!Object.isFrozen(history)) return assessAfresh(history, asOf, config);
  const assessed = assessedSnapshots.get(history);
  if (assessed && assessed.asOf === asOf && assessed.config === config) return assessed.assessment;
  const assessment = Object.freeze(assessAfresh(history, asOf, config));
  assessedSnapshots.set(history, { asOf, config, assessment });
  return assessment;
}

function assessAfresh(history: ClientHistory, asOf: LocalDate, config: AssessmentConfig): ClientAssessment {
  const collection = collectionView(history, asOf, config.ladder, config.collectionMoney);
  const profitability = profitabilityView(history, asOf, config.profitability);
  // The collection view judged every promise already: the same record, not a second pass.
  const promises = { kept: collection.promises.kept, broken: collection.promises.broken, brokenPromiseEventIds: collection.brokenPromiseEventIds };
  const risk = assessRisk(history, asOf, riskMeasuresOf(history, asOf, collection.overdueByBucket, promises, profitability), config.risk);
  return { collection, profitability, risk };
}

type MarginFigures = Pick<ProfitabilityView, 'averageMonthlyBillingMinor' | 'contributionMarginMinor' | 'contributionMarginPercent' | 'inDefault'>;

const riskMeasuresOf = (
  history: ClientHistory,
  asOf: LocalDate,
  overdueByBucket: RiskMeasures['overdueByBucket'],
  promises: RiskMeasures['promises'],
  profitability: MarginFigures,
): RiskMeasures => ({
  paymentIndex: paymentIndex(history, asOf),
  overdueByBucket,
  promises,
  averageMonthlyBillingMinor: profitability.averageMonthlyBillingMinor,
  contributionMarginMinor: profitability.contributionMarginMinor,
  contributionMarginPercent: profitability.contributionMarginPercent,
  inDefault: profitability.inDefault,
});

/**
 * The risk score and band of `assessClient` on a day, from the same measures, without what only a
 * reader of that day's assessment needs: the collection ladder of every open invoice, the cost of
 * recovery, profitability's evidence, the risk factors' evidence and every plain word. What a
 * trend compares with. Pure.
 */
export function riskScoreOn(
  history: ClientHistory,
  asOf: LocalDate,
  config: AssessmentConfig = DEFAULT_ASSESSMENT_CONFIG,
): Pick<RiskAssessment, 'score' | 'band'> {
  const { brokenPromiseEventIds, kept, broken } = promiseRecord(history, asOf);
  const measures = riskMeasuresOf(
    history,
    asOf,
    overdueByBucket(history, asOf),
    { kept, broken, brokenPromiseEventIds },
    profitabilityFigures(history, asOf, config.profitability),
  );
  const { score, band } = assessRisk(history, asOf, measures, config.risk, null, 'points');
  return { score, band };
}

/**
 * `assessClient` with the risk trend: the same history judged 30 days earlier (every read model
 * reads only facts dated on or before its day, so no second history is needed). No trend before
 * the client existed 30 days ago. Pure.
 */
export function assessClientWithTrend(history: ClientHistory, asOf: LocalDate, config: AssessmentConfig = DEFAULT_ASSESSMENT_CONFIG): ClientAssessment {
  const comparedWith = addDays(asOf, -TREND_DAYS);
  const assessment = assessClient(history, asOf, config);
  if (history.clientSince > comparedWith) return assessment;
  const before = riskScoreOn(history, comparedWith, config);
  const delta = Math.round((assessment.risk.score - before.score) * 10) / 10;
  return {
    ...assessment,
    risk: {
      ...assessment.risk,
      trend: { comparedWith, previousBand: before.band, previousScore: before.score, delta, direction: delta > 0 ? 'UP' : delta < 0 ? 'DOWN' : 'FLAT' },
    },
  };
}
