import type { ClientHistory, LocalDate } from '@client-lifecycle/domain';
import type { ClientSummaryRecord } from '@client-lifecycle/ports';
import { assessClient, readyAssessment } from '../insight/client-assessment';
import type { InsightConfig } from '../insight/insight.config';
import { portfolioEntryOf } from '../portfolio/portfolio.entry';

/** A client's folded history and what its row says of it beside the assessment: all a row is made of, plain data. */
export interface ClientRowInput {
  readonly clientId: string;
  readonly history: ClientHistory;
  readonly asOf: LocalDate;
  readonly version: number;
}

/**
 * The client's row as of `input.asOf`: with the full assessment (with its trend) that
 * `client(id)` serves and its portfolio entry, or only the summary columns. The one place a row
 * is made, in process or in a rebuild's worker thread, so the two cannot differ.
 */
export function clientRowOf(input: ClientRowInput, config: InsightConfig, withAssessment: boolean): ClientSummaryRecord {
  const { clientId, history, asOf, version } = input;
  const ready = withAssessment ? readyAssessment(history, asOf, config) : null;
  const { risk, collection, profitability } = ready ?? assessClient(history, asOf, config);
  return {
    clientId,
    name: history.name,
    currency: history.contract.currency,
    score: risk.score,
    band: risk.band,
    recommendation: risk.recommendation,
    archetypes: risk.archetypes,
    overdueMinor: collection.totalOverdueMinor,
    contributionMarginMinor: profitability.contributionMarginMinor,
    asOf,
    version,
    assessment: ready ? JSON.stringify(ready) : '',
    portfolioEntry: ready ? JSON.stringify(portfolioEntryOf(history, profitability)) : '',
  };
}
