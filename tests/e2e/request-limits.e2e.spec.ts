import { connect, type Socket } from 'node:net';
import { GraphqlClient, type GraphqlResponse } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { logEntries } from '../support/log-entries';
import { eventually } from '../support/time';

const aliases = (count: number, selection: string): string => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')} }`;
const nested = (levels: number): string => `{ client(id: "acme") { ${'termination { client { '.repeat(levels)}name${' } }'.repeat(levels)} } }`;

interface AbuseCase {
  readonly attack: string;
  readonly query: string;
  readonly reason: string;
  /** The measure named in details beside the limit. */
  readonly measure: string;
}

const ABUSE: readonly AbuseCase[] = [
  {
    attack: '100 aliases of a hundred clients with a hundred timeline events each',
    query: aliases(100, 'clients(first: 100) { edges { node { client { timeline(first: 100) { edges { node { type summary } } } } } } }'),
    reason: 'LIMITS.COST_EXCEEDED',
    measure: 'cost',
  },
  {
    attack: '1,000 aliases of one risk assessment',
    query: aliases(1_000, 'client(id: "acme") { risk { score } }'),
    reason: 'LIMITS.COST_EXCEEDED',
    measure: 'cost',
  },
  {
    attack: 'ten portfolio folds',
    query: aliases(10, 'portfolio(from: "2026-01-01", to: "2026-12-31") { clientCount }'),
    reason: 'LIMITS.COST_EXCEEDED',
    measure: 'cost',
  },
  { attack: 'deep nesting through termination and client', query: nested(6), reason: 'LIMITS.DEPTH_EXCEEDED', measure: 'depth' },
  { attack: 'a huge token count', query: `{ client(id: "acme") { ${'name '.repeat(3_000)}} }`, reason: 'LIMITS.TOKENS_EXCEEDED', measure: 'tokens' },
  {
    attack: 'many directives',
    query: `{ client(id: "acme") { ${'name @include(if: true) '.repeat(40)}} }`,
    reason: 'LIMITS.DIRECTIVES_EXCEEDED',
    measure: 'directives',
  },
  { attack: 'many cheap aliases', query: aliases(60, 'client(id: "acme") { name }'), reason: 'LIMITS.ALIASES_EXCEEDED', measure: 'aliases' },
];

