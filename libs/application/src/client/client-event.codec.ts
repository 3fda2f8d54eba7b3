import { CLIENT_EVENT_SCHEMA_VERSION, type ClientEvent } from '@client-lifecycle/domain';
import type { RecordedEvent } from '@client-lifecycle/ports';

/** The current schema version of each known type, looked up once per stored event (millions in a rebuild). */
const currentVersions = new Map<string, number>(Object.entries(CLIENT_EVENT_SCHEMA_VERSION));

/**
 * Lifts a stored client event to the shape the domain knows today. Every type is still at
 * schema version 1; a future version adds its upcaster here rather than rewriting history.
 */
export const toClientEvent = (recorded: RecordedEvent): ClientEvent => {
  const current = currentVersions.get(recorded.type);
  if (current === undefined) throw new Error(`Unknown client event type ${recorded.type} at ${recorded.position}`);
  if (recorded.schemaVersion !== current)
    throw new Error(`No upcaster from ${recorded.type} v${recorded.schemaVersion} to v${current}`);
  return { type: recorded.type, data: recorded.data } as ClientEvent; // the type tag was checked against the known union above
};
