import { type Archetype, type LocalDate, type Recommendation, type RiskBand, riskSortKey } from '@client-lifecycle/domain';
import { type ClientSearch, searchRank } from './client-search';

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
  /** The day the row is judged as of: the projector's today (its clock), moved on by the daily re-assessment. */
  readonly asOf: LocalDate;
  /** The revision of the client's latest event the row is folded up to. */
  readonly version: number;
}

/** A client's row with what the projector keeps ready beside the list columns; the list itself never reads these. */
export interface ClientSummaryRecord extends ClientSummary {
  /**
   * The client's risk, profitability and collection as of `asOf`, serialized by the projector
   * (opaque to the store): kept ready so that reading a client's assessment folds nothing.
   */
  readonly assessment: string;
  /** What the client adds to the portfolio's figures (its invoices' open balances by day and more), serialized by the projector. */
  readonly portfolioEntry: string;
}

/** A row's risk, what a change of it is told by (the risk-change feed). */
export type ClientSummaryRisk = Pick<ClientSummary, 'clientId' | 'score' | 'band'>;

/** A changed record as a reader of the whole list needs it: the list columns and the portfolio entry, not the assessment. */
export type ClientSummaryChange = ClientSummary & Pick<ClientSummaryRecord, 'portfolioEntry'>;

/** Records changed after a sequence number, in the order they changed, and the sequence number of the last one. */
export interface ClientSummaryChanges {
  readonly records: readonly ClientSummaryChange[];
  readonly sequence: number;
}

export type ClientSummaryOrder = 'SCORE' | 'OVERDUE' | 'MARGIN';

export interface ClientSummaryFilter {
  readonly band?: RiskBand;
  /** This band or a riskier one: `RED` includes `LET_GO`. */
  readonly minBand?: RiskBand;
  readonly archetype?: Archetype;
  readonly recommendation?: Recommendation;
  /**
   * Only clients whose name matches (see `matchesSearch`), best matches first (see `searchRank`),
   * then in the order asked for.
   */
  readonly search?: ClientSearch;
}

/**
 * A row's place in one order of the list: its score, overdue amount or margin (whichever the
 * order sorts on) and its client id, which breaks ties. A page continues after such a place
 * rather than at an offset (keyset paging), so it starts where the previous page ended even when
 * rows before it moved or came and went meanwhile, and a deep page costs no more than the first.
 */
export interface ClientSummaryKey {
  /** In a search, the row's `searchRank`, which comes before the value. */
  readonly rank?: number;
  readonly value: number;
  readonly clientId: string;
}

/** The key of a row in an order, and in a search when one is given. */
export const clientSummaryKey = (row: ClientSummary, orderBy: ClientSummaryOrder, search?: ClientSearch): ClientSummaryKey => ({
  ...(search && { rank: searchRank(row.name, search) }),
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
export interface ClientSummaryRows {
  checkpoint(): Promise<number>;
  /** Each record written gets the next change sequence number (see `changedSince`). */
  commit(rows: readonly ClientSummaryRecord[], checkpoint: number): Promise<void>;
  /**
   * Riskiest (band, then score) / highest overdue amount first, lowest margin first; ties by client id; in a search,
   * best matches first and that order within each. `after` is
   * the key, in that order, of the row to continue after; null for the first page. `totalCount`
   * counts every row the filter matches, wherever the page starts.
   */
  list(filter: ClientSummaryFilter, orderBy: ClientSummaryOrder, first: number, after: ClientSummaryKey | null): Promise<ClientSummaryPage>;
  /** The rows of these clients (those that have one), in no particular order. */
  find(clientIds: readonly string[]): Promise<ClientSummaryRecord[]>;
  /**
   * The score and band of these clients' rows (those that have one), in no particular order:
   * what the projector compares each new row with, without reading the records' JSON.
   */
  risksOf(clientIds: readonly string[]): Promise<ClientSummaryRisk[]>;
  /**
   * Up to `first` records written after change number `after` (0: every record), in the order
   * written: what a reader keeping its own aggregates applies to catch up. Sequence numbers keep
   * growing across a reset, so such a reader sees the rebuilt records as changes.
   */
  changedSince(after: number, first: number): Promise<ClientSummaryChanges>;
  /**
   * Up to `first` records by client id after `after` ('' for the first page), with the change
   * number reached before they were read: where a reader keeping its own aggregates starts. Every
   * record is at least as new as that change number, so the reader goes on with `changedSince`
   * from the first page's number. In the order the rows are stored, which reads a large list
   * faster than change order.
   */
  recordsAfter(after: string, first: number): Promise<ClientSummaryChanges>;
  /** Up to `first` client ids after `after` (when given) whose row is judged as of a day before `day`, by client id: due a re-assessment. */
  staleBefore(day: LocalDate, first: number, after?: string): Promise<string[]>;
  /** Drops every row and the checkpoint, for a rebuild from position 0. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The live list, which a rebuild replaces without stopping the service: it builds a shadow
 * beside it, marks it ready, and the projector (the list's one writer) swaps it in.
 */
export interface ClientSummaryStore extends ClientSummaryRows {
  /** A new, empty shadow (any earlier one dropped), made by the store's own schema code, so it has every table and index the live list has. */
  createShadow(): Promise<ClientSummaryShadow>;
  /** The shadow a rebuild marked ready and left to be swapped in; null when there is none. Only the list's writer opens it. */
  readyShadow(): Promise<ClientSummaryShadow | null>;
  /** Whether a shadow marked ready waits to be swapped in; opens nothing. */
  hasReadyShadow(): Promise<boolean>;
}

/** A list built beside the live one; the API never reads it until it is swapped in, whole. */
export interface ClientSummaryShadow extends ClientSummaryRows {
  /** Hands the shadow over for swapping in (`readyShadow` finds it); this handle is closed. */
  markReady(): Promise<void>;
  /**
   * Replaces the live list with this one, rows and checkpoint, in one transaction, and drops the
   * shadow; the records it brings get change numbers above every live one (see `changedSince`).
   * Only the list's writer (the projector's lease holder) calls it, at a checkpoint equal to its own.
   */
  swapIn(): Promise<void>;
  /** Drops the shadow. */
  discard(): Promise<void>;
}
