import { clientStreamId } from '@client-lifecycle/domain';
import type { EventStore, RecordedEvent } from '@client-lifecycle/ports';
import { ClientFold, type ClientView } from './client.fold';
import { ClientFolds } from './client-folds.cache';
import type { ClientStreamSource } from './client-streams';

export type { ClientView } from './client.fold';

export interface TimelinePage {
  readonly events: readonly RecordedEvent[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/** Events recorded by `asOf` (system time): what the service knew then. */
const recordedBy = (events: readonly RecordedEvent[], asOf: string): readonly RecordedEvent[] => events.filter((event) => event.recordedAt <= asOf);

export class ClientQueries {
  constructor(
    private readonly store: EventStore,
    private readonly folds: ClientFolds = new ClientFolds(store),
  ) {}

  /**
   * The client now, from the fold cache (only newer events are read), or as the service knew it
   * at `asOf`, folded afresh from the events recorded by then.
   */
  async findClient(clientId: string, asOf?: string, streams?: ClientStreamSource): Promise<ClientView | null> {
    if (asOf === undefined) return (await this.folds.fold(clientId, streams)).view();
    const events = streams ? await streams.read(clientId) : await this.store.readStream(clientStreamId(clientId));
    return ClientFold.replayed(recordedBy(events, asOf)).view();
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
