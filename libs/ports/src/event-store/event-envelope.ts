/** Who and what caused an event; travels with it to every consumer. */
export interface EventMetadata {
  readonly correlationId: string;
  readonly causationId: string | null;
  /**
   * Who acted: the verified principal (`api-key:<id>`, `jwt:<subject>`) or a system actor
   * (`scheduler`, `termination-process`). Events stored before authentication hold the
   * x-actor header's text here and have no `principal`.
   */
  readonly actor: string;
  /** The verified credential behind `actor`; absent for system actors and for events stored before authentication. */
  readonly principal?: PrincipalReference;
  /** The person a SERVICE credential named in `x-actor`: the service (`actor`) vouches for it. */
  readonly onBehalfOf?: string;
  readonly idempotencyKey?: string;
  /** W3C `traceparent` of the request that appended the event, when tracing was on: consumers continue its trace. */
  readonly traceparent?: string;
}

/** A verified credential as an event records it: never a secret or a token. */
export interface PrincipalReference {
  readonly kind: 'api-key' | 'jwt';
  /** The key's id or the token's subject. */
  readonly id: string;
  /** The key's name; absent for tokens. */
  readonly name?: string;
}

/** An event as a command handler hands it to the store: the store assigns revision, position and recordedAt. */
export interface EventToAppend {
  /** UUID v7, chosen before the append so a retried append can be recognised downstream. */
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** Business time (ISO 8601 instant); CRM imports may backdate it. */
  readonly occurredAt: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/** The stored envelope of DESIGN.md. */
export interface RecordedEvent<Data = unknown> {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  /** 1-based position within the stream; the stream's version is its last revision. */
  readonly revision: number;
  /** 1-based global position: strictly increasing and gap-free across the whole log. */
  readonly position: number;
  readonly occurredAt: string;
  /** System time of the append (ISO 8601 instant). */
  readonly recordedAt: string;
  readonly data: Data;
  readonly metadata: EventMetadata;
}
