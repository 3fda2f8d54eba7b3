/** How many facts a view cites: enough to answer "why is this client unprofitable?" at a glance. */
export const MAX_EVIDENCE_EVENT_IDS = 10;

/** A fact and what it cost, unrounded, in the contract currency's minor units. */
export interface CostlyFact {
  readonly eventId: string;
  readonly cost: number;
}

/** The ids of the facts that cost the most, costliest first; free facts are no evidence. */
export function costliestEventIds(facts: readonly CostlyFact[]): string[] {
  const costById = new Map<string, number>();
  for (const { eventId, cost } of facts) costById.set(eventId, (costById.get(eventId) ?? 0) + cost);
  return [...costById]
    .filter(([, cost]) => cost > 0)
    .sort(([, a], [, b]) => b - a)
    .slice(0, MAX_EVIDENCE_EVENT_IDS)
    .map(([eventId]) => eventId);
}
