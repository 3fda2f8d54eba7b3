import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import type { DataKeyStore, StoredDataKey } from '@client-lifecycle/ports';
import { KEY_BYTES, type MasterKey } from './master-key';

/** A client's key, imported, or `null` once the client was forgotten. */
export type HeldKey = KeyObject | null;

export interface ClientDataKeysOptions {
  /** Clients whose unwrapped key (or erasure) is kept in memory; the least recently used go first. */
  readonly maxHeld: number;
}

export const DEFAULT_CLIENT_DATA_KEYS_OPTIONS: ClientDataKeysOptions = { maxHeld: 50_000 };

/**
 * Per-client data keys, unwrapped once and kept in memory, least recently used dropped beyond
 * `maxHeld` (the store has them still). A key is held as an imported key object: its clear bytes
 * are zeroed as soon as it is imported, and a cipher per field needs no import of its own.
 * Masters are tried by id: the current one wraps new keys; earlier ones (during a rotation) still
 * unwrap the keys not yet rewrapped.
 */
export class ClientDataKeys {
  private readonly held = new Map<string, HeldKey>();
  private readonly masters: ReadonlyMap<string, MasterKey>;

  constructor(
    private readonly store: DataKeyStore,
    private readonly master: MasterKey,
    previousMasters: readonly MasterKey[] = [],
    private readonly options: ClientDataKeysOptions = DEFAULT_CLIENT_DATA_KEYS_OPTIONS,
  ) {
    this.masters = new Map([...previousMasters, master].map((key) => [key.id, key]));
  }

  /** How many clients' keys (or erasures) are held now. */
  get heldCount(): number {
    return this.held.size;
  }

  /** The key when held in memory (null: forgotten), undefined when it must be read from the store: no await on the hot path. */
  heldKey(clientId: string): HeldKey | undefined {
    const key = this.held.get(clientId);
    if (key === undefined) return undefined;
    this.hold(clientId, key);
    return key;
  }

  /** The key to encrypt with, made on the client's first personal field; null when the client was forgotten. */
  async forWriting(clientId: string): Promise<HeldKey> {
    const known = await this.forReading(clientId);
    if (known !== undefined) return known;
    const made = randomBytes(KEY_BYTES);
    const wrapped = this.master.wrap(made, clientId);
    made.fill(0);
    const stored = await this.store.putIfAbsent(clientId, wrapped, this.master.id);
    return this.remember(clientId, stored);
  }

  /** The key to decrypt with; null when forgotten; undefined when the client never had one. */
  async forReading(clientId: string): Promise<HeldKey | undefined> {
    const held = this.heldKey(clientId);
    if (held !== undefined) return held;
    const stored = await this.store.get(clientId);
    // An erasure (here, or told by a read) while the store answered wins over what it returned.
    const meanwhile = this.held.get(clientId);
    if (meanwhile !== undefined) return meanwhile;
    return stored === null ? undefined : this.remember(clientId, stored);
  }

  /** Destroys the client's key: every ciphertext made with it is unreadable from now on. */
  async forget(clientId: string, erasedAt: string): Promise<void> {
    this.hold(clientId, null);
    await this.store.destroy(clientId, erasedAt);
  }

  /** Told of an erasure recorded elsewhere: the key is dropped from memory (the store no longer has it). */
  forgotten(clientId: string): void {
    if (clientId !== '') this.hold(clientId, null);
  }

  /** Rewraps every live key under the current master; returns how many it rewrapped. */
  async rotate(pageSize = 500): Promise<number> {
    let rewrapped = 0;
    for (let after = ''; ;) {
      const page = await this.store.liveKeys(after, pageSize);
      if (page.length === 0) return rewrapped;
      for (const stored of page) {
        after = stored.clientId;
        if (stored.masterKeyId === this.master.id) continue;
        const key = this.unwrap(stored);
        if (key === null) continue;
        const wrapped = this.master.wrap(key, stored.clientId);
        key.fill(0);
        await this.store.rewrap(stored.clientId, wrapped, this.master.id);
        rewrapped++;
      }
    }
  }

  close(): Promise<void> {
    this.held.clear();
    return this.store.close();
  }

  private remember(clientId: string, stored: StoredDataKey): HeldKey {
    const raw = this.unwrap(stored);
    if (raw === null) return this.hold(clientId, null);
    const key = createSecretKey(raw);
    raw.fill(0);
    return this.hold(clientId, key);
  }

  /** Marks the client most recently used and drops the least recently used beyond the bound. */
  private hold(clientId: string, key: HeldKey): HeldKey {
    this.held.delete(clientId);
    this.held.set(clientId, key);
    for (const oldest of this.held.keys()) {
      if (this.held.size <= this.options.maxHeld) break;
      this.held.delete(oldest);
    }
    return key;
  }

  private unwrap(stored: StoredDataKey): Uint8Array | null {
    if (stored.wrappedKey === null) return null;
    const master = this.masters.get(stored.masterKeyId);
    if (!master) throw new Error(`The data key of client ${stored.clientId} is wrapped by master key ${stored.masterKeyId}, which is not configured`);
    return master.unwrap(stored.wrappedKey, stored.clientId);
  }
}
