import { clientDecider, clientStreamId, foldEvents, type RegisteredClient } from '@client-lifecycle/domain';
import type { EventStore, RecordedEvent } from '@client-lifecycle/ports';
import { toClientEvent } from './client-event.codec';

export interface ClientView {
  readonly client: RegisteredClient;
  readonly version: number;
}

export interface TimelinePage {
  readonly events: readonly RecordedEvent[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export class ClientQueries {
  constructor(private readonly store: EventStore) {}

  async findClient(clientId: string): Promise<ClientView | null> {
    const history = await this.store.readStream(clientStreamId(clientId));
    if (history.length === 0) return null;
    const state = foldEvents(clientDecider, history.map(toClientEvent));
    if (state.status === 'UNREGISTERED') return null;
    return { client: state, version: history[history.length - 1].revision };
  }

  /** Newest first; `beforeRevision` is exclusive so a cursor is simply the last revision seen. */
  async timeline(clientId: string, first: number, beforeRevision?: number): Promise<TimelinePage> {
    const streamId = clientStreamId(clientId);
    const totalCount = await this.store.streamVersion(streamId);
    const fromRevision = beforeRevision === undefined ? totalCount : beforeRevision - 1;
    if (fromRevision < 1) return { events: [], hasNextPage: false, totalCount };
    const events = await this.store.readStream(streamId, { direction: 'backward', fromRevision, maxCount: first });
    const last = events[events.length - 1];
    return { events, hasNextPage: last !== undefined && last.revision > 1, totalCount };
  }
}
