import { type EventUpcasters, type TerminationEvent, terminationEventUpcasters } from '@client-lifecycle/domain';
import type { RecordedEvent } from '@client-lifecycle/ports';

export const terminationEventDecoder =
  (upcasters: EventUpcasters) =>
  (recorded: RecordedEvent): TerminationEvent => {
    if (!upcasters.knows(recorded.type)) throw new Error(`Unknown termination event type ${recorded.type} at ${recorded.position}`);
    const data = upcasters.upcast(recorded.type, recorded.schemaVersion, recorded.data);
    return { type: recorded.type, data } as TerminationEvent; // the type tag was checked against the known union above
  };

/** Lifts a stored termination event, whatever its schema version, to the shape the domain knows today. */
export const toTerminationEvent = terminationEventDecoder(terminationEventUpcasters);
