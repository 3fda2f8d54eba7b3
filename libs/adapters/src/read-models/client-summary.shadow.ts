import type { LocalDate } from '@client-lifecycle/domain';
import type {
  ClientSummaryChanges,
  ClientSummaryPage,
  ClientSummaryRecord,
  ClientSummaryRisk,
  ClientSummaryRows,
  ClientSummaryShadow,
} from '@client-lifecycle/ports';

/**
 * A shadow list written through a store of its own: reads and writes go to that store, and each
 * adapter says how a finished shadow is handed over, swapped in or dropped where it keeps it.
 */
export abstract class DelegatingClientSummaryShadow implements ClientSummaryShadow {
  constructor(protected readonly rows: ClientSummaryRows) {}

  checkpoint(): Promise<number> {
    return this.rows.checkpoint();
  }

  commit(rows: readonly ClientSummaryRecord[], checkpoint: number): Promise<void> {
    return this.rows.commit(rows, checkpoint);
  }

  list(...query: Parameters<ClientSummaryRows['list']>): Promise<ClientSummaryPage> {
    return this.rows.list(...query);
  }

  find(clientIds: readonly string[]): Promise<ClientSummaryRecord[]> {
    return this.rows.find(clientIds);
  }

  risksOf(clientIds: readonly string[]): Promise<ClientSummaryRisk[]> {
    return this.rows.risksOf(clientIds);
  }

  changedSince(after: number, first: number): Promise<ClientSummaryChanges> {
    return this.rows.changedSince(after, first);
  }

  recordsAfter(after: string, first: number): Promise<ClientSummaryChanges> {
    return this.rows.recordsAfter(after, first);
  }

  staleBefore(day: LocalDate, first: number, after?: string): Promise<string[]> {
    return this.rows.staleBefore(day, first, after);
  }

  reset(): Promise<void> {
    return this.rows.reset();
  }

  close(): Promise<void> {
    return this.rows.close();
  }

  abstract markReady(): Promise<void>;
  abstract swapIn(): Promise<void>;
  abstract discard(): Promise<void>;
}
