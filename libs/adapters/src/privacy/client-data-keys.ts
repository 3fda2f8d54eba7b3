import { randomBytes } from 'node:crypto';
import type { DataKeyStore, StoredDataKey } from '@client-lifecycle/ports';
import { KEY_BYTES, type MasterKey } from './master-key';

/** A client's key in clear, or `null` once the client was forgotten. */
type Held = Uint8Array | null;

/**
 * Per-client data keys, unwrapped once and kept in memory. Masters are tried by id: the current
 * one wraps new keys; earlier ones (during a rotation) still unwrap the keys not yet rewrapped.
 */
export class ClientDataKeys {
  private readonly held = new Map<string, Held>();
  private readonly masters: ReadonlyMap<string, MasterKey>;

  constructor(
    private readonly store: DataKeyStore,
    private readonly master: MasterKey,
    previousMasters: readonly MasterKey[] = [],
  ) {
    this.masters = new Map([...previousMasters, master].map((key) => [key.id, key]));
  }

  /** The key to encrypt with, made on the client's first personal field; null when the client was forgotten. */
  async forWriting(clientId: string): Promise<Held> {
    const known = await this.forReading(clientId);
    if (known !== undefined) return known;
    const stored = await this.store.putIfAbsent(clientId, this.master.wrap(randomBytes(KEY_BYTES), clientId), this.master.id);
    return this.remember(clientId, stored);
  }

  /** The key to decrypt with; null when forgotten; undefined when the client never had one. */
  async forReading(clientId: string): Promise<Held | undefined> {
    if (this.held.has(clientId)) return this.held.get(clientId);
    const stored = await this.store.get(clientId);
    return stored === null ? undefined : this.remember(clientId, stored);
  }

  /** Destroys the client's key: every ciphertext made with it is unreadable from now on. */
  async forget(clientId: string, erasedAt: string): Promise<void> {
    this.held.set(clientId, null);
    await this.store.destroy(clientId, erasedAt);
  }

  /** Told of an erasure recorded elsewhere: the key is dropped from memory (the store no longer has it). */
  forgotten(clientId: string): void {
    if (clientId !== '') this.held.set(clientId, null);
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
        await this.store.rewrap(stored.clientId, this.master.wrap(key, stored.clientId), this.master.id);
        rewrapped++;
      }
    }
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private remember(clientId: string, stored: StoredDataKey): Held {
    const key = this.unwrap(stored);
    this.held.set(clientId, key);
    return key;
  }

  private unwrap(stored: StoredDataKey): Held {
    if (stored.wrappedKey === null) return null;
    const master = this.masters.get(stored.masterKeyId);
    if (!master) throw new Error(`The data key of client ${stored.clientId} is wrapped by master key ${stored.masterKeyId}, which is not configured`);
    return master.unwrap(stored.wrappedKey, stored.clientId);
  }
}
