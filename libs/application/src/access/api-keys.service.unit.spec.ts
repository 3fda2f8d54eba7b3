import { FixedClock, InMemoryApiKeyStore, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import type { ApiKeyStore } from '@client-lifecycle/ports';
import { ApiKeyNotFoundError, InvalidApiKeyInputError } from './access.errors';
import { AccessRole } from './access-role';
import { API_KEY_STREAM } from './api-key.events';
import { ApiKeyService } from './api-keys.service';
import type { Principal } from './principal';

const admin: Principal = { kind: 'jwt', id: 'root@example.test', roles: new Set([AccessRole.Admin]) };

/** A store that counts the lookups a verification makes. */
const counting = (store: ApiKeyStore) => {
  const calls = { findByPrefix: 0, findById: 0 };
  const proxy = new Proxy(store, {
    get: (target, name: keyof ApiKeyStore) => {
      if (name === 'findByPrefix' || name === 'findById') calls[name]++;
      const value = target[name];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { proxy, calls };
};

describe('API keys', () => {
  let clock: FixedClock;
  let events: InMemoryEventStore;
  let store: InMemoryApiKeyStore;
  let keys: ApiKeyService;

  beforeEach(() => {
    clock = new FixedClock(new Date('2026-03-01T09:00:00.000Z'));
    events = new InMemoryEventStore(clock);
    store = new InMemoryApiKeyStore();
    keys = new ApiKeyService(store, events, clock, new UuidV7Generator());
  });

  it('shows the secret once, keeps only its hash and prefix, and records who made it with which roles, never the secret', async () => {
    const { secret, apiKey } = await keys.create({ name: 'CRM production', roles: ['SERVICE', 'AGENT'] }, admin);

    expect(secret).toMatch(/^clk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      name: 'CRM production',
      roles: ['SERVICE', 'AGENT'],
      prefix: secret.slice(0, 8),
      createdBy: 'jwt:root@example.test',
      revokedAt: null,
    });
    expect(JSON.stringify(await store.list())).not.toContain(secret.slice(8));
    const recorded = await events.readStream(API_KEY_STREAM);
    expect(recorded.map((event) => [event.type, event.data, event.metadata.actor])).toEqual([
      [
        'ApiKeyCreated',
        { keyId: apiKey.id, name: 'CRM production', roles: ['SERVICE', 'AGENT'], prefix: apiKey.prefix, expiresAt: null, createdBy: 'jwt:root@example.test' },
        'jwt:root@example.test',
      ],
    ]);
    expect(JSON.stringify(recorded)).not.toContain(secret.slice(8));
    expect((await keys.verify(secret))?.id).toBe(apiKey.id);
  });

  it.each([
    ['an unknown role', { name: 'x', roles: ['ROOT'] }, 'roles'],
    ['no role', { name: 'x', roles: [] }, 'roles'],
    ['a blank name', { name: '  ', roles: ['VIEWER'] }, 'name'],
    ['an expiry in the past', { name: 'x', roles: ['VIEWER'], expiresAt: '2026-02-28T00:00:00Z' }, 'expiresAt'],
  ])('refuses a key with %s and stores nothing', async (_, input, field) => {
    await expect(keys.create(input, admin)).rejects.toMatchObject({ constructor: InvalidApiKeyInputError, field });
    expect(await store.list()).toEqual([]);
    expect(await events.readStream(API_KEY_STREAM)).toEqual([]);
  });

  it('refuses a secret it never issued, and a key past its expiry', async () => {
    const { secret } = await keys.create({ name: 'temp', roles: ['VIEWER'], expiresAt: '2026-03-01T10:00:00Z' }, admin);

    expect(await keys.verify(`${secret.slice(0, 8)}${'A'.repeat(43)}`)).toBeNull();
    expect(await keys.verify(secret)).not.toBeNull();
    clock.set(new Date('2026-03-01T10:00:00.000Z'));
    expect(await keys.verify(secret)).toBeNull();
  });

  it('verifies a secret against the store once; later requests are answered from memory', async () => {
    const { secret } = await keys.create({ name: 'crm', roles: ['AGENT'] }, admin);
    const { proxy, calls } = counting(store);
    const cached = new ApiKeyService(proxy, events, clock, new UuidV7Generator());

    for (let request = 0; request < 100; request++) expect(await cached.verify(secret)).not.toBeNull();

    expect(calls).toEqual({ findByPrefix: 1, findById: 0 });
  });

  it('refuses a revoked key at once here, records the revocation, and refuses to revoke it twice', async () => {
    const { secret, apiKey } = await keys.create({ name: 'leaked', roles: ['FINANCE'] }, admin);
    await keys.verify(secret);

    await keys.revoke(apiKey.id, admin);

    expect(await keys.verify(secret)).toBeNull();
    expect((await events.readStream(API_KEY_STREAM)).map((event) => [event.type, event.data])).toEqual([
      ['ApiKeyCreated', expect.anything()],
      ['ApiKeyRevoked', { keyId: apiKey.id, name: 'leaked', revokedBy: 'jwt:root@example.test' }],
    ]);
    await expect(keys.revoke(apiKey.id, admin)).rejects.toBeInstanceOf(ApiKeyNotFoundError);
  });

  it('lets another replica refuse a revoked key once its remembered verification is a few seconds old', async () => {
    const { secret, apiKey } = await keys.create({ name: 'leaked', roles: ['FINANCE'] }, admin);
    const replica = new ApiKeyService(store, events, clock, new UuidV7Generator(), { recheckAfterMs: 5_000 });
    expect(await replica.verify(secret)).not.toBeNull();

    await keys.revoke(apiKey.id, admin);
    clock.advanceBy(5_000);

    expect(await replica.verify(secret)).toBeNull();
  });

  it('makes one ADMIN key for an empty store, even when two replicas start together', async () => {
    const replica = new ApiKeyService(store, events, clock, new UuidV7Generator());

    const secrets = await Promise.all([keys.createFirstRunKey(), replica.createFirstRunKey()]);

    expect(secrets.filter((secret) => secret !== null)).toHaveLength(1);
    expect((await store.list()).map((key) => [key.name, key.roles, key.createdBy])).toEqual([['first-run admin', ['ADMIN'], 'system']]);
    expect(await keys.createFirstRunKey()).toBeNull();
  });

  it('makes sure the operator key exists, once, and refuses a short one', async () => {
    const operatorKey = 'ci-admin-key-0123456789abcdefghijklmnop';

    expect(await keys.ensureKey(operatorKey, 'ADMIN_API_KEY')).toBe(true);
    expect(await keys.ensureKey(operatorKey, 'ADMIN_API_KEY')).toBe(false);
    expect((await keys.verify(operatorKey))?.roles).toEqual(['ADMIN']);
    await expect(keys.ensureKey('too-short', 'ADMIN_API_KEY')).rejects.toBeInstanceOf(InvalidApiKeyInputError);
  });

  it('records the operator key once when several processes start together, and never its secret', async () => {
    const operatorKey = 'ci-admin-key-0123456789abcdefghijklmnop';
    const replica = new ApiKeyService(store, events, clock, new UuidV7Generator());

    await Promise.all([keys.ensureKey(operatorKey, 'ADMIN_API_KEY'), replica.ensureKey(operatorKey, 'ADMIN_API_KEY')]);

    expect(await store.list()).toHaveLength(1);
    const recorded = await events.readStream(API_KEY_STREAM);
    expect(recorded).toHaveLength(1);
    expect(JSON.stringify(recorded)).not.toContain(operatorKey);
  });
});
