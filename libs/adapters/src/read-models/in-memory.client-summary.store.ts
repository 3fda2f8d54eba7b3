import type { ClientSummary, ClientSummaryFilter, ClientSummaryOrder, ClientSummaryPage, ClientSummaryStore } from '@client-lifecycle/ports';
import { compareSummaries, matches } from './client-summary.order';

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

  async list(filter: ClientSummaryFilter, orderBy: ClientSummaryOrder, first: number, after: number): Promise<ClientSummaryPage> {
    const selected = [...this.rows.values()].filter(matches(filter)).sort(compareSummaries(orderBy));
    return { rows: selected.slice(after, after + first), hasNextPage: after + first < selected.length, totalCount: selected.length };
  }

  async reset(): Promise<void> {
    this.rows.clear();
    this.position = 0;
  }

  async close(): Promise<void> {}
}
