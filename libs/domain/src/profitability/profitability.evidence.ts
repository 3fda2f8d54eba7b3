/** How many facts a view cites: enough to answer "why is this client unprofitable?" at a glance. */
export const MAX_EVIDENCE_EVENT_IDS = 10;

/** A fact and what it cost, unrounded, in the contract currency's minor units. */
export interface CostlyFact {
  readonly eventId: string;
  readonly cost: number;
}

/**
 * The few costliest facts offered so far, costliest first, each offered once with its whole cost.
 * Ties keep the order in which the facts were offered, as a stable sort would; free facts are no
 * evidence. Picking as they come spares a long history the array of all its facts.
 */
export class CostliestFacts {
  private readonly top: [string, number][] = [];

  offer(eventId: string, cost: number): void {
    const { top } = this;
    if (!(cost > 0) || (top.length === MAX_EVIDENCE_EVENT_IDS && cost <= top[top.length - 1][1])) return;
    let at = top.length;
    while (at > 0 && top[at - 1][1] < cost) at--;
    top.splice(at, 0, [eventId, cost]);
    if (top.length > MAX_EVIDENCE_EVENT_IDS) top.pop();
  }

  eventIds(): string[] {
    return this.top.map(([eventId]) => eventId);
  }
}

/** The ids of the facts that cost the most, costliest first, the costs of facts citing the same event added up first. */
export function costliestEventIds(facts: readonly CostlyFact[]): string[] {
  const costById = new Map<string, number>();
  for (const { eventId, cost } of facts) costById.set(eventId, (costById.get(eventId) ?? 0) + cost);
  const costliest = new CostliestFacts();
  for (const [eventId, cost] of costById) costliest.offer(eventId, cost);
  return costliest.eventIds();
}
