import {
  assessClient as assessClientOn,
  assessClientWithTrend,
  averageDaysToPay,
  type ClientAssessment,
  type ClientHistory,
  DEFAULT_ASSESSMENT_CONFIG,
  type EvidenceEvent,
  evidenceIndex,
  type LocalDate,
  paymentIndex,
} from '@client-lifecycle/domain';
import type { InsightConfig } from './insight.config';

export const DEFAULT_INSIGHT_CONFIG: InsightConfig = DEFAULT_ASSESSMENT_CONFIG;

export type { ClientAssessment };

/** Collection, profitability and the risk built on both, for one client on one day (the pure composition lives in the domain). */
export function assessClient(history: ClientHistory, asOfDay: LocalDate, config: InsightConfig = DEFAULT_INSIGHT_CONFIG): ClientAssessment {
  return assessClientOn(history, asOfDay, config);
}

/** What `client(id)` answers about risk, profitability and collection on one day, and what the read model keeps ready. */
export interface ReadyAssessment extends ClientAssessment {
  readonly paymentIndex: number | null;
  readonly averageDaysToPay: { readonly mean: number | null; readonly amountWeighted: number | null };
  /** The events the risk's factors and rules cite, described: a stored answer has no history to describe them from. */
  readonly evidence: readonly EvidenceEvent[];
}

/**
 * The client's assessment on a day, with the risk trend against the same history judged 30 days
 * before (risk model v2). Both the projector (which stores it) and an on-demand fold go through
 * here, so they cannot differ.
 */
export function readyAssessment(history: ClientHistory, asOfDay: LocalDate, config: InsightConfig = DEFAULT_INSIGHT_CONFIG): ReadyAssessment {
  const assessment = assessClientWithTrend(history, asOfDay, config);
  const { risk } = assessment;
  const cited = new Set([...risk.factors, ...risk.rules].flatMap((item) => item.evidenceEventIds));
  const index = evidenceIndex(history, cited);
  return {
    ...assessment,
    paymentIndex: paymentIndex(history, asOfDay),
    averageDaysToPay: averageDaysToPay(history, asOfDay),
    evidence: [...cited].flatMap((eventId) => {
      const event = index.get(eventId);
      return event ? [event] : [];
    }),
  };
}
