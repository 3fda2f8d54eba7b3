/** Test support for the read-model specs: client events placed on business days. Not imported by production code. */
import type { ClientEvent } from '../client/client.events';
import type { ClientFact } from './client-history';

/** `on('2026-02-15', event)`: the event happened that day at 09:00 UTC, with a readable evidence id. */
export function on(day: string, event: ClientEvent, eventId = `${event.type}@${day}`): ClientFact {
  return { eventId, occurredAt: `${day}T09:00:00.000Z`, event };
}
