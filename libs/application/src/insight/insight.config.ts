import type { CollectionLadderConfig, ProfitabilityConfig, RiskConfig } from '@client-lifecycle/domain';

/** The calibration of the read models; defaults come from DOMAIN.md. */
export interface InsightConfig {
  readonly ladder: CollectionLadderConfig;
  readonly profitability: ProfitabilityConfig;
  readonly risk: RiskConfig;
}
