import { closeSync, copyFileSync, existsSync, openSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { mutationDocument } from '../support/client-mutations';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, runAppToExit, startApp, temporaryDataDir } from '../support/app-process';
import { eventually } from '../support/time';

const CONTRACT = {
  paymentTermsDays: 30,
  exitClause: { text: 'Standard notice', immediateExitFor: [] },
  startDate: '2026-01-01',
  hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
  currency: 'EUR',
  contractedHoursPerMonth: 20,
};
const CLIENTS = '{ clients(first: 10) { totalCount } }';
const STACK_LINE = /\n\s+at /;

/** A small DATA_DIR: three clients in the log and in the client list, then a clean stop. */
async function dataDirWithClients(label: string): Promise<string> {
  const dataDir = temporaryDataDir(label);
  const app = await startApp({ dataDir });
  try {
    const api = new GraphqlClient(app.graphqlUrl);
    for (const clientId of ['acme', 'globex', 'initech'])
      await api.data(mutationDocument('registerClient'), { input: { clientId, name: clientId, contract: CONTRACT } });
    await eventually(
      async () => (await api.data<{ clients: { totalCount: number } }>(CLIENTS)).clients.totalCount === 3,
      'the client list holds three clients',
    );
  } finally {
    await app.stop();
  }
  return dataDir;
}

describe('boot checks: the app refuses to start in a state it cannot serve, with one clear line and exit code 1', () => {
  it('refuses a DATA_DIR it cannot create (a pseudo file system) instead of spinning forever', async () => {
    const { code, output } = await runAppToExit({ DATA_DIR: '/proc/client-lifecycle-data', PORT: '0' });

    expect(code).toBe(1);
    expect(output).toContain('DATA_DIR=/proc/client-lifecycle-data cannot hold the data files');
    expect(output).not.toMatch(STACK_LINE);
  });

  it('refuses a port another process holds', async () => {
    const dataDir = temporaryDataDir('port');
    const other = temporaryDataDir('port-other');
    const app = await startApp({ dataDir });
    try {
      const port = new URL(app.baseUrl).port;
      const { code, output } = await runAppToExit({ DATA_DIR: other, PORT: port, HOST: '127.0.0.1' });

      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(output).not.toMatch(STACK_LINE);
    } finally {
      await app.stop();
      removeDataDir(dataDir);
      removeDataDir(other);
    }
  });

  describe('with a log and its read models', () => {
    let fixture: string;

    beforeAll(async () => {
      fixture = await dataDirWithClients('boot-fixture');
    });

    afterAll(() => removeDataDir(fixture));

    const copyOfFixture = (label: string): string => {
      const dataDir = temporaryDataDir(label);
      for (const name of ['events.sqlite', 'read-models.sqlite', 'terminations.sqlite', 'scheduler.sqlite', 'checkpoints.sqlite', 'api-keys.sqlite'])
        if (existsSync(join(fixture, name))) copyFileSync(join(fixture, name), join(dataDir, name));
      return dataDir;
    };

    it('refuses a zero-byte event log beside a client list that holds clients, then rebuilds when asked to', async () => {
      const dataDir = copyOfFixture('empty-log');
      try {
        truncateSync(join(dataDir, 'events.sqlite'), 0);
        const { code, output } = await runAppToExit({ DATA_DIR: dataDir, PORT: '0' });

        expect(code).toBe(1);
        expect(output).toMatch(/The event log .*events\.sqlite is empty while read-models\.sqlite.* hold data/);
        expect(output).toContain('REBUILD_READ_MODELS=on');

        const app = await startApp({ dataDir, env: { REBUILD_READ_MODELS: 'on' } });
        try {
          const { clients } = await new GraphqlClient(app.graphqlUrl).data<{ clients: { totalCount: number } }>(CLIENTS);
          expect(clients.totalCount).toBe(0);
          expect(app.output()).toContain('REBUILD_READ_MODELS=on: dropped read-models.sqlite');
        } finally {
          await app.stop();
        }
      } finally {
        removeDataDir(dataDir);
      }
    });

    it('refuses an event log with a damaged page and names the file', async () => {
      const dataDir = copyOfFixture('corrupt');
      try {
        const file = join(dataDir, 'events.sqlite');
        const pageSize = 4096;
        expect(statSync(file).size).toBeGreaterThan(2 * pageSize);
        const handle = openSync(file, 'r+');
        writeSync(handle, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize); // the second page: the first table's b-tree
        closeSync(handle);
        rmSync(`${file}-wal`, { force: true });

        const { code, output } = await runAppToExit({ DATA_DIR: dataDir, PORT: '0' });

        expect(code).toBe(1);
        expect(output).toContain(`${file} is damaged`);
        expect(output).toContain('restore DATA_DIR from the last backup');
      } finally {
        removeDataDir(dataDir);
      }
    });

    it('refuses a log that records API keys beside a missing key store, instead of refusing every credential', async () => {
      const dataDir = copyOfFixture('no-key-store');
      try {
        rmSync(join(dataDir, 'api-keys.sqlite'));
        const { code, output } = await runAppToExit({ DATA_DIR: dataDir, PORT: '0' });

        expect(code).toBe(1);
        expect(output).toMatch(/records API keys while .*api-keys\.sqlite holds none/);
        expect(output).toContain('Restore api-keys.sqlite from the backup');
        expect(output).not.toMatch(STACK_LINE);
      } finally {
        removeDataDir(dataDir);
      }
    });

    it('starts on an intact copy and serves what it holds', async () => {
      const dataDir = copyOfFixture('intact');
      const app = await startApp({ dataDir });
      try {
        const { clients } = await new GraphqlClient(app.graphqlUrl).data<{ clients: { totalCount: number } }>(CLIENTS);
        expect(clients.totalCount).toBe(3);
      } finally {
        await app.stop();
        removeDataDir(dataDir);
      }
    });
  });
});
