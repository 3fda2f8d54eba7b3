import { join } from 'node:path';
import Database from 'better-sqlite3';
import { mutationDocument } from '../support/client-mutations';
import { ADMIN_KEY_EVENTS } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, startApp, temporaryDataDir } from '../support/app-process';
import { runCli } from '../support/cli-process';
import { eventually } from '../support/time';

const CONTRACT = {
  paymentTermsDays: 30,
  exitClause: { text: 'Standard notice', immediateExitFor: [] },
  startDate: '2026-01-01',
  hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
  currency: 'EUR',
  contractedHoursPerMonth: 20,
};
const CLIENT_IDS = ['acme', 'globex', 'initech', 'umbrella', 'hooli'];

const eventCounts = (dataDir: string): Map<string, number> => {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    const rows = db.prepare<[], { stream_id: string; count: number }>('SELECT stream_id, count(*) AS count FROM events GROUP BY stream_id').all();
    return new Map(rows.map((row) => [row.stream_id, row.count]));
  } finally {
    db.close();
  }
};

describe('backup and restore', () => {
  it('backs up while the service writes, and a fresh DATA_DIR restored from it starts with the same events and rows', async () => {
    const source = temporaryDataDir('backup-source');
    const target = temporaryDataDir('backup-target');
    const archive = join(temporaryDataDir('backup-file'), 'client-lifecycle.backup');
    try {
      const app = await startApp({ dataDir: source });
      const api = new GraphqlClient(app.graphqlUrl);
      for (const clientId of CLIENT_IDS) await api.data(mutationDocument('registerClient'), { input: { clientId, name: clientId, contract: CONTRACT } });

      let writing = true;
      let written = 0;
      const writer = (async () => {
        for (let entry = 0; writing; entry++) {
          await api.data(mutationDocument('logTime'), {
            input: {
              clientId: CLIENT_IDS[entry % CLIENT_IDS.length],
              timeEntryId: `t-${entry}`,
              activity: 'DELIVERY',
              minutes: 15,
              billable: true,
              workedOn: '2026-03-02',
            },
          });
          written++;
        }
      })();
      await eventually(async () => written >= 20, 'the service is writing');
      const backup = await runCli('backup.js', ['--to', archive], { DATA_DIR: source });
      writing = false;
      await writer;
      await app.stop();

      expect(backup).toMatchObject({ code: 0 });
      expect(backup.output).toMatch(/backed up read-models\.sqlite .*events\.sqlite .*api-keys\.sqlite .* to /);

      const restore = await runCli('backup.js', ['--restore', '--from', archive], { DATA_DIR: target });
      expect(restore).toMatchObject({ code: 0 });
      expect(restore.output).toContain('api-keys.sqlite');

      const restored = eventCounts(target);
      const total = [...restored.values()].reduce((sum, count) => sum + count, 0);
      expect(total).toBeGreaterThanOrEqual(ADMIN_KEY_EVENTS + CLIENT_IDS.length + 20);
      expect(total).toBeLessThanOrEqual(ADMIN_KEY_EVENTS + CLIENT_IDS.length + written);

      const again = await startApp({ dataDir: target });
      try {
        const restoredApi = new GraphqlClient(again.graphqlUrl);
        await eventually(async () => {
          const health = (await (await fetch(`${again.baseUrl}/health`)).json()) as { headPosition: number; projectionLag: { clientSummaries: number } };
          return health.headPosition === total && health.projectionLag.clientSummaries === 0;
        }, 'the restored log is whole and the client list caught up with it');
        const { clients } = await restoredApi.data<{ clients: { totalCount: number } }>('{ clients(first: 10) { totalCount } }');
        expect(clients.totalCount).toBe(CLIENT_IDS.length);
        for (const clientId of CLIENT_IDS) {
          const { client } = await restoredApi.data<{ client: { timeline: { totalCount: number } } }>(
            'query($id: String!) { client(id: $id) { timeline(first: 1) { totalCount } } }',
            { id: clientId },
          );
          expect(client.timeline.totalCount).toBe(restored.get(`client-${clientId}`));
        }
      } finally {
        await again.stop();
      }
    } finally {
      removeDataDir(source);
      removeDataDir(target);
      removeDataDir(join(archive, '..'));
    }
  });

  it('refuses to restore over a DATA_DIR that already holds a log', async () => {
    const dataDir = temporaryDataDir('backup-occupied');
    try {
      const app = await startApp({ dataDir });
      await app.stop();
      const { code, output } = await runCli('backup.js', ['--restore', '--from', join(dataDir, 'missing.backup')], { DATA_DIR: dataDir });
      expect(code).toBe(1);
      expect(output).toContain('already exists: restore into an empty DATA_DIR');
    } finally {
      removeDataDir(dataDir);
    }
  });
});
