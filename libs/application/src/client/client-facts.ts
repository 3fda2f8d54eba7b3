import { type ClientFact, type ClientHistory, ClientHistoryBuilder } from '@client-lifecycle/domain';
import type { RecordedEvent } from '@client-lifecycle/ports';
import { toClientEvent } from './client-event.codec';

/** A stored client event as the read models take it: business time and its id as evidence. */
export const toClientFact = (recorded: RecordedEvent): ClientFact => ({
  eventId: recorded.eventId,
  occurredAt: recorded.occurredAt,
  event: toClientEvent(recorded),
});

/** The client history folded from its stored events; null before it is registered. */
export function historyOf(recorded: Iterable<RecordedEvent>): ClientHistory | null {
  const builder = new ClientHistoryBuilder();
  for (const event of recorded) builder.apply(toClientFact(event));
  // The builder is dropped here, so its history can be handed out without a copy.
  return builder.current();
}
