import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ADMIN_KEY_EVENTS } from '../support/credentials';
import { mutationDocument } from '../support/client-mutations';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { daysAgo, eventually } from '../support/time';

interface Health {
  headPosition: number;
  projectionLag: { clientSummaries: number };
  instance: string;
  roles: string[];
  workers: { projector?: 'active' | 'standby' };
}

const INVOICE_MINOR = 120_000;
// Process starts on a loaded 2-core machine take several seconds each.
const CLIENTS = '{ clients(first: 50) { totalCount edges { node { clientId overdue { amountMinor } } } } }';

const health = async (app: RunningApp): Promise<Health> => (await (await fetch(`${app.baseUrl}/health`)).json()) as Health;

async function overdueByClient(app: RunningApp): Promise<Record<string, number>> {
  const { clients } = await new GraphqlClient(app.graphqlUrl).data(CLIENTS);
  return Object.fromEntries(
    clients.edges.map((edge: { node: { clientId: string; overdue: { amountMinor: number } } }) => [edge.node.clientId, edge.node.overdue.amountMinor]),
  );
}

/** Registers a client and issues it an invoice long overdue: two events, and one invoice's amount overdue. */
async function clientWithOverdueInvoice(app: RunningApp, clientId: string, invoiceId = 'INV-1'): Promise<void> {
  const api = new GraphqlClient(app.graphqlUrl);
  if (invoiceId === 'INV-1')
    await api.data(mutationDocument('registerClient'), {
      input: {
        clientId,
        name: `Client ${clientId}`,
        contract: {
          paymentTermsDays: 30,
          exitClause: { text: 'Notice applies', immediateExitFor: [] },
          startDate: daysAgo(200),
          hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
          currency: 'EUR',
          contractedHoursPerMonth: 10,
        },
        occurredAt: `${daysAgo(200)}T09:00:00Z`,
      },
    });
  await api.data(mutationDocument('issueInvoice'), {
    input: { clientId, invoiceId, amount: { amountMinor: INVOICE_MINOR, currency: 'EUR' }, issuedOn: daysAgo(100), occurredAt: `${daysAgo(100)}T09:00:00Z` },
  });
}

/** The one process whose /health says it holds the projector lease, once the others agree they stand by. */
async function projectorHolder(apps: readonly RunningApp[]): Promise<RunningApp> {
  let holder: RunningApp | undefined;
  await eventually(async () => {
    const states = await Promise.all(apps.map(async (app) => (await health(app)).workers.projector));
    const active = apps.filter((_, index) => states[index] === 'active');
    holder = active.length === 1 && states.every((state) => state !== undefined) ? active[0] : undefined;
    return holder !== undefined;
  }, 'exactly one projector lease holder');
  return holder!;
}

// The PostgreSQL of the build machines (trust auth); the PostgreSQL case works in a database of its own.
const POSTGRES = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const leaseDatabase = `e2e_leases_${randomUUID().replaceAll('-', '')}`;

async function onTestServer(statement: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: `${POSTGRES}/test` });
  await client.connect();
  try {
    return (await client.query(statement, values)).rows;
  } finally {
    await client.end();
  }
}

/** Who holds advisory locks in the lease database, as PostgreSQL sees it. */
const advisoryLockHolders = async (): Promise<unknown[]> =>
  (
    await onTestServer(
      `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.locktype = 'advisory' AND l.granted AND a.datname = $1`,
      [leaseDatabase],
    )
  ).map((row) => row.application_name);

describe.each([
  ['lock files in DATA_DIR', {}],
  ['PostgreSQL advisory locks', { LEASES: 'postgres', DATABASE_URL: `${POSTGRES}/${leaseDatabase}` }],
])('singleton workers across processes, leases as %s', (_, leaseEnv: Record<string, string>) => {
  let dataDir: string;
  const apps: RunningApp[] = [];

  beforeAll(async () => {
    dataDir = temporaryDataDir('singleton-workers');
    if (leaseEnv.DATABASE_URL) await onTestServer(`CREATE DATABASE ${leaseDatabase}`);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    removeDataDir(dataDir);
    if (leaseEnv.DATABASE_URL) await onTestServer(`DROP DATABASE IF EXISTS ${leaseDatabase} WITH (FORCE)`);
  });

  it('runs one projector at a time on a shared data folder, hands over on SIGKILL, and projects every event exactly once', async () => {
    const env = { ROLES: 'api,projector', SCHEDULER: 'off', ...leaseEnv };
    apps.push(await startApp({ dataDir, env }), await startApp({ dataDir, env }));

    const first = await projectorHolder(apps);
    const standby = apps.find((app) => app !== first)!;
    expect((await health(standby)).workers).toEqual({ projector: 'standby' });
    expect((await health(first)).roles).toEqual(['api', 'projector']);
    if (leaseEnv.DATABASE_URL) expect(await advisoryLockHolders()).toEqual([`client-lifecycle ${(await health(first)).instance}`]);
    else expect(existsSync(join(dataDir, 'leases', 'projector.lock'))).toBe(true);

    // Written through the standby: the holder learns of another process's commits at its lease checks.
    for (const clientId of ['c1', 'c2', 'c3']) await clientWithOverdueInvoice(standby, clientId);
    // A client's row appears at its registration and takes its invoice a commit later: wait for the lag, not the rows.
    await eventually(
      async () => (await health(standby)).projectionLag.clientSummaries === 0 && Object.keys(await overdueByClient(standby)).length === 3,
      'three clients listed with their invoices',
    );
    expect(await overdueByClient(first)).toEqual({ c1: INVOICE_MINOR, c2: INVOICE_MINOR, c3: INVOICE_MINOR });

    await first.kill('SIGKILL');
    apps.splice(apps.indexOf(first), 1);

    expect(await projectorHolder([standby])).toBe(standby);
    if (leaseEnv.DATABASE_URL) expect(await advisoryLockHolders()).toEqual([`client-lifecycle ${(await health(standby)).instance}`]);
    await clientWithOverdueInvoice(standby, 'c1', 'INV-2');
    for (const clientId of ['c4', 'c5']) await clientWithOverdueInvoice(standby, clientId);

    await eventually(
      async () => (await health(standby)).projectionLag.clientSummaries === 0 && Object.keys(await overdueByClient(standby)).length === 5,
      'the list caught up',
    );
    // An event projected twice would show as a doubled amount.
    expect(await overdueByClient(standby)).toEqual({ c1: 2 * INVOICE_MINOR, c2: INVOICE_MINOR, c3: INVOICE_MINOR, c4: INVOICE_MINOR, c5: INVOICE_MINOR });
    expect((await health(standby)).headPosition).toBe(11 + ADMIN_KEY_EVENTS);
  }, 180_000);

  it('serves only /health in a process without the api role', async () => {
    const worker = await startApp({ dataDir, env: { ROLES: 'projector', SCHEDULER: 'off', ...leaseEnv } });
    apps.push(worker);

    const state = await health(worker);
    const graphql = await fetch(`${worker.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });

    expect(state).toMatchObject({ status: 'ok', roles: ['projector'], workers: { projector: 'standby' } });
    expect(graphql.status).toBe(404);
  }, 60_000);
});
