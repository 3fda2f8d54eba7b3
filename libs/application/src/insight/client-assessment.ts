import { assessClient as assessClientOn, type ClientAssessment, DEFAULT_ASSESSMENT_CONFIG, type ClientHistory, type LocalDate } from '@client-lifecycle/domain';
import type { InsightConfig } from './insight.config';

export const DEFAULT_INSIGHT_CONFIG: InsightConfig = DEFAULT_ASSESSMENT_CONFIG;

export type { ClientAssessment };

/** Collection, profitability and the risk built on both, for one client on one day (the pure composition lives in the domain). */
export function assessClient(history: ClientHistory, asOfDay: LocalDate, config: InsightConfig = DEFAULT_INSIGHT_CONFIG): ClientAssessment {
  return assessClientOn(history, asOfDay, config);
}
