import { hash, randomBytes, scrypt } from 'node:crypto';
import type { ApiKeyStore, Clock, EventMetadata, EventStore, IdGenerator, StoredApiKey } from '@client-lifecycle/ports';
import { WrongExpectedVersionError } from '@client-lifecycle/ports';
import { ApiKeyNotFoundError, InvalidApiKeyInputError } from './access.errors';
import { AccessRole, isAccessRole } from './access-role';
import { API_KEY_STREAM, type ApiKeyEvent } from './api-key.events';
import { apiKeySecretMatches, hashApiKeySecret, newApiKeySecret, visiblePrefixOf } from './api-key.secret';
import { actorOf, type Principal, referenceOf } from './principal';

/** Who asked for a key change: a principal, or the service itself at first run. */
export type KeyChangeAuthor = Principal | 'system';

export interface ApiKeysOptions {
  /** How old a cached verification may get before the store is asked again whether the key was revoked. */
  readonly recheckAfterMs?: number;
  /** Most verifications (and refusals) remembered; the oldest go first. */
  readonly cacheSize?: number;
}

export interface NewApiKey {
  readonly name: string;
  readonly roles: readonly string[];
  readonly expiresAt?: string | null;
}

export interface CreatedApiKey {
  /** Shown once: only its hash is kept. */
  readonly secret: string;
  readonly apiKey: StoredApiKey;
}

interface Verified {
  readonly key: StoredApiKey | null;
  checkedAt: number;
}

const NAME_MAX_LENGTH = 100;
const MIN_SECRET_LENGTH = 32;

/**
 * API keys: created and revoked through the API, stored hashed, each change recorded in the log.
 * A presented secret is verified with scrypt once; afterwards a keyed digest of it finds the
 * verdict in memory, so a request costs about a microsecond. The verdict is re-checked against the store
 * once it is older than `recheckAfterMs`, so a revocation in another replica takes effect here
 * within that time (at once in this process).
 */
export class ApiKeyService {
  private readonly cache = new Map<string, Verified>();
  // A per-process key: the cache holds no value an attacker could replay, even from a heap dump, nor a digest of a
  // guessed secret they could compute elsewhere.
  private readonly cacheKey = randomBytes(32).toString('base64url');
  private readonly recheckAfterMs: number;
  private readonly cacheSize: number;

  constructor(
    private readonly store: ApiKeyStore,
    private readonly events: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    options: ApiKeysOptions = {},
  ) {
    this.recheckAfterMs = options.recheckAfterMs ?? 5_000;
    this.cacheSize = options.cacheSize ?? 10_000;
  }

  async create(input: NewApiKey, by: KeyChangeAuthor): Promise<CreatedApiKey> {
    return this.issue(input, newApiKeySecret(), by, 'any');
  }

