import { type ClientSummary, type ClientSummaryFilter, type ClientSummaryKey, clientSummaryKey, type ClientSummaryOrder } from '@client-lifecycle/ports';

/** Negative when key `a` comes first in the order: riskiest, most overdue or least profitable first, ties by client id. */
export const compareKeys = (orderBy: ClientSummaryOrder, a: ClientSummaryKey, b: ClientSummaryKey): number => {
  const primary = orderBy === 'MARGIN' ? a.value - b.value : b.value - a.value;
  return primary !== 0 ? primary : a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0;
};

/** The list's order, shared by both adapters. */
export const compareSummaries =
  (orderBy: ClientSummaryOrder) =>
  (a: ClientSummary, b: ClientSummary): number =>
    compareKeys(orderBy, clientSummaryKey(a, orderBy), clientSummaryKey(b, orderBy));

/** Rows that come after the key in the order; every row when there is no key. */
export const comesAfter = (orderBy: ClientSummaryOrder, key: ClientSummaryKey | null) => (row: ClientSummary) =>
  key === null || compareKeys(orderBy, key, clientSummaryKey(row, orderBy)) < 0;

export const matches = (filter: ClientSummaryFilter) => (row: ClientSummary) =>
  (filter.band === undefined || row.band === filter.band) &&
  (filter.recommendation === undefined || row.recommendation === filter.recommendation) &&
  (filter.archetype === undefined || row.archetypes.includes(filter.archetype));
