import { CLIENT_EVENT_SCHEMA_VERSION, type ClientForgotten, clientStreamId, dateOf } from '@client-lifecycle/domain';
import type { Clock, EventStore, IdGenerator, PersonalDataKeys } from '@client-lifecycle/ports';
import type { ClientFolds } from '../client/client-folds.cache';
import { ClientNotFoundError } from '../shared/application.errors';

export interface ErasureRequest {
  readonly actor: string;
  readonly correlationId?: string;
}

export interface ClientErasureResult {
  readonly clientId: string;
  readonly forgottenOn: string;
  /** The client stream's version with the ClientForgotten event. */
  readonly version: number;
}

/**
 * The right to erasure on an immutable log: the client's data key is destroyed (its personal
 * fields everywhere in the log, and on Kafka, become unreadable), then `ClientForgotten` is
 * recorded so read models fold the client again and drop what they copied in clear.
 */
export class ClientErasure {
  constructor(
    private readonly events: EventStore,
    private readonly keys: PersonalDataKeys,
    private readonly folds: ClientFolds,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async forget(clientId: string, reason: string, request: ErasureRequest): Promise<ClientErasureResult> {
    const streamId = clientStreamId(clientId);
    if ((await this.events.streamVersion(streamId)) === 0) throw new ClientNotFoundError(clientId);
    const now = this.clock.now().toISOString();
    // The key first: a crash before the event leaves the data erased, and a retry records it.
    await this.keys.forget(clientId, now);
    this.folds.drop(clientId);
    const forgotten: ClientForgotten = { type: 'ClientForgotten', data: { clientId, reason, forgottenOn: dateOf(now) } };
    const result = await this.events.append(
      streamId,
      [
        {
          eventId: this.ids.next(),
          type: forgotten.type,
          schemaVersion: CLIENT_EVENT_SCHEMA_VERSION.ClientForgotten,
          occurredAt: now,
          data: forgotten.data,
          metadata: { correlationId: request.correlationId ?? this.ids.next(), causationId: null, actor: request.actor },
        },
      ],
      // Erasure does not depend on the client's state: a command racing it must not make it fail.
      { expectedVersion: 'any' },
    );
    this.folds.drop(clientId);
    return { clientId, forgottenOn: forgotten.data.forgottenOn, version: result.nextExpectedVersion };
  }
}
