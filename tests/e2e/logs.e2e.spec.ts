import { bearer, E2E_ADMIN_API_KEY } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { eventually } from '../support/time';

type LogLine = Record<string, unknown> & { level: number; msg: string };

const WARN = 40;
const jsonLines = (output: string): LogLine[] =>
  output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LogLine);

describe('logs as an operator reads them', () => {
  describe('in production: one JSON object a line', () => {
    let dataDir: string;
    let app: RunningApp;
    let lines: LogLine[];

    beforeAll(async () => {
      dataDir = temporaryDataDir('logs');
      app = await startApp({ dataDir, env: { NODE_ENV: 'production' } });
      await fetch(`${app.baseUrl}/`, { headers: { ...bearer(E2E_ADMIN_API_KEY), 'x-correlation-id': 'corr-404' } });
      await new GraphqlClient(app.graphqlUrl, { 'x-correlation-id': 'corr-gql' }).data('{ __typename }');
      await app.stop();
      lines = jsonLines(app.output());
    });

    afterAll(() => removeDataDir(dataDir));

    it('writes nothing but JSON lines, each with a level, a time and a message', () => {
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(line).toEqual(expect.objectContaining({ level: expect.any(Number), time: expect.any(String), msg: expect.any(String) }));
    });

    it('says where it listens at start-up and that it stopped at shutdown', () => {
      expect(lines.find((line) => line.msg.startsWith('Listening on http://'))).toBeDefined();
      const messages = lines.map((line) => line.msg);
      expect(messages).toContain('Shutting down on SIGTERM: finishing queued writes and handing over leases');
      expect(messages[messages.length - 1]).toBe('Stopped after SIGTERM');
    });

    it('logs a 404 (GET /) at warn with its request id and correlation id, without a stack', () => {
      const notFound = lines.filter((line) => line.correlationId === 'corr-404');
      const request = notFound.find((line) => line.msg === 'GET / 404');
      expect(request).toMatchObject({ level: WARN, reqId: expect.any(String) });
      expect(notFound.every((line) => line.level <= WARN)).toBe(true);
      expect(JSON.stringify(notFound)).not.toMatch(/\bstack\b|\n\s+at /);
    });

    it('names the GraphQL request by its path and correlation id, and never writes its credential', () => {
      expect(lines.find((line) => line.correlationId === 'corr-gql')).toMatchObject({ msg: 'POST /graphql 200', reqId: expect.any(String) });
      expect(app.output()).not.toContain(E2E_ADMIN_API_KEY);
    });
  });

  it('in production, prints the first-run key of a fresh DATA_DIR as one JSON line too, and the key works', async () => {
    const dataDir = temporaryDataDir('logs-first-run');
    try {
      const app = await startApp({ dataDir, firstRun: true, env: { NODE_ENV: 'production' } });
      try {
        await eventually(async () => app.output().includes('"firstRunKey"'), 'the first-run key is printed');
        const firstRun = jsonLines(app.output()).find((line) => 'firstRunKey' in line);
        expect(firstRun).toMatchObject({
          level: WARN,
          time: expect.any(String),
          msg: expect.stringContaining('First run'),
          graphiql: expect.stringContaining('/graphiql#key='),
        });
        const { apiKeys } = await new GraphqlClient(app.graphqlUrl, {}, firstRun!.firstRunKey as string).data('{ apiKeys { name } }'); // found above
        expect(apiKeys).toEqual([{ name: 'first-run admin' }]);
      } finally {
        await app.stop();
      }
      expect(jsonLines(app.output()).length).toBeGreaterThan(2);
    } finally {
      removeDataDir(dataDir);
    }
  });

  it('writes readable lines without colour codes in development when output is not a terminal', async () => {
    const dataDir = temporaryDataDir('logs-dev');
    try {
      const app = await startApp({ dataDir, env: { NODE_ENV: 'development', NO_COLOR: '' } });
      await app.stop();
      expect(app.output()).toMatch(/INFO.*Listening on http:\/\//);
      expect(app.output()).not.toContain('\u001b[');
      expect(() => JSON.parse(app.output().split('\n')[0])).toThrow();
    } finally {
      removeDataDir(dataDir);
    }
  });
});
