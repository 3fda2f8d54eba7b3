export const DATA_KEY_STORE = Symbol('DataKeyStore');

/** A client's data key as stored: wrapped (encrypted) by a master key, never in clear. */
export interface StoredDataKey {
  readonly clientId: string;
  /** Null once the client was forgotten: the key is gone and its ciphertexts are unreadable. */
  readonly wrappedKey: Uint8Array | null;
  /** Which master key wrapped it, so a rotation knows what is left to rewrap. */
  readonly masterKeyId: string;
  readonly erasedAt: string | null;
}

/** Per-client data keys, kept apart from the event log so destroying one leaves the log intact. */
export interface DataKeyStore {
  /** The client's key, its tombstone once erased, or null when it never had one. */
  get(clientId: string): Promise<StoredDataKey | null>;
  /** Stores a new key unless the client already has one or was erased; returns what is stored after the call. */
  putIfAbsent(clientId: string, wrappedKey: Uint8Array, masterKeyId: string): Promise<StoredDataKey>;
  /** Destroys the key for good, leaving a tombstone so no new key is made for the client; again is a no-op. */
  destroy(clientId: string, erasedAt: string): Promise<void>;
  /** Live (not erased) keys in client id order, after `after` (exclusive; '' from the start): what a rotation walks. */
  liveKeys(after: string, first: number): Promise<StoredDataKey[]>;
  /** Replaces a live key's wrapping (rotation); nothing for an erased client. */
  rewrap(clientId: string, wrappedKey: Uint8Array, masterKeyId: string): Promise<void>;
  close(): Promise<void>;
}

export const PERSONAL_DATA_KEYS = Symbol('PersonalDataKeys');

/** What erasure needs of the data keys: destroying one, effective in this process at once. */
export interface PersonalDataKeys {
  forget(clientId: string, erasedAt: string): Promise<void>;
}
