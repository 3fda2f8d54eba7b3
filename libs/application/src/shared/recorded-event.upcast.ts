import { clientEventUpcasters, clientIdOfStream, type EventUpcasters, terminationEventUpcasters, terminationIdOfStream } from '@client-lifecycle/domain';
import type { RecordedEvent } from '@client-lifecycle/ports';

const upcastersOf = (streamId: string): EventUpcasters | null => {
  if (clientIdOfStream(streamId) !== null) return clientEventUpcasters;
  if (terminationIdOfStream(streamId) !== null) return terminationEventUpcasters;
  return null;
};

/**
 * A stored envelope at the current schema version of its type, for readers that pass envelopes on
 * (the relay, the export) rather than decode them: consumers then see one shape per type. Events
 * of a stream category without upcasters, or already current, come back as they are.
 */
export function upcastRecorded(event: RecordedEvent): RecordedEvent {
  const upcasters = upcastersOf(event.streamId);
  if (upcasters === null || !upcasters.knows(event.type)) return event;
  const current = upcasters.currentVersionOf(event.type)!; // known, checked above
  if (current === event.schemaVersion) return event;
  return { ...event, schemaVersion: current, data: upcasters.upcast(event.type, event.schemaVersion, event.data) };
}
