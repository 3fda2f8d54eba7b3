import { CLIENT_EVENT_SCHEMA_VERSION, type ClientEvent, type ClientEventType } from '@client-lifecycle/domain';
import type { RecordedEvent } from '@client-lifecycle/ports';

const knownTypes = new Set<string>(Object.keys(CLIENT_EVENT_SCHEMA_VERSION));

/**
 * Lifts a stored client event to the shape the domain knows today. Every type is still at
 * schema version 1; a future version adds its upcaster here rather than rewriting history.
 */
export const toClientEvent = (recorded: RecordedEvent): ClientEvent => {
  if (!knownTypes.has(recorded.type)) throw new Error(`Unknown client event type ${recorded.type} at ${recorded.position}`);
  const current = CLIENT_EVENT_SCHEMA_VERSION[recorded.type as ClientEventType];
  if (recorded.schemaVersion !== current)
    throw new Error(`No upcaster from ${recorded.type} v${recorded.schemaVersion} to v${current}`);
  return { type: recorded.type, data: recorded.data } as ClientEvent; // the type tag was checked against the known union above
};
