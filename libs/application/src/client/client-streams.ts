import DataLoader from 'dataloader';
import { clientStreamId } from '@client-lifecycle/domain';
import type { EventStore, RecordedEvent } from '@client-lifecycle/ports';

/** Where a query takes a client's whole stream from. */
export interface ClientStreamSource {
  read(clientId: string): Promise<readonly RecordedEvent[]>;
}

/** Reads straight from the store: one query per call. */
export class DirectClientStreams implements ClientStreamSource {
  constructor(private readonly store: EventStore) {}

  read(clientId: string): Promise<RecordedEvent[]> {
    return this.store.readStream(clientStreamId(clientId));
  }
}

/**
 * One per request: every stream asked for in the same tick is read in one query, and each
 * client's stream once, however many fields (state, risk, profitability, collection) of however
 * many clients (a page of the portfolio list) the request resolves. Not shared between requests,
 * so a request never sees a stream older than the one it started with.
 */
export class BatchedClientStreams implements ClientStreamSource {
  private readonly loader: DataLoader<string, RecordedEvent[]>;

  constructor(store: EventStore) {
    this.loader = new DataLoader(async (clientIds: readonly string[]) => {
      const streams = await store.readStreams(clientIds.map(clientStreamId));
      return clientIds.map((clientId) => streams.get(clientStreamId(clientId)) ?? []);
    });
  }

  read(clientId: string): Promise<readonly RecordedEvent[]> {
    return this.loader.load(clientId);
  }
}
