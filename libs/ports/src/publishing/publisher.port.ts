export const PUBLISHER = Symbol('Publisher');

/** One message for a broker: a topic, a partitioning key, a UTF-8 value and string headers. */
export interface OutboundMessage {
  readonly topic: string;
  /** Messages with the same key keep their order (they land on the same partition). */
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Publishes to a message broker. `publish` resolves only once the broker acknowledged every
 * message of the call (acks from all in-sync replicas); when it rejects, any part of the call
 * may or may not have been stored, so the caller sends the same messages again (at least once).
 * Within a call, messages of one topic and key are stored in the order given.
 */
export interface Publisher {
  publish(messages: readonly OutboundMessage[]): Promise<void>;
  close(): Promise<void>;
}