/** Resolves when the server closes the socket; rejects if it is still open after `boundMs` (a generous bound, not a timing check). */
function closedByServer(socket: Socket, boundMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server kept the socket open for ${boundMs} ms`)), boundMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.on('error', () => undefined);
  });
}

describe('bounded requests', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('limits');
    app = await startApp({
      dataDir,
      env: {
        NODE_ENV: 'production',
        SCHEDULER: 'off',
        CORS_ORIGINS: 'https://crm.example.com',
        HTTP_HEADERS_TIMEOUT_MS: '1000',
        HTTP_REQUEST_TIMEOUT_MS: '2000',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
        HTTP_IDLE_TIMEOUT_MS: '1000',
        RATE_LIMIT_POINTS: '0',
      },
    });
    api = new GraphqlClient(app.graphqlUrl);
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  describe('abusive queries are refused before execution, with the measure and the limit', () => {
    it.each(ABUSE)('$attack', async ({ query, reason, measure }) => {
      const response = await api.http({ body: JSON.stringify({ query }) });
      const result = (await response.json()) as GraphqlResponse<unknown>;

      expect(response.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason });
      const details = result.errors?.[0].extensions.details as Record<string, number>;
      expect(details[measure]).toBeGreaterThan(details.limit);
    });

    it('keeps answering a concurrent { __typename } while they are sent', async () => {
      const attacks = ABUSE.map(({ query }) => api.request(query));
      const typename = api.request('{ __typename }');

      expect(await typename).toEqual({ data: { __typename: 'Query' } });
      await Promise.all(attacks);
    });

    it('reads a page size from the variables when costing', async () => {
      const query = 'query ($n: Int!) { clients(first: $n) { edges { node { client { timeline(first: $n) { edges { node { actor } } } } } } } }';

      const result = await api.request(query, { n: 100 });

      expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'LIMITS.COST_EXCEEDED' });
    });
  });

  describe('unusable requests get a GraphQL-shaped client error, never INTERNAL_SERVER_ERROR', () => {
    it('answers malformed JSON with BAD_REQUEST, logged once at warn without a stack', async () => {
      const before = app.output().length;

      const response = await api.http({ body: '{"query": "{ __typename }"' });

      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST', reason: 'REQUEST.MALFORMED_JSON', details: {} } }],
      });
      // The app logs asynchronously to its stdout: a later request's log line marks the end of this one's.
      await api.request(aliases(60, 'client(id: "acme") { name }'));
      await eventually(async () => app.output().slice(before).includes('Refused a query'), 'the next request logged');
      const entries = logEntries(app.output().slice(before));
      const logged = entries.slice(
        0,
        entries.findIndex((entry) => entry.text.includes('Refused a query')),
      );
      expect(logged.filter((entry) => entry.text.includes('REQUEST.MALFORMED_JSON')).map((entry) => entry.level)).toEqual(['warn']);
      expect(logged.filter((entry) => entry.level === 'error' || entry.level === 'fatal')).toEqual([]);
      // A stack is indented lines in pretty text, an escaped "\n    at" inside a JSON line.
      expect(logged.map((entry) => entry.text).join('\n')).not.toMatch(/"stack"|\n\s+at |\\n\s+at /);
    });

    it('answers a body over the limit with PAYLOAD_TOO_LARGE and the limit', async () => {
      const response = await api.http({ body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(200_000) } }) });

      expect(response.status).toBe(413);
      expect(((await response.json()) as GraphqlResponse<unknown>).errors?.[0].extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        reason: 'REQUEST.BODY_TOO_LARGE',
        details: { limit: 102_400 },
      });
    });

    it.each([
      [
        'a persisted query whose hash does not match',
        { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
        'BAD_REQUEST',
        'REQUEST.PERSISTED_QUERY_HASH_MISMATCH',
      ],
      [
        'an unsupported persisted query version',
        { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } },
        'BAD_REQUEST',
        'REQUEST.PERSISTED_QUERY_VERSION_UNSUPPORTED',
      ],
      // Apollo clients resend the full query on this code, so it stays as Apollo names it.
      [
        'an unknown persisted query',
        { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
        'PERSISTED_QUERY_NOT_FOUND',
        'REQUEST.PERSISTED_QUERY_NOT_FOUND',
      ],
      ['no query at all', { variables: {} }, 'BAD_REQUEST', 'REQUEST.MALFORMED'],
      ['a batch of operations', [{ query: '{ __typename }' }, { query: '{ __typename }' }], 'BAD_REQUEST', 'REQUEST.MALFORMED'],
      ['a syntax error', { query: '{ client(id: "acme") { name ' }, 'GRAPHQL_PARSE_FAILED', 'REQUEST.PARSE_FAILED'],
      ['an unknown operation name', { query: 'query A { __typename }', operationName: 'B' }, 'OPERATION_RESOLUTION_FAILURE', 'REQUEST.OPERATION_NOT_FOUND'],
      [
        'more than fifty variable errors',
        {
          query: 'mutation ($input: ConfirmOwedDeliverablesInput!) { confirmOwedDeliverables(input: $input) { __typename } }',
          variables: { input: { deliverables: Array.from({ length: 60 }, () => ({ unknown: 1 })) } },
        },
        'BAD_USER_INPUT',
        'INPUT.VARIABLES_INVALID',
      ],
    ])('refuses %s with a client code', async (_, body, code, reason) => {
      const result = (await (await api.http({ body: JSON.stringify(body) })).json()) as GraphqlResponse<unknown>;

      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.errors?.map((error) => error.extensions.code)).not.toContain('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[result.errors.length - 1].extensions).toMatchObject({ code, reason });
    });

    it('refuses a GET without a query and a body that is not JSON with BAD_REQUEST', async () => {
      const get = (await (await api.http({ method: 'GET', headers: { 'apollo-require-preflight': '1' } })).json()) as GraphqlResponse<unknown>;
      const text = (await (await api.http({ body: '{ __typename }', headers: { 'content-type': 'text/plain' } })).json()) as GraphqlResponse<unknown>;

      expect(get.errors?.[0].extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'REQUEST.MALFORMED' });
      expect(text.errors?.[0].extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'REQUEST.MALFORMED' });
    });

    it.each([
      ['a syntax error', { query: '{ client(id: "acme") { name ' }],
      ['a field the schema does not have', { query: '{ client(id: "acme") { riks } }' }],
      ['no query at all', { variables: {} }],
      ['a batch of operations', [{ query: '{ __typename }' }, { query: '{ __typename }' }]],
      ['an unknown persisted query', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }],
    ])('tells an anonymous caller only that it is not authenticated, whatever is wrong with %s', async (_, body) => {
      const response = await api.as(null).http({ body: JSON.stringify(body) });

      expect(response.status).toBe(401);
      expect(((await response.json()) as GraphqlResponse<unknown>).errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'AUTH.UNAUTHENTICATED' }) }),
      ]);
    });

    it('refuses an anonymous body that is not JSON, or a query over a limit, as it would a known caller: both are checked before authentication', async () => {
      const notJson = await api.as(null).http({ body: '{"query": "{ __typename }"' });
      const overLimit = await api.as(null).http({ body: JSON.stringify({ query: aliases(60, 'client(id: "acme") { name }') }) });

      expect(notJson.status).toBe(400);
      expect(((await notJson.json()) as GraphqlResponse<unknown>).errors?.[0].extensions).toMatchObject({
        code: 'BAD_REQUEST',
        reason: 'REQUEST.MALFORMED_JSON',
      });
      expect(overLimit.status).toBe(400);
      expect(((await overLimit.json()) as GraphqlResponse<unknown>).errors?.[0].extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        reason: 'LIMITS.ALIASES_EXCEEDED',
      });
    });

    it('does not suggest schema names in production', async () => {
      const result = await api.request('{ client(id: "acme") { riks } }');

      expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0].message).toBe('Cannot query field "riks" on type "Client".');
    });
  });

  describe('HTTP hardening', () => {
    it('sends helmet headers with a script policy, and no x-powered-by', async () => {
      const response = await api.http({ body: JSON.stringify({ query: '{ __typename }' }) });

      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
    });

    it('allows cross-origin calls only from the origins listed in CORS_ORIGINS', async () => {
      const preflight = (origin: string) =>
        api.http({ method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

      expect((await preflight('https://crm.example.com')).headers.get('access-control-allow-origin')).toBe('https://crm.example.com');
      expect((await preflight('https://evil.example.net')).headers.get('access-control-allow-origin')).toBeNull();
    });

    it('closes a socket that sends nothing', async () => {
      const { port } = new URL(app.baseUrl);
      const socket = connect(Number(port), '127.0.0.1');

      await expect(closedByServer(socket, 30_000)).resolves.toBeUndefined();
    });

    it('closes a socket that sends its headers too slowly', async () => {
      const { port } = new URL(app.baseUrl);
      const socket = connect(Number(port), '127.0.0.1');
      socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      // A header line every half second keeps the socket busy but never finishes the request.
      const drip = setInterval(() => socket.writable && socket.write(`x-drip: ${Date.now()}\r\n`), 500);

      try {
        // Node checks the headers timeout every 30 s: the bound leaves room for one check after the timeout.
        await expect(closedByServer(socket, 75_000)).resolves.toBeUndefined();
      } finally {
        clearInterval(drip);
        socket.destroy();
      }
    });
  });
});

describe('per-principal rate limit and execution deadline', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('limits-rate');
    app = await startApp({ dataDir, env: { SCHEDULER: 'off', RATE_LIMIT_POINTS: '5', RATE_LIMIT_WINDOW_MS: '600000', REQUEST_DEADLINE_MS: '1' } });
    api = new GraphqlClient(app.graphqlUrl);
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('abandons a request that runs past its deadline with REQUEST_TIMEOUT', async () => {
    // Thirty store reads, then their fields: far more than the millisecond allowed, whatever the machine.
    const response = await api.http({ body: JSON.stringify({ query: aliases(30, 'clients(first: 5) { totalCount edges { node { clientId } } }') }) });
    const result = (await response.json()) as GraphqlResponse<unknown>;

    expect(response.status).toBe(503);
    expect(result.errors).toEqual([
      {
        message: expect.stringContaining('deadline'),
        extensions: { code: 'REQUEST_TIMEOUT', reason: 'LIMITS.DEADLINE_EXCEEDED', details: { deadlineMs: 1 } },
      },
    ]);
  });

  it('answers TOO_MANY_REQUESTS with retryAfter and Retry-After once the budget is spent', async () => {
    const responses: Response[] = [];
    for (let sent = 0; sent < 6; sent++) responses.push(await api.http({ body: JSON.stringify({ query: '{ __typename }' }) }));
    const refused = responses.filter((response) => response.status === 429);

    expect(refused.length).toBeGreaterThan(0);
    const result = (await refused[0].json()) as GraphqlResponse<unknown>;
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'LIMITS.RATE_LIMITED' });
    const retryAfter = (result.errors?.[0].extensions.details as { retryAfter: number }).retryAfter;
    expect(retryAfter).toBeGreaterThan(0);
    expect(refused[0].headers.get('retry-after')).toBe(String(retryAfter));
  });
});
