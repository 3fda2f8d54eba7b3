import type { TerminationStatus } from '@client-lifecycle/domain';
import type { TerminationPage, TerminationRecord, TerminationStore } from '@client-lifecycle/ports';

export class InMemoryTerminationStore implements TerminationStore {
  private readonly records = new Map<string, TerminationRecord>();
  private position = 0;

  async checkpoint(): Promise<number> {
    return this.position;
  }

  async commit(records: readonly TerminationRecord[], checkpoint: number): Promise<void> {
    for (const record of records) this.records.set(record.state.terminationId, structuredClone(record));
    this.position = checkpoint;
  }

  async get(terminationId: string): Promise<TerminationRecord | null> {
    const record = this.records.get(terminationId);
    return record ? structuredClone(record) : null;
  }

  async latestForClient(clientId: string): Promise<TerminationRecord | null> {
    const mine = [...this.records.values()].filter((record) => record.state.clientId === clientId);
    const latest = mine.sort((a, b) => b.proposedAt - a.proposedAt)[0];
    return latest ? structuredClone(latest) : null;
  }

  async list(status: TerminationStatus | undefined, first: number, after: number): Promise<TerminationPage> {
    const selected = [...this.records.values()]
      .filter((record) => status === undefined || record.state.status === status)
      .sort((a, b) => a.proposedAt - b.proposedAt);
    return {
      rows: selected.slice(after, after + first).map((record) => structuredClone(record)),
      hasNextPage: after + first < selected.length,
      totalCount: selected.length,
    };
  }

  async close(): Promise<void> {}
}
