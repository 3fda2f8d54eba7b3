import type { Archetype, LocalDate, Recommendation, RiskBand } from '@client-lifecycle/domain';

export const CLIENT_SUMMARY_STORE = Symbol('ClientSummaryStore');

/** One row per client of the portfolio list: what CRMs filter and sort on. */
export interface ClientSummary {
  readonly clientId: string;
  readonly name: string;
  readonly currency: string;
  readonly score: number;
  readonly band: RiskBand;
  readonly recommendation: Recommendation;
  readonly archetypes: readonly Archetype[];
  readonly overdueMinor: number;
  readonly contributionMarginMinor: number;
  /** The day the row was computed for: the day of the client's latest event. */
  readonly asOf: LocalDate;
}

export type ClientSummaryOrder = 'SCORE' | 'OVERDUE' | 'MARGIN';

export interface ClientSummaryFilter {
  readonly band?: RiskBand;
  readonly archetype?: Archetype;
  readonly recommendation?: Recommendation;
}

export interface ClientSummaryPage {
  readonly rows: readonly ClientSummary[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/** Rows and checkpoint move together, so a crash never skips or double-applies an event. */
export interface ClientSummaryStore {
  checkpoint(): Promise<number>;
  commit(rows: readonly ClientSummary[], checkpoint: number): Promise<void>;
  /**
   * Highest score / overdue amount first, lowest margin first; ties by client id.
   * `after` is the position in that order to continue from (an offset).
   */
  list(filter: ClientSummaryFilter, orderBy: ClientSummaryOrder, first: number, after: number): Promise<ClientSummaryPage>;
  /** Drops every row and the checkpoint, for a rebuild from position 0. */
  reset(): Promise<void>;
  close(): Promise<void>;
}
