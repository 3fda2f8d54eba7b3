import { ERASED, mapPersonalFields, personalFieldsOf } from '@client-lifecycle/domain';
import type {
  AppendListener,
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
} from '@client-lifecycle/ports';
import type { ClientDataKeys, HeldKey } from './client-data-keys';
import { decryptField, encryptField, isEncryptedField } from './field.cipher';

const clientIdOf = (data: unknown): string | null =>
  typeof data === 'object' && data !== null && 'clientId' in data && typeof data.clientId === 'string' ? data.clientId : null;

/**
 * Crypto-shredding around any event store: the personal fields of each event (domain/privacy)
 * are encrypted with its client's data key on append and decrypted on read; once the key is
 * destroyed they read as "[erased]" and new ones are stored erased. Everything else (ids,
 * amounts, dates, metadata) passes through untouched, so every consumer still computes.
 */
export class PersonalDataEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    /** Shared with erasure, so a forgotten client reads as erased in this process at once. */
    readonly keys: ClientDataKeys,
  ) {}

  async append(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    const sealed = await this.sealAll(events);
    const result = await this.inner.append(
      streamId,
      sealed.map(({ event }) => event),
      options,
    );
    // The caller already holds what it appended in clear: only a deduplicated append's events need decrypting.
    if (result.deduplicated) return { ...result, events: await this.openAll(result.events) };
    // What a reader would see: the clear payload, or the erased one for a client already forgotten.
    const given = new Map(sealed.map(({ event, erased }, index) => [event.eventId, erased ? event.data : events[index].data]));
    const others = new Map((await this.openAll(result.events.filter((event) => !given.has(event.eventId)))).map((event) => [event.eventId, event]));
    return {
      ...result,
      events: result.events.map((event) => (given.has(event.eventId) ? { ...event, data: given.get(event.eventId) } : (others.get(event.eventId) ?? event))),
    };
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readStream(streamId, options));
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const streams = await this.inner.readStreams(streamIds);
    const opened = new Map<string, RecordedEvent[]>();
    for (const [streamId, events] of streams) opened.set(streamId, await this.openAll(events));
    return opened;
  }

  streamVersion(streamId: string): Promise<number> {
    return this.inner.streamVersion(streamId);
  }

  knownStreamVersion(streamId: string): number | undefined {
    return this.inner.knownStreamVersion(streamId);
  }

  async findAppend(streamId: string, idempotencyKey: string): Promise<AppendResult | null> {
    const found = await this.inner.findAppend(streamId, idempotencyKey);
    return found && { ...found, events: await this.openAll(found.events) };
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readAll(options));
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  onAppended(listener: AppendListener): () => void {
    return this.inner.onAppended(listener);
  }

  /** Closes the log, then the key store (appends still queued may need their keys). */
  async close(): Promise<void> {
    await this.inner.close();
    await this.keys.close();
  }

  /** Each event with its personal fields encrypted; keys already held are used without an await. */
  private async sealAll(events: readonly EventToAppend[]): Promise<{ readonly event: EventToAppend; readonly erased: boolean }[]> {
    const keys = await this.keysOf(events, (clientId) => this.keys.forWriting(clientId));
    return events.map((event) => {
      const fields = personalFieldsOf(event.type);
      const clientId = clientIdOf(event.data);
      if (fields.length === 0 || clientId === null) return { event, erased: false };
      const key = keys.get(clientId) ?? null;
      const data = mapPersonalFields(event.data, fields, (value) => (key === null ? ERASED : encryptField(key, value, clientId)));
      return { event: { ...event, data }, erased: key === null };
    });
  }

  /**
   * The events with their personal fields decrypted. The keys of the clients they belong to are
   * fetched first, once per client, then every event is opened without an await of its own.
   */
  private async openAll(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    // An erasure recorded by another process: its key may still be held here.
    for (const event of events) if (event.type === 'ClientForgotten') this.keys.forgotten(clientIdOf(event.data) ?? '');
    const keys = await this.keysOf(events, (clientId) => this.keys.forReading(clientId));
    let opened: RecordedEvent[] | null = null;
    for (let index = 0; index < events.length; index++) {
      const event = events[index];
      const fields = personalFieldsOf(event.type);
      const clientId = clientIdOf(event.data);
      if (fields.length === 0 || clientId === null) continue;
      // undefined: a client with no key never had a personal field encrypted.
      const key = keys.get(clientId);
      // Fields stored before encryption was on are in clear: they read as stored until the client is forgotten.
      const data = mapPersonalFields(event.data, fields, (value) =>
        key === null ? ERASED : isEncryptedField(value) && key !== undefined ? decryptField(key, value, clientId) : value,
      );
      opened ??= events.slice();
      opened[index] = { ...event, data };
    }
    return opened ?? events.slice();
  }

  /**
   * The key of each client the events with personal fields belong to: held ones at once, the
   * others fetched once per client. Kept here rather than looked up again, so a key the bounded
   * cache drops meanwhile is still the one used.
   */
  private async keysOf(
    events: readonly (EventToAppend | RecordedEvent)[],
    fetch: (clientId: string) => Promise<HeldKey | undefined>,
  ): Promise<ReadonlyMap<string, HeldKey | undefined>> {
    const keys = new Map<string, HeldKey | undefined>();
    for (const event of events) {
      if (personalFieldsOf(event.type).length === 0) continue;
      const clientId = clientIdOf(event.data);
      if (clientId === null || keys.has(clientId)) continue;
      keys.set(clientId, this.keys.heldKey(clientId) ?? (await fetch(clientId)));
    }
    return keys;
  }
}
