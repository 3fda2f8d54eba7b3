import { FixedClock, InMemoryEventStore } from '@client-lifecycle/adapters';
import { clientStreamId } from '@client-lifecycle/domain';
import type { EventStore } from '@client-lifecycle/ports';
import { v7 } from 'uuid';
import { BatchedClientStreams } from './client-streams';

const CLIENTS = Array.from({ length: 100 }, (_, index) => `client-no-${index}`);

/** Counts the store's reads, the way a database would count queries. */
function countingReads(store: EventStore): { store: EventStore; reads: () => { readStream: number; readStreams: number } } {
  let readStream = 0;
  let readStreams = 0;
  const counted: EventStore = Object.create(store);
  counted.readStream = (...args) => (readStream++, store.readStream(...args));
  counted.readStreams = (...args) => (readStreams++, store.readStreams(...args));
  return { store: counted, reads: () => ({ readStream, readStreams }) };
}

async function storeWithClients(): Promise<EventStore> {
  const store = new InMemoryEventStore(new FixedClock(new Date('2026-05-01T12:00:00Z')));
  for (const clientId of CLIENTS)
    await store.append(
      clientStreamId(clientId),
      [
        {
          eventId: v7(),
          type: 'ClientRegistered',
          schemaVersion: 1,
          occurredAt: '2026-05-01T12:00:00Z',
          data: { clientId },
          metadata: { correlationId: 'c', causationId: null, actor: 'spec' },
        },
      ],
      { expectedVersion: 0 },
    );
  return store;
}

describe('reading client streams for one request', () => {
  it('reads the streams of a page of 100 clients in one query, not 100', async () => {
    const { store, reads } = countingReads(await storeWithClients());
    const streams = new BatchedClientStreams(store);

    const page = await Promise.all(CLIENTS.map((clientId) => streams.read(clientId)));

    expect(page.map((events) => events[0].data)).toEqual(CLIENTS.map((clientId) => ({ clientId })));
    expect(reads()).toEqual({ readStream: 0, readStreams: 1 });
  });

  it('reads a client once however many of its fields the request resolves', async () => {
    const { store, reads } = countingReads(await storeWithClients());
    const streams = new BatchedClientStreams(store);

    await streams.read('client-no-7');
    await Promise.all([streams.read('client-no-7'), streams.read('client-no-7')]);

    expect(reads()).toEqual({ readStream: 0, readStreams: 1 });
  });

  it('gives an unknown client an empty stream', async () => {
    const streams = new BatchedClientStreams(await storeWithClients());

    expect(await streams.read('nobody')).toEqual([]);
  });
});
