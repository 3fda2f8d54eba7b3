import { FixedClock, InMemoryApiKeyStore, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import type { TokenVerifier } from '@client-lifecycle/ports';
import { AuthenticationError, SystemActorReservedError } from './access.errors';
import { AccessRole } from './access-role';
import { actingIdentityOf } from './acting-identity';
import { ApiKeyService } from './api-keys.service';
import { Authenticator } from './authenticator';
import type { Principal } from './principal';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl';
const tokens: TokenVerifier = { verify: async (token) => (token === TOKEN ? { subject: 'alice@example.test', roles: ['MANAGER', 'superuser'] } : null) };

describe('authenticating a request', () => {
  const clock = new FixedClock(new Date('2026-03-01T09:00:00.000Z'));
  const keys = new ApiKeyService(new InMemoryApiKeyStore(), new InMemoryEventStore(clock), clock, new UuidV7Generator());
  const authenticator = new Authenticator(keys, { tokens });
  let secret: string;

  beforeAll(async () => {
    ({ secret } = await keys.create({ name: 'crm', roles: ['AGENT', 'SERVICE'] }, 'system'));
  });

  it('knows an API key by its secret, in a Bearer header of any case', async () => {
    const principal = await authenticator.authenticate(`bearer ${secret}`);

    expect(principal).toMatchObject({ kind: 'api-key', name: 'crm', roles: new Set(['AGENT', 'SERVICE']) });
  });

  it('answers each request with the same read-only principal of a key, and refuses the key once it is revoked', async () => {
    const { secret: revocable, apiKey } = await keys.create({ name: 'old crm', roles: ['AGENT'] }, 'system');
    const first = await authenticator.authenticate(`Bearer ${revocable}`);

    expect(await authenticator.authenticate(`Bearer ${revocable}`)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    await keys.revoke(apiKey.id, 'system');
    await expect(authenticator.authenticate(`Bearer ${revocable}`)).rejects.toThrow(AuthenticationError);
  });

  it('takes a verified token: its subject acts, with the roles the service knows', async () => {
    expect(await authenticator.authenticate(`Bearer ${TOKEN}`)).toEqual({ kind: 'jwt', id: 'alice@example.test', roles: new Set(['MANAGER']) });
  });

  it.each([
    ['no header', undefined],
    ['another scheme', 'Basic YWxpY2U6c2VjcmV0'],
    ['an empty Bearer', 'Bearer '],
    ['an unknown key', 'Bearer clk_nothing-like-a-real-key-0123456789abcdefghijk'],
    ['a token the provider did not sign', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.'],
  ])('refuses %s', async (_, header) => {
    await expect(authenticator.authenticate(header)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('lets every request in as one all-roles principal when switched off for a test bench', async () => {
    const open = new Authenticator(keys, { tokens: null, disabled: true });

    expect((await open.authenticate(undefined)).roles).toEqual(new Set(Object.values(AccessRole)));
  });
});

describe('who acts', () => {
  const person: Principal = { kind: 'api-key', id: 'K-1', name: 'alice', roles: new Set([AccessRole.Manager]) };
  const service: Principal = { kind: 'api-key', id: 'K-2', name: 'crm', roles: new Set([AccessRole.Service, AccessRole.Agent]) };

  it('is the verified principal; x-actor from a credential without SERVICE is ignored', () => {
    expect(actingIdentityOf(person, 'bob')).toEqual({ actor: 'api-key:K-1', principal: { kind: 'api-key', id: 'K-1', name: 'alice' } });
  });

  it('keeps the person a SERVICE credential names beside the service, never instead of it', () => {
    expect(actingIdentityOf(service, 'bob')).toEqual({ actor: 'api-key:K-2', principal: { kind: 'api-key', id: 'K-2', name: 'crm' }, onBehalfOf: 'bob' });
  });

  it.each(['scheduler', 'Termination-Process', ' SYSTEM '])('refuses to let even a service act as the system actor %s', (named) => {
    expect(() => actingIdentityOf(service, named)).toThrow(SystemActorReservedError);
  });
});
