import type { EventStore } from '@client-lifecycle/ports';
import type { AppMetrics } from '../metrics';
import type { StorageState } from './storage-state';

/** The event store as the app uses it, counting appends and the events they store, and noticing a full disk. */
export function observedEventStore(store: EventStore, metrics: AppMetrics, storage: StorageState): EventStore {
  const append: EventStore['append'] = async (streamId, events, options) => {
    try {
      const result = await store.append(streamId, events, options);
      metrics.appends.inc({ result: result.deduplicated ? 'deduplicated' : 'stored' });
      storage.observeSuccess();
      if (!result.deduplicated) metrics.appendedEvents.inc(events.length);
      return result;
    } catch (error) {
      metrics.appends.inc({ result: 'failed' });
      storage.observeFailure(error, new Date());
      throw error;
    }
  };
  // A proxy, not a wrapper class: every other member (and any a store adds) stays the store's own.
  return new Proxy(store, {
    get: (target, property, receiver) => (property === 'append' ? append : Reflect.get(target, property, receiver)),
  });
}
