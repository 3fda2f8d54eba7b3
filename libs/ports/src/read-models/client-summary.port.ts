import { type Archetype, type LocalDate, type Recommendation, type RiskBand, riskSortKey } from '@client-lifecycle/domain';

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
  /** This band or a riskier one: `RED` includes `LET_GO`. */
  readonly minBand?: RiskBand;
  readonly archetype?: Archetype;
  readonly recommendation?: Recommendation;
}

/**
 * A row's place in one order of the list: its score, overdue amount or margin (whichever the
 * order sorts on) and its client id, which breaks ties. A page continues after such a place
 * rather than at an offset (keyset paging), so it starts where the previous page ended even when
 * rows before it moved or came and went meanwhile, and a deep page costs no more than the first.
 */
export interface ClientSummaryKey {
  readonly value: number;
  readonly clientId: string;
}

/** The key of a row in an order. */
export const clientSummaryKey = (row: ClientSummary, orderBy: ClientSummaryOrder): ClientSummaryKey => ({
  // Riskiest first means let-go before red whatever the scores: the band weighs before the score.
  value: orderBy === 'SCORE' ? riskSortKey(row.band, row.score) : orderBy === 'OVERDUE' ? row.overdueMinor : row.contributionMarginMinor,
  clientId: row.clientId,
});

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
   * Riskiest (band, then score) / highest overdue amount first, lowest margin first; ties by client id. `after` is
   * the key, in that order, of the row to continue after; null for the first page. `totalCount`
   * counts every row the filter matches, wherever the page starts.
   */
  list(filter: ClientSummaryFilter, orderBy: ClientSummaryOrder, first: number, after: ClientSummaryKey | null): Promise<ClientSummaryPage>;
  /** Drops every row and the checkpoint, for a rebuild from position 0. */
  reset(): Promise<void>;
  close(): Promise<void>;
}
