import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import WebSocket from 'ws';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { mutationDocument } from '../support/client-mutations';
import { bearer, createApiKey, E2E_ADMIN_API_KEY, wsConnectionParams } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { registerLatePayer, STAFF_ROLES, terminationMutation } from '../support/termination-mutations';

let excuses = 0;
const EXCUSE = (clientId: string) => ({
  clientId,
  excuseId: `EX-${++excuses}`,
  category: 'ADMINISTRATION',
  text: 'The accountant is on holiday',
  occurredAt: new Date().toISOString(),
});

describe('who acts is the verified credential, never a header', () => {
  let dataDir: string;
  let app: RunningApp;
  let admin: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('identity');
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
    admin = new GraphqlClient(app.graphqlUrl);
    await registerLatePayer(admin, 'acme');
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  const keyFor = async (name: string, roles: readonly string[]) => {
    const { secret, id } = await createApiKey(app.graphqlUrl, name, roles);
    return { id, client: (headers: Record<string, string> = {}) => admin.as(secret, headers) };
  };

  describe('without a valid credential', () => {
    it.each([
      ['no header', {}],
      ['an unknown key', bearer('clk_unknown-0123456789abcdefghijklmnopqrstuvwxyzABCDEF')],
      ['a Basic header', { authorization: `Basic ${Buffer.from(`admin:${E2E_ADMIN_API_KEY}`).toString('base64')}` }],
      ['an unsigned token', bearer('eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbIkFETUlOIl19.')],
    ])('refuses %s with 401 UNAUTHENTICATED, introspection and __typename included', async (_, headers) => {
      for (const query of ['{ __typename }', '{ __schema { queryType { name } } }', '{ clients(first: 1) { totalCount } }']) {
        const response = await fetch(app.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
        expect(response.status).toBe(401);
        expect(body.data).toBeUndefined();
        expect(body.errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
      }
    });

    it('answers health to anyone, and metrics only to METRICS or ADMIN', async () => {
      const viewer = await createApiKey(app.graphqlUrl, 'viewer', ['VIEWER']);
      const scraper = await createApiKey(app.graphqlUrl, 'prometheus', ['METRICS']);

      for (const path of ['/health', '/health/live', '/health/ready']) expect((await fetch(`${app.baseUrl}${path}`)).status).not.toBe(401);
      expect((await fetch(`${app.baseUrl}/metrics`)).status).toBe(401);
      const forbidden = await fetch(`${app.baseUrl}/metrics`, { headers: bearer(viewer.secret) });
      expect(forbidden.status).toBe(403);
      expect(await forbidden.json()).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'AUTH.ROLE_REQUIRED',
        details: { required: ['METRICS', 'ADMIN'], had: ['VIEWER'] },
      });
      expect((await fetch(`${app.baseUrl}/metrics`, { headers: bearer(scraper.secret) })).status).toBe(200);
    });

    it('closes a subscription connection without a credential, and serves one with it', async () => {
      const subscribeOnce = (connectionParams: Record<string, string>) =>
        new Promise<string>((resolve) => {
          const ws = createClient({
            url: app.graphqlUrl.replace('http', 'ws'),
            webSocketImpl: WebSocket,
            connectionParams,
            retryAttempts: 0,
            on: { closed: (event) => resolve(`closed ${(event as { code: number }).code}`) },
          });
          ws.subscribe({ query: 'subscription { riskChanged { clientId } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
          setTimeout(() => void ws.dispose(), 2_000);
        });

      expect(await subscribeOnce({})).toBe('closed 4403');
      expect(await subscribeOnce(wsConnectionParams())).toBe('closed 1000');
    });

    it('refuses a subscription to a credential without a reading role', async () => {
      const scraper = await createApiKey(app.graphqlUrl, 'scraper', ['METRICS']);
      const ws = createClient({
        url: app.graphqlUrl.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: wsConnectionParams(scraper.secret),
        retryAttempts: 0,
      });
      try {
        const refusal = await new Promise<unknown>((resolve) =>
          ws.subscribe({ query: 'subscription { terminationProgressed { terminationId } }' }, { next: resolve, error: resolve, complete: () => undefined }),
        );

        expect(refusal).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN', reason: 'AUTH.ROLE_REQUIRED' } }] });
      } finally {
        await ws.dispose();
      }
    });
  });

  it('records the key and ignores x-actor from a credential without SERVICE', async () => {
    const agent = await keyFor('agent carol', ['AGENT', 'VIEWER']);

    const { recordExcuse } = await agent.client({ 'x-actor': 'bob' }).data(mutationDocument('recordExcuse'), { input: EXCUSE('acme') });

    expect(recordExcuse.events[0].actor).toBe(`api-key:${agent.id}`);
    const { client } = await admin.data('{ client(id: "acme") { timeline(first: 1) { edges { node { actor onBehalfOf } } } } }');
    expect(client.timeline.edges[0].node).toEqual({ actor: `api-key:${agent.id}`, onBehalfOf: null });
  });

  it.each(['scheduler', 'Scheduler', 'termination-process', 'TERMINATION-PROCESS', ' system '])(
    'lets nobody act as the system actor "%s", not even a service',
    async (named) => {
      const crm = await keyFor(`crm ${named}`, ['SERVICE', 'AGENT']);

      const { errors } = await crm.client({ 'x-actor': named }).request(mutationDocument('recordExcuse'), { input: EXCUSE('acme') });

      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.SYSTEM_ACTOR_RESERVED' });
    },
  );

  describe('four eyes on a termination compare verified credentials', () => {
    let alice: Awaited<ReturnType<typeof keyFor>>;
    let crm: Awaited<ReturnType<typeof keyFor>>;

    beforeAll(async () => {
      alice = await keyFor('alice', STAFF_ROLES);
      crm = await keyFor('crm', ['SERVICE', ...STAFF_ROLES]);
      await registerLatePayer(admin, 'globex');
    });

    const approve = (client: GraphqlClient, terminationId: string) =>
      client.request(terminationMutation('approveTermination'), { input: { terminationId, note: 'Agreed' } });

    it('refuses the proposer approving under another x-actor', async () => {
      await alice.client().data(terminationMutation('proposeTermination'), {
        input: { terminationId: 'T-ACME', clientId: 'acme', reason: 'NON_PAYMENT', explanation: 'Unpaid for 100 days' },
      });

      const { errors } = await approve(alice.client({ 'x-actor': 'bob' }), 'T-ACME');

      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TERMINATION.SELF_APPROVAL' });
    });

    it('refuses a service approving what it proposed, whoever it names, and a case variant of the proposer', async () => {
      await crm.client({ 'x-actor': 'dave' }).data(terminationMutation('proposeTermination'), {
        input: { terminationId: 'T-GLOBEX', clientId: 'globex', reason: 'NON_PAYMENT', explanation: 'Unpaid for 100 days' },
      });
      const otherService = await keyFor('another crm', ['SERVICE', ...STAFF_ROLES]);

      expect((await approve(crm.client({ 'x-actor': 'erin' }), 'T-GLOBEX')).errors?.[0].extensions.reason).toBe('TERMINATION.SELF_APPROVAL');
      expect((await approve(otherService.client({ 'x-actor': ' Dave ' }), 'T-GLOBEX')).errors?.[0].extensions.reason).toBe('TERMINATION.SELF_APPROVAL');
      const approved = await approve(otherService.client({ 'x-actor': 'erin' }), 'T-GLOBEX');
      expect(approved.data?.approveTermination.termination.status).toBe('APPROVED');
    });

    it('approves with a second person of their own credential', async () => {
      const bob = await keyFor('bob', STAFF_ROLES);

      const { data, errors } = await approve(bob.client(), 'T-ACME');

      expect(errors).toBeUndefined();
      expect(data?.approveTermination.termination.status).toBe('APPROVED');
    });
  });

  it('refuses a revoked key from the next request on', async () => {
    const leaked = await createApiKey(app.graphqlUrl, 'leaked', ['VIEWER']);
    const client = admin.as(leaked.secret);
    expect((await client.request('{ clients(first: 1) { totalCount } }')).errors).toBeUndefined();

    await admin.data('mutation Revoke($id: String!) { revokeApiKey(input: { id: $id }) { revokedAt } }', { id: leaked.id });

    expect((await client.request('{ clients(first: 1) { totalCount } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const { apiKeys } = await admin.data('{ apiKeys { id prefix revokedAt } }');
    expect(apiKeys.find((key: { id: string }) => key.id === leaked.id)).toMatchObject({ prefix: leaked.secret.slice(0, 8), revokedAt: expect.any(String) });
    expect(JSON.stringify(apiKeys)).not.toContain(leaked.secret.slice(8));
  });
});

describe('tokens from the company identity provider', () => {
  let dataDir: string;
  let app: RunningApp;
  let jwks: Server;
  let sign: (claims: Record<string, unknown>, expires?: string | number) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const document = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256' }] });
    jwks = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(document));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    sign = (claims, expires = '5m') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
        .setIssuer('https://idp.test/')
        .setAudience('client-lifecycle')
        .setExpirationTime(expires)
        .sign(privateKey);
    dataDir = temporaryDataDir('jwt');
    app = await startApp({
      dataDir,
      env: {
        SCHEDULER: 'off',
        AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
        AUTH_ISSUER: 'https://idp.test/',
        AUTH_AUDIENCE: 'client-lifecycle',
        AUTH_ROLES_CLAIM: 'groups',
      },
    });
  });

  afterAll(async () => {
    await app?.stop();
    jwks?.closeAllConnections(); // the app's JWKS fetch keeps its connection alive
    await new Promise((resolve) => jwks?.close(resolve));
    removeDataDir(dataDir);
  });

  it('acts as the token subject with the roles of its claim', async () => {
    const token = await sign({ sub: 'frank@example.test', groups: ['AGENT', 'VIEWER'] });
    const agent = new GraphqlClient(app.graphqlUrl, {}, token);
    await new GraphqlClient(app.graphqlUrl).data(mutationDocument('registerClient'), {
      input: {
        clientId: 'initech',
        name: 'Initech',
        contract: {
          paymentTermsDays: 30,
          noticePeriodDays: 15,
          exitClause: { text: 'Fifteen days notice', immediateExitFor: [] },
          startDate: '2026-01-01',
          hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
          currency: 'EUR',
          contractedHoursPerMonth: 20,
        },
        occurredAt: '2026-01-01T09:00:00Z',
      },
    });

    const { recordExcuse } = await agent.data(mutationDocument('recordExcuse'), { input: EXCUSE('initech') });

    expect(recordExcuse.events[0].actor).toBe('jwt:frank@example.test');
    const forbidden = await agent.request('mutation { revokeApiKey(input: { id: "x" }) { id } }');
    expect(forbidden.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', details: { required: ['ADMIN'], had: ['AGENT', 'VIEWER'] } });
  });

  it('refuses an expired token', async () => {
    const expired = await sign({ sub: 'frank@example.test', groups: ['ADMIN'] }, Math.floor(Date.now() / 1000) - 60);

    expect((await new GraphqlClient(app.graphqlUrl, {}, expired).request('{ __typename }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
