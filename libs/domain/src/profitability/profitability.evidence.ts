/** How many facts a view cites: enough to answer "why is this client unprofitable?" at a glance. */
export const MAX_EVIDENCE_EVENT_IDS = 10;

/** A fact and what it cost, unrounded, in the contract currency's minor units. */
export interface CostlyFact {
  readonly eventId: string;
  readonly cost: number;
}

/**
 * The ids of the facts that cost the most, costliest first; free facts are no evidence. The few
 * kept are picked in one pass rather than by sorting every fact of a long history; ties keep the
 * order in which the facts came, as a stable sort would.
 */
export function costliestEventIds(facts: readonly CostlyFact[]): string[] {
  const costById = new Map<string, number>();
  for (const { eventId, cost } of facts) costById.set(eventId, (costById.get(eventId) ?? 0) + cost);
  const top: [string, number][] = [];
  for (const entry of costById) {
    const cost = entry[1];
    if (!(cost > 0) || (top.length === MAX_EVIDENCE_EVENT_IDS && cost <= top[top.length - 1][1])) continue;
    let at = top.length;
    while (at > 0 && top[at - 1][1] < cost) at--;
    top.splice(at, 0, entry);
    if (top.length > MAX_EVIDENCE_EVENT_IDS) top.pop();
  }
  return top.map(([eventId]) => eventId);
}
