import { TERMINATION_EVENT_SCHEMA_VERSION, type TerminationEvent, type TerminationEventType } from '@client-lifecycle/domain';
import type { RecordedEvent } from '@client-lifecycle/ports';

const knownTypes = new Set<string>(Object.keys(TERMINATION_EVENT_SCHEMA_VERSION));

/** Lifts a stored termination event to the shape the domain knows today (all at version 1). */
export const toTerminationEvent = (recorded: RecordedEvent): TerminationEvent => {
  if (!knownTypes.has(recorded.type)) throw new Error(`Unknown termination event type ${recorded.type} at ${recorded.position}`);
  const current = TERMINATION_EVENT_SCHEMA_VERSION[recorded.type as TerminationEventType];
  if (recorded.schemaVersion !== current)
    throw new Error(`No upcaster from ${recorded.type} v${recorded.schemaVersion} to v${current}`);
  return { type: recorded.type, data: recorded.data } as TerminationEvent; // the type tag was checked against the known union above
};
