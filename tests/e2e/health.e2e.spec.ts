import { mutationDocument } from '../support/client-mutations';
import { ADMIN_KEY_EVENTS } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';

const CONTRACT = {
  paymentTermsDays: 30,
  exitClause: { text: 'Standard notice', immediateExitFor: [] },
  startDate: '2026-01-01',
  hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
  currency: 'EUR',
  contractedHoursPerMonth: 20,
};

type Readiness = { status: string; details: Record<string, { status: string; message?: string }> };

async function probe(app: RunningApp, path: string): Promise<{ status: number; body: Readiness }> {
  const response = await fetch(`${app.baseUrl}${path}`);
  return { status: response.status, body: (await response.json()) as Readiness };
}

async function withApp(env: Record<string, string>, run: (app: RunningApp) => Promise<void>): Promise<void> {
  const dataDir = temporaryDataDir('health');
  const app = await startApp({ dataDir, env });
  try {
    await run(app);
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
}

describe('health: liveness, readiness and the summary', () => {
  it('is live and ready when the store answers, the disk has room and the workers follow the log; /health keeps its summary', () =>
    withApp({}, async (app) => {
      expect((await probe(app, '/health/live')).status).toBe(200);
      const ready = await probe(app, '/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('ok');
      for (const check of ['eventStore', 'storage', 'workers', 'projectionLag']) expect(ready.body.details[check].status).toBe('up');

      const summary = (await (await fetch(`${app.baseUrl}/health`)).json()) as Record<string, unknown>;
      expect(summary).toMatchObject({
        status: 'ok',
        headPosition: ADMIN_KEY_EVENTS,
        projectionLag: { clientSummaries: 0, terminations: 0, worklist: 0 },
        instance: expect.any(String),
      });
      expect(summary.roles).toEqual(['api', 'projector', 'scheduler', 'saga', 'relay']);
    }));

  it('is not ready (503, naming the disk) when DATA_DIR has less room than required, yet stays live', () =>
    withApp({ READY_MIN_FREE_DISK_MB: String(1024 ** 4) }, async (app) => {
      const ready = await probe(app, '/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.details.storage).toMatchObject({ status: 'down', message: expect.stringContaining('READY_MIN_FREE_DISK_MB') });
      expect(ready.body.details.eventStore.status).toBe('up');
      expect((await probe(app, '/health/live')).status).toBe(200);
    }));

  it('is not ready when the read models trail the log by more than READY_MAX_PROJECTION_LAG (here no projector runs)', () =>
    withApp({ ROLES: 'api', READY_MAX_PROJECTION_LAG: String(ADMIN_KEY_EVENTS) }, async (app) => {
      expect((await probe(app, '/health/ready')).status).toBe(200);
      await new GraphqlClient(app.graphqlUrl).data(mutationDocument('registerClient'), { input: { clientId: 'acme', name: 'Acme', contract: CONTRACT } });

      const ready = await probe(app, '/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.details.projectionLag).toMatchObject({
        status: 'down',
        message: expect.stringContaining(`trail the log by ${ADMIN_KEY_EVENTS + 1} events`),
      });
    }));
});
