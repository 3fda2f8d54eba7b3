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
  ClientSummaryRisk,
  ClientSummaryRows,
  ClientSummaryShadow,
  ClientSummaryStore,
} from '@client-lifecycle/ports';
import { comesAfter, compareSummaries, matches } from './client-summary.order';

const listColumns = ({ assessment: _assessment, portfolioEntry: _portfolioEntry, ...summary }: ClientSummaryRecord): ClientSummary => summary;

class InMemoryClientSummaryRows implements ClientSummaryRows {
  protected rows = new Map<string, { readonly record: ClientSummaryRecord; readonly sequence: number }>();
  protected position = 0;
  /** Not reset with the rows: a reader keeping aggregates sees rebuilt records as changes. */
  protected sequence = 0;

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

  async risksOf(clientIds: readonly string[]): Promise<ClientSummaryRisk[]> {
    return (await this.find(clientIds)).map(({ clientId, score, band }) => ({ clientId, score, band }));
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

  async recordsAfter(after: string, first: number): Promise<ClientSummaryChanges> {
    const records = [...this.rows.values()]
      .filter(({ record }) => record.clientId > after)
      .sort((a, b) => (a.record.clientId < b.record.clientId ? -1 : 1))
      .slice(0, first)
      .map(({ record: { assessment: _assessment, ...change } }) => change);
    return { records, sequence: this.sequence };
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

export class InMemoryClientSummaryStore extends InMemoryClientSummaryRows implements ClientSummaryStore {
  private shadow: InMemoryClientSummaryShadow | null = null;
  private shadowReady = false;

  async createShadow(): Promise<ClientSummaryShadow> {
    this.shadow = new InMemoryClientSummaryShadow(this);
    this.shadowReady = false;
    return this.shadow;
  }

  async readyShadow(): Promise<ClientSummaryShadow | null> {
    return this.shadowReady ? this.shadow : null;
  }

  async hasReadyShadow(): Promise<boolean> {
    return this.shadowReady;
  }

  /** The shadow's side of its methods: they change what this store holds. */
  shadowMarkedReady(shadow: InMemoryClientSummaryShadow): void {
    if (this.shadow === shadow) this.shadowReady = true;
  }

  shadowSwappedIn(shadow: InMemoryClientSummaryShadow, rows: InMemoryClientSummaryRows['rows'], position: number, sequence: number): void {
    const offset = this.sequence;
    this.rows = new Map([...rows].map(([clientId, row]) => [clientId, { record: row.record, sequence: row.sequence + offset }]));
    this.sequence = offset + sequence;
    this.position = position;
    this.shadowDiscarded(shadow);
  }

  shadowDiscarded(shadow: InMemoryClientSummaryShadow): void {
    if (this.shadow !== shadow) return;
    this.shadow = null;
    this.shadowReady = false;
  }
}

class InMemoryClientSummaryShadow extends InMemoryClientSummaryRows implements ClientSummaryShadow {
  constructor(private readonly live: InMemoryClientSummaryStore) {
    super();
  }

  async markReady(): Promise<void> {
    this.live.shadowMarkedReady(this);
  }

  async swapIn(): Promise<void> {
    this.live.shadowSwappedIn(this, this.rows, this.position, this.sequence);
  }

  async discard(): Promise<void> {
    this.live.shadowDiscarded(this);
  }
}
