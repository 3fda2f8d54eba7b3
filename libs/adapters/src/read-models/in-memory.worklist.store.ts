import type { LocalDate, WorklistEntry } from '@client-lifecycle/domain';
import type { WorklistClient, WorklistFilter, WorklistKey, WorklistPage, WorklistStore } from '@client-lifecycle/ports';
import { comesAfter, matchesWorklistFilter, worklistOrder } from './worklist.order';

/** The worklist in memory, for tests and the `memory` read-model store. */
export class InMemoryWorklistStore implements WorklistStore {
  private position = 0;
  private readonly clients = new Map<string, WorklistClient>();

  async checkpoint(): Promise<number> {
    return this.position;
  }

  async commit(clients: readonly WorklistClient[], checkpoint: number): Promise<void> {
    for (const client of clients) this.clients.set(client.clientId, client);
    this.position = checkpoint;
  }

  async list(on: LocalDate, filter: WorklistFilter, first: number, after: WorklistKey | null): Promise<WorklistPage> {
    const due: WorklistEntry[] = [...this.clients.values()]
      .flatMap((client) => client.entries)
      .filter((entry) => entry.dueOn <= on && matchesWorklistFilter(entry, filter) && (after === null || comesAfter(entry, after)))
      .sort(worklistOrder);
    return { entries: due.slice(0, first), hasNextPage: due.length > first };
  }

  async count(on: LocalDate, filter: WorklistFilter): Promise<number> {
    let count = 0;
    for (const client of this.clients.values()) for (const entry of client.entries) if (entry.dueOn <= on && matchesWorklistFilter(entry, filter)) count++;
    return count;
  }

  async dueForRefresh(day: LocalDate, first: number, after = ''): Promise<string[]> {
    return [...this.clients.values()]
      .filter((client) => client.refreshOn !== null && client.refreshOn <= day && client.clientId > after)
      .map((client) => client.clientId)
      .sort()
      .slice(0, first);
  }

  async reset(): Promise<void> {
    this.clients.clear();
    this.position = 0;
  }

  async close(): Promise<void> {}
}
