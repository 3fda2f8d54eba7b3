import type { ClientSummary, ClientSummaryFilter, ClientSummaryOrder } from '@client-lifecycle/ports';

/** The list's order, shared by both adapters: riskiest, most overdue or least profitable first. */
export const compareSummaries =
  (orderBy: ClientSummaryOrder) =>
  (a: ClientSummary, b: ClientSummary): number => {
    const primary =
      orderBy === 'SCORE' ? b.score - a.score : orderBy === 'OVERDUE' ? b.overdueMinor - a.overdueMinor : a.contributionMarginMinor - b.contributionMarginMinor;
    return primary !== 0 ? primary : a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0;
  };

export const matches = (filter: ClientSummaryFilter) => (row: ClientSummary) =>
  (filter.band === undefined || row.band === filter.band) &&
  (filter.recommendation === undefined || row.recommendation === filter.recommendation) &&
  (filter.archetype === undefined || row.archetypes.includes(filter.archetype));
