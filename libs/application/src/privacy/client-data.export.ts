import { clientStreamId, terminationStreamId } from '@client-lifecycle/domain';
import type { Clock, EventMetadata, EventStore, RecordedEvent, TerminationStore } from '@client-lifecycle/ports';
import { ClientNotFoundError } from '../shared/application.errors';
import { upcastRecorded } from '../shared/recorded-event.upcast';

export interface ExportedEvent {
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/** What the service holds about one client (a subject access request), as the event store reads it. */
export interface ClientDataExport {
  readonly clientId: string;
  readonly exportedAt: string;
  readonly streams: readonly string[];
  /** In log order (global position), at the current schema version of each type. */
  readonly events: readonly ExportedEvent[];
}

const TERMINATION_PAGE = 500;

/**
 * Every event of a client: its own stream and the streams of its terminations. Personal fields
 * come back as the store reads them (decrypted, or erased after `forgetClient`).
 */
export class ClientDataExporter {
  constructor(
    private readonly events: EventStore,
    private readonly terminations: TerminationStore,
    private readonly clock: Clock,
  ) {}

  async export(clientId: string): Promise<ClientDataExport> {
    const own = await this.events.readStream(clientStreamId(clientId));
    if (own.length === 0) throw new ClientNotFoundError(clientId);
    const terminationIds = new Set([...terminationIdsIn(own), ...(await this.terminationsOf(clientId))]);
    const streams = [clientStreamId(clientId), ...[...terminationIds].sort().map(terminationStreamId)];
    const others = await this.events.readStreams(streams.slice(1));
    const all = [...own, ...[...others.values()].flat()].sort((a, b) => a.position - b.position);
    return { clientId, exportedAt: this.clock.now().toISOString(), streams, events: all.map((event) => exported(upcastRecorded(event))) };
  }

  /** Terminations are few next to events: paging the whole termination list is cheaper than scanning the log. */
  private async terminationsOf(clientId: string): Promise<string[]> {
    const ids: string[] = [];
    for (let after = 0; ; after += TERMINATION_PAGE) {
      const page = await this.terminations.list(undefined, TERMINATION_PAGE, after);
      for (const row of page.rows) if (row.state.clientId === clientId) ids.push(row.state.terminationId);
      if (!page.hasNextPage) return ids;
    }
  }
}

/** Client events that name a termination (restrictions, notice, offboarding) find one the termination list may not have caught up with. */
function terminationIdsIn(events: readonly RecordedEvent[]): string[] {
  return events.flatMap((event) => {
    const data = event.data;
    return typeof data === 'object' && data !== null && 'terminationId' in data && typeof data.terminationId === 'string' ? [data.terminationId] : [];
  });
}

const exported = (event: RecordedEvent): ExportedEvent => ({
  streamId: event.streamId,
  revision: event.revision,
  position: event.position,
  eventId: event.eventId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  occurredAt: event.occurredAt,
  recordedAt: event.recordedAt,
  data: event.data,
  metadata: event.metadata,
});
