import type { LocalDate } from '@client-lifecycle/domain';
import type { ClientSummary, ClientSummaryFilter, ClientSummaryKey, ClientSummaryOrder, ClientSummaryPage, ClientSummaryStore } from '@client-lifecycle/ports';
import { comesAfter, compareSummaries, matches } from './client-summary.order';

export class InMemoryClientSummaryStore implements ClientSummaryStore {
  private readonly rows = new Map<string, ClientSummary>();
  private position = 0;

  async checkpoint(): Promise<number> {
    return this.position;
  }

  async commit(rows: readonly ClientSummary[], checkpoint: number): Promise<void> {
    for (const row of rows) this.rows.set(row.clientId, row);
    this.position = checkpoint;
  }

  async list(filter: ClientSummaryFilter, orderBy: ClientSummaryOrder, first: number, after: ClientSummaryKey | null): Promise<ClientSummaryPage> {
    const selected = [...this.rows.values()].filter(matches(filter));
    const following = selected.filter(comesAfter(orderBy, after)).sort(compareSummaries(orderBy));
    return { rows: following.slice(0, first), hasNextPage: first < following.length, totalCount: selected.length };
  }

  async find(clientIds: readonly string[]): Promise<ClientSummary[]> {
    return clientIds.flatMap((clientId) => this.rows.get(clientId) ?? []);
  }

  async staleBefore(day: LocalDate, first: number): Promise<string[]> {
    return [...this.rows.values()]
      .filter((row) => row.asOf < day)
      .map((row) => row.clientId)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, first);
  }

  async reset(): Promise<void> {
    this.rows.clear();
    this.position = 0;
  }

  async close(): Promise<void> {}
}
