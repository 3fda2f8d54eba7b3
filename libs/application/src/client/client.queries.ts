import { clientDecider, clientStreamId, foldEvents, type RegisteredClient } from '@client-lifecycle/domain';
import type { EventStore, RecordedEvent } from '@client-lifecycle/ports';
import { toClientEvent } from './client-event.codec';
import { type ClientStreamSource, DirectClientStreams } from './client-streams';

export interface ClientView {
  readonly client: RegisteredClient;
  readonly version: number;
}

export interface TimelinePage {
  readonly events: readonly RecordedEvent[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/** Events recorded by `asOf` (system time): what the service knew then. */
const recordedBy = (events: readonly RecordedEvent[], asOf: string | undefined): readonly RecordedEvent[] =>
  asOf === undefined ? events : events.filter((event) => event.recordedAt <= asOf);

export class ClientQueries {
  private readonly direct: ClientStreamSource;

  constructor(private readonly store: EventStore) {
    this.direct = new DirectClientStreams(store);
  }

  async findClient(clientId: string, asOf?: string, streams: ClientStreamSource = this.direct): Promise<ClientView | null> {
    const history = recordedBy(await streams.read(clientId), asOf);
    if (history.length === 0) return null;
    const state = foldEvents(clientDecider, history.map(toClientEvent));
    if (state.status === 'UNREGISTERED') return null;
    return { client: state, version: history[history.length - 1].revision };
  }

  /**
   * Newest first; `beforeRevision` is exclusive so a cursor is simply the last revision seen.
   * With `asOf`, `upToRevision` (the client's version then) bounds the page.
   */
  async timeline(clientId: string, first: number, beforeRevision?: number, upToRevision?: number): Promise<TimelinePage> {
    const streamId = clientStreamId(clientId);
    const totalCount = upToRevision ?? (await this.store.streamVersion(streamId));
    const fromRevision = beforeRevision === undefined ? totalCount : Math.min(beforeRevision - 1, totalCount);
    if (fromRevision < 1) return { events: [], hasNextPage: false, totalCount };
    const events = await this.store.readStream(streamId, { direction: 'backward', fromRevision, maxCount: first });
    const last = events[events.length - 1];
    return { events, hasNextPage: last !== undefined && last.revision > 1, totalCount };
  }
}
