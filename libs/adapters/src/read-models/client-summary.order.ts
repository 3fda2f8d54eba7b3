import { BAND_RANK, bandAtLeast, type RiskBand } from '@client-lifecycle/domain';
import {
  type ClientSummary,
  type ClientSummaryFilter,
  type ClientSummaryKey,
  clientSummaryKey,
  type ClientSummaryOrder,
  type ClientSearch,
  matchesSearch,
} from '@client-lifecycle/ports';

/** `riskSortKey(band, score)` as SQL, the same in SQLite and PostgreSQL: each has an index on exactly this expression. */
export const SQL_RISK_RANK = `(CASE band ${Object.entries(BAND_RANK)
  .map(([band, rank]) => `WHEN '${band}' THEN ${rank * 1000}`)
  .join(' ')} ELSE 0 END + score)`;

/** The bands a `minBand` filter admits, for an SQL `IN` list. */
export const bandsAtLeast = (minimum: RiskBand): RiskBand[] => (Object.keys(BAND_RANK) as RiskBand[]).filter((band) => bandAtLeast(band, minimum));

/** Negative when key `a` comes first in the order: best match, then riskiest, most overdue or least profitable first, ties by client id. */
export const compareKeys = (orderBy: ClientSummaryOrder, a: ClientSummaryKey, b: ClientSummaryKey): number => {
  const rank = (a.rank ?? 0) - (b.rank ?? 0);
  if (rank !== 0) return rank;
  const primary = orderBy === 'MARGIN' ? a.value - b.value : b.value - a.value;
  return primary !== 0 ? primary : a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0;
};

/** The list's order, shared by both adapters. */
export const compareSummaries =
  (orderBy: ClientSummaryOrder, search?: ClientSearch) =>
  (a: ClientSummary, b: ClientSummary): number =>
    compareKeys(orderBy, clientSummaryKey(a, orderBy, search), clientSummaryKey(b, orderBy, search));

/** Rows that come after the key in the order; every row when there is no key. */
export const comesAfter = (orderBy: ClientSummaryOrder, key: ClientSummaryKey | null, search?: ClientSearch) => (row: ClientSummary) =>
  key === null || compareKeys(orderBy, key, clientSummaryKey(row, orderBy, search)) < 0;

export const matches = (filter: ClientSummaryFilter) => (row: ClientSummary) =>
  (filter.band === undefined || row.band === filter.band) &&
  (filter.minBand === undefined || bandAtLeast(row.band, filter.minBand)) &&
  (filter.recommendation === undefined || row.recommendation === filter.recommendation) &&
  (filter.archetype === undefined || row.archetypes.includes(filter.archetype)) &&
  (filter.search === undefined || matchesSearch(row.name, filter.search));

/**
 * `searchRank` as SQL over the `search_name` column (the name as `searchableName` keeps it) and
 * the placeholder of the search's phrase, the same in SQLite and PostgreSQL.
 */
export const sqlSearchRank = (phrase: string): string =>
  `(CASE WHEN search_name = ${phrase} THEN 0 WHEN substr(search_name, 1, length(${phrase})) = ${phrase} THEN 1 ELSE 2 END)`;

/** The order as SQL, the same in SQLite and PostgreSQL: each has an index in exactly this order. */
export const SQL_ORDER_BY: Readonly<Record<ClientSummaryOrder, string>> = {
  SCORE: `${SQL_RISK_RANK} DESC, client_id`,
  OVERDUE: 'overdue_minor DESC, client_id',
  MARGIN: 'margin_minor, client_id',
};

const SORT_COLUMN: Readonly<Record<ClientSummaryOrder, string>> = { SCORE: SQL_RISK_RANK, OVERDUE: 'overdue_minor', MARGIN: 'margin_minor' };

/**
 * Rows after a key in the order, as SQL over the two placeholders of the key's value and client
 * id. The first term alone is a range on the order's index, so the database seeks to the key
 * instead of stepping over the rows before it; the second only sorts out the ties on the value.
 */
export function sqlAfterKey(orderBy: ClientSummaryOrder, value: string, clientId: string): string {
  const column = SORT_COLUMN[orderBy];
  const [reach, beyond] = orderBy === 'MARGIN' ? ['>=', '>'] : ['<=', '<'];
  return `${column} ${reach} ${value} AND (${column} ${beyond} ${value} OR client_id > ${clientId})`;
}

/** Rows after a key in a search's order: a worse match, or as good a match and after the key in the list's order. */
export const sqlAfterSearchKey = (orderBy: ClientSummaryOrder, rankSql: string, rank: string, value: string, clientId: string): string =>
  `(${rankSql} > ${rank} OR (${rankSql} = ${rank} AND ${sqlAfterKey(orderBy, value, clientId)}))`;
