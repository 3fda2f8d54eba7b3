import type { LocalDate } from '@client-lifecycle/domain';
import type {
  ClientSummary,
  ClientSummaryChange,
  ClientSummaryChanges,
  ClientSummaryFilter,
  ClientSummaryKey,
  ClientSummaryOrder,
  ClientSummaryPage,
  ClientSummaryRecord,
  ClientSummaryStore,
} from '@client-lifecycle/ports';
import { comesAfter, compareSummaries, matches } from './client-summary.order';

const listColumns = ({ assessment: _assessment, portfolioEntry: _portfolioEntry, ...summary }: ClientSummaryRecord): ClientSummary => summary;

export class InMemoryClientSummaryStore implements ClientSummaryStore {
  private readonly rows = new Map<string, { readonly record: ClientSummaryRecord; readonly sequence: number }>();
  private position = 0;
  /** Not reset with the rows: a reader keeping aggregates sees rebuilt records as changes. */
  private sequence = 0;

  async checkpoint(): Promise<number> {
    return this.position;
  }

  async commit(rows: readonly ClientSummaryRecord[], checkpoint: number): Promise<void> {
    for (const record of rows) {
      this.rows.delete(record.clientId);
      this.rows.set(record.clientId, { record, sequence: ++this.sequence });
    }
    this.position = checkpoint;
  }

  async list(filter: ClientSummaryFilter, orderBy: ClientSummaryOrder, first: number, after: ClientSummaryKey | null): Promise<ClientSummaryPage> {
    const selected = [...this.rows.values()].map(({ record }) => listColumns(record)).filter(matches(filter));
    const following = selected.filter(comesAfter(orderBy, after, filter.search)).sort(compareSummaries(orderBy, filter.search));
    return { rows: following.slice(0, first), hasNextPage: first < following.length, totalCount: selected.length };
  }

  async find(clientIds: readonly string[]): Promise<ClientSummaryRecord[]> {
    return clientIds.flatMap((clientId) => this.rows.get(clientId)?.record ?? []);
  }

  async changedSince(after: number, first: number): Promise<ClientSummaryChanges> {
    // Rows are kept in the order written, so the changes are a suffix of the map.
    const records: ClientSummaryChange[] = [];
    let sequence = after;
    for (const row of this.rows.values()) {
      if (row.sequence <= after) continue;
      if (records.length === first) break;
      const { assessment: _assessment, ...change } = row.record;
      records.push(change);
      sequence = row.sequence;
    }
    return { records, sequence };
  }

  async staleBefore(day: LocalDate, first: number, after = ''): Promise<string[]> {
    return [...this.rows.values()]
      .filter(({ record }) => record.asOf < day && record.clientId > after)
      .map(({ record }) => record.clientId)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, first);
  }

  async reset(): Promise<void> {
    this.rows.clear();
    this.position = 0;
  }

  async close(): Promise<void> {}
}