  /** With no key in the store, makes an ADMIN key and returns its secret (to print once); null when keys exist. */
  async createFirstRunKey(): Promise<string | null> {
    if ((await this.store.list()).length > 0) return null;
    const secret = newApiKeySecret();
    try {
      // Expecting an empty stream: of several replicas starting on an empty database, one makes the key.
      await this.issue({ name: 'first-run admin', roles: [AccessRole.Admin] }, secret, 'system', 0);
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) return null;
      throw error;
    }
    return secret;
  }

  /** Makes sure the operator's key (ADMIN_API_KEY) exists as an ADMIN key; true when it was added now. */
  async ensureKey(secret: string, name: string): Promise<boolean> {
    if (secret.length < MIN_SECRET_LENGTH) throw new InvalidApiKeyInputError(`An operator key needs at least ${MIN_SECRET_LENGTH} characters`, 'secret');
    if ((await this.verify(secret)) !== null) return false;
    // Processes starting together on one log record the key once: the append is deduplicated by a
    // one-way fingerprint of the secret (scrypt, so it cannot be brute-forced back from the log).
    const created = await this.issue({ name, roles: [AccessRole.Admin] }, secret, 'system', 'any', await operatorKeyFingerprint(secret));
    this.cache.delete(this.cacheKeyOf(secret));
    return created !== null;
  }

  async revoke(keyId: string, by: KeyChangeAuthor): Promise<StoredApiKey> {
    const key = await this.store.findById(keyId);
    const now = this.clock.now().toISOString();
    if (!key || !(await this.store.revoke(keyId, now))) throw new ApiKeyNotFoundError(keyId);
    for (const [cacheKey, verified] of this.cache) if (verified.key?.id === keyId) this.cache.delete(cacheKey);
    await this.record({ type: 'ApiKeyRevoked', data: { keyId, name: key.name, revokedBy: authorActor(by) } }, by, 'any');
    return { ...key, revokedAt: now };
  }

  list(): Promise<StoredApiKey[]> {
    return this.store.list();
  }

  /** The key a secret belongs to, when it is valid now (not revoked, not expired); null otherwise. */
  async verify(secret: string): Promise<StoredApiKey | null> {
    const cacheKey = this.cacheKeyOf(secret);
    const now = this.clock.now().getTime();
    let verified = this.cache.get(cacheKey);
    if (verified && now - verified.checkedAt >= this.recheckAfterMs) {
      if (verified.key === null) verified = undefined;
      else {
        const current = await this.store.findById(verified.key.id);
        verified = { key: current && current.revokedAt === null ? current : null, checkedAt: now };
        this.remember(cacheKey, verified);
      }
    }
    if (!verified) {
      verified = { key: await this.lookUp(secret), checkedAt: now };
      this.remember(cacheKey, verified);
    }
    const { key } = verified;
    if (key === null || (key.expiresAt !== null && Date.parse(key.expiresAt) <= now)) return null;
    return key;
  }

  private async lookUp(secret: string): Promise<StoredApiKey | null> {
    for (const candidate of await this.store.findByPrefix(visiblePrefixOf(secret)))
      if (candidate.revokedAt === null && (await apiKeySecretMatches(secret, candidate.secretHash))) return candidate;
    return null;
  }

  private remember(cacheKey: string, verified: Verified): void {
    this.cache.delete(cacheKey);
    this.cache.set(cacheKey, verified);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!); // a Map iterates oldest first; size > 0 here
  }

  /**
   * SHA-256 of the per-process key then the secret: a keyed digest as good as an HMAC for a map key that never leaves
   * the process (extending a digest needs the digest), in one call where createHmac imported the key afresh for each
   * request (a few microseconds, 1% of a `client(id)`).
   */
  private cacheKeyOf(secret: string): string {
    return hash('sha256', this.cacheKey + secret, 'base64url');
  }

  private async issue(input: NewApiKey, secret: string, by: KeyChangeAuthor, expectedVersion: number | 'any'): Promise<CreatedApiKey>;
  private async issue(
    input: NewApiKey,
    secret: string,
    by: KeyChangeAuthor,
    expectedVersion: number | 'any',
    idempotencyKey: string,
  ): Promise<CreatedApiKey | null>;
  /** Null when the creation was already recorded under this idempotency key (by another process): nothing is stored then. */
  private async issue(
    input: NewApiKey,
    secret: string,
    by: KeyChangeAuthor,
    expectedVersion: number | 'any',
    idempotencyKey?: string,
  ): Promise<CreatedApiKey | null> {
    const apiKey: StoredApiKey = {
      id: this.ids.next(),
      name: validName(input.name),
      roles: validRoles(input.roles),
      prefix: visiblePrefixOf(secret),
      secretHash: await hashApiKeySecret(secret),
      createdAt: this.clock.now().toISOString(),
      expiresAt: this.validExpiry(input.expiresAt ?? null),
      revokedAt: null,
      createdBy: authorActor(by),
    };
    const { id: keyId, name, roles, prefix, expiresAt, createdBy } = apiKey;
    // The event first: when it is refused (another replica's first-run key), no key is stored.
    const recorded = await this.record(
      { type: 'ApiKeyCreated', data: { keyId, name, roles, prefix, expiresAt, createdBy } },
      by,
      expectedVersion,
      idempotencyKey,
    );
    if (!recorded) return null;
    await this.store.insert(apiKey);
    return { secret, apiKey };
  }

  /** False when an earlier append with the same idempotency key stands instead. */
  private async record(event: ApiKeyEvent, by: KeyChangeAuthor, expectedVersion: number | 'any', idempotencyKey?: string): Promise<boolean> {
    const metadata: EventMetadata =
      by === 'system'
        ? { correlationId: this.ids.next(), causationId: null, actor: 'system' }
        : { correlationId: this.ids.next(), causationId: null, actor: actorOf(by), principal: referenceOf(by) };
    const result = await this.events.append(
      API_KEY_STREAM,
      [{ eventId: this.ids.next(), type: event.type, schemaVersion: 1, occurredAt: this.clock.now().toISOString(), data: event.data, metadata }],
      { expectedVersion, idempotencyKey },
    );
    return !result.deduplicated;
  }

  private validExpiry(expiresAt: string | null): string | null {
    if (expiresAt === null) return null;
    const instant = Date.parse(expiresAt);
    if (Number.isNaN(instant)) throw new InvalidApiKeyInputError('expiresAt must be an ISO 8601 instant', 'expiresAt');
    if (instant <= this.clock.now().getTime()) throw new InvalidApiKeyInputError('expiresAt must be in the future', 'expiresAt');
    return new Date(instant).toISOString();
  }
}

const OPERATOR_KEY_SALT = Buffer.from('client-lifecycle ADMIN_API_KEY');

const operatorKeyFingerprint = (secret: string): Promise<string> =>
  new Promise((resolve, reject) =>
    scrypt(secret, OPERATOR_KEY_SALT, 32, (error, hash) => (error ? reject(error) : resolve(`admin-api-key:${hash.toString('base64url')}`))),
  );

const authorActor = (by: KeyChangeAuthor): string => (by === 'system' ? 'system' : actorOf(by));

function validName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > NAME_MAX_LENGTH || /\p{Cc}/u.test(trimmed))
    throw new InvalidApiKeyInputError(`name must have 1 to ${NAME_MAX_LENGTH} characters and no control characters`, 'name');
  return trimmed;
}

function validRoles(roles: readonly string[]): AccessRole[] {
  const unknown = roles.filter((role) => !isAccessRole(role));
  if (roles.length === 0 || unknown.length > 0)
    throw new InvalidApiKeyInputError(`roles must name at least one of the access roles; unknown: ${unknown.join(', ') || 'none given'}`, 'roles');
  return [...new Set(roles as AccessRole[])];
}
