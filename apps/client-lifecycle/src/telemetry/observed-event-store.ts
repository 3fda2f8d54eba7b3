import type { EventStore, EventToAppend } from '@client-lifecycle/ports';
import type { AppMetrics } from '../metrics';
import type { StorageState } from './storage-state';
import { currentTraceparent, inChildSpan, traced } from './traced';

/**
 * The event store as the app uses it: appends counted, a full disk noticed, each call a span of
 * the request's trace, and the trace's `traceparent` kept in the metadata of the events appended,
 * so that the relay and any consumer continue the trace.
 */
export function observedEventStore(store: EventStore, metrics: AppMetrics, storage: StorageState): EventStore {
  const reads = traced('eventStore', store, ['readStream', 'readStreams', 'readAll', 'streamVersion', 'findAppend']);
  const append: EventStore['append'] = (streamId, events, options) =>
    inChildSpan('eventStore.append', async (span) => {
      span.setAttribute('event_store.stream_id', streamId);
      span.setAttribute('event_store.events', events.length);
      try {
        const result = await store.append(streamId, withTraceparent(events), options);
        metrics.appends.inc({ result: result.deduplicated ? 'deduplicated' : 'stored' });
        if (!result.deduplicated) metrics.appendedEvents.inc(events.length);
        storage.observeSuccess();
        return result;
      } catch (error) {
        metrics.appends.inc({ result: 'failed' });
        storage.observeFailure(error, new Date());
        throw error;
      }
    });
  // A proxy, not a wrapper class: every other member (and any a store adds) stays the store's own.
  return new Proxy(reads, {
    get: (target, property, receiver) => (property === 'append' ? append : Reflect.get(target, property, receiver)),
  });
}

function withTraceparent(events: readonly EventToAppend[]): readonly EventToAppend[] {
  const traceparent = currentTraceparent();
  return traceparent === undefined ? events : events.map((event) => ({ ...event, metadata: { ...event.metadata, traceparent } }));
}
