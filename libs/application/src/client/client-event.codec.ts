import { type ClientEvent, clientEventUpcasters, type EventUpcasters } from '@client-lifecycle/domain';
import type { RecordedEvent } from '@client-lifecycle/ports';

/** A decoder over a given set of upcasters: the service uses the domain's; specs of an evolution bring their own. */
export const clientEventDecoder =
  (upcasters: EventUpcasters) =>
  (recorded: RecordedEvent): ClientEvent => {
    if (!upcasters.knows(recorded.type)) throw new Error(`Unknown client event type ${recorded.type} at ${recorded.position}`);
    const data = upcasters.upcast(recorded.type, recorded.schemaVersion, recorded.data);
    return { type: recorded.type, data } as ClientEvent; // the type tag was checked against the known union above
  };

/** Lifts a stored client event, whatever its schema version, to the shape the domain knows today. */
export const toClientEvent = clientEventDecoder(clientEventUpcasters);
