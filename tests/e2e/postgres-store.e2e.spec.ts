import { readdirSync } from 'node:fs';
import { Client } from 'pg';
import { PostgresTestDatabase } from '@client-lifecycle/testing';
import { removeDataDir, runAppToExit, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { mutationDocument } from '../support/client-mutations';
import { ADMIN_KEY_EVENTS } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { daysAgo, eventually } from '../support/time';

// jest.config.js's per-project testTimeout is not applied (tests stop at jest's default 5 s),
// and two boots of the app with a restart between them take longer than that.
jest.setTimeout(120_000);

const CLIENT_QUERY = `
  query Client($id: String!) {
    client(id: $id) {
      clientId name version
      invoices { invoiceId amount { amountMinor currency } issuedOn status openBalance { amountMinor } }
      timeline(first: 10) { totalCount edges { node { type revision position } } }
    }
  }`;
const LIST_QUERY = '{ clients(orderBy: SCORE, first: 10) { totalCount edges { node { clientId } } } }';

describe('the app on PostgreSQL (EVENT_STORE=postgres)', () => {
  const database = new PostgresTestDatabase('e2e_app');
  let databaseUrl: string;
  let dataDir: string;
  let app: RunningApp | undefined;

  const start = async () => {
    app = await startApp({ dataDir, env: { EVENT_STORE: 'postgres', DATABASE_URL: databaseUrl, DATA_KEY: Buffer.alloc(32, 1).toString('base64') } });
    return new GraphqlClient(app.graphqlUrl, { 'x-actor': 'crm:e2e-postgres' });
  };
  const count = async (table: string): Promise<number> => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ total: string }>(`SELECT count(*) AS total FROM ${table}`);
      return Number(rows[0].total);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    databaseUrl = await database.url();
    dataDir = temporaryDataDir('postgres');
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
    await database.drop();
  });

  it('records a client and an invoice, and reads them back after a restart', async () => {
    let api = await start();
    expect(app!.output()).toMatch(/events in PostgreSQL database e2e_app_[0-9a-f]+ on 127\.0\.0\.1:5432/);

    await api.data(mutationDocument('registerClient'), {
      input: {
        clientId: 'initech',
        name: 'Initech',
        clientSince: daysAgo(40),
        contract: {
          paymentTermsDays: 30,
          exitClause: { text: 'Either party may terminate with notice.', immediateExitFor: [] },
          startDate: daysAgo(40),
          hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
          currency: 'EUR',
          contractedHoursPerMonth: 20,
        },
      },
    });
    await api.data(mutationDocument('issueInvoice'), {
      input: { clientId: 'initech', invoiceId: 'INV-7', amount: { amountMinor: 150_000, currency: 'EUR' }, issuedOn: daysAgo(1) },
    });
    const { client: before } = await api.data(CLIENT_QUERY, { id: 'initech' });
    // The read model and the timers follow the log on their own, into the same database.
    await eventually(async () => (await api.data(LIST_QUERY)).clients.totalCount === 1, 'the client in the list');
    await eventually(async () => (await count('timers')) > 0, 'the invoice aging timers stored');

    await app!.stop();
    api = await start();

    const { client: after } = await api.data(CLIENT_QUERY, { id: 'initech' });
    expect(after).toEqual(before);
    expect(after).toMatchObject({
      clientId: 'initech',
      name: 'Initech',
      version: 2,
      invoices: [
        { invoiceId: 'INV-7', amount: { amountMinor: 150_000, currency: 'EUR' }, issuedOn: daysAgo(1), status: 'OPEN', openBalance: { amountMinor: 150_000 } },
      ],
      timeline: {
        totalCount: 2,
        edges: [
          { node: { type: 'InvoiceIssued', revision: 2, position: 2 + ADMIN_KEY_EVENTS } },
          { node: { type: 'ClientRegistered', revision: 1, position: 1 + ADMIN_KEY_EVENTS } },
        ],
      },
    });
    expect((await api.data(LIST_QUERY)).clients.edges).toEqual([{ node: { clientId: 'initech' } }]);
    expect(await count('events')).toBe(2 + ADMIN_KEY_EVENTS);
    expect(await count('api_keys')).toBe(1);
    expect(await count('client_summaries')).toBe(1);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('refuses to start with a database URL it cannot use, naming the variable', async () => {
    const { code, output } = await runAppToExit({ EVENT_STORE: 'postgres', DATABASE_URL: 'mysql://app:s3cret@127.0.0.1/lifecycle', PORT: '0' });

    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL is not valid');
    expect(output).not.toContain('s3cret');
  });

  it('stops at boot when the database server cannot be reached', async () => {
    const { code, output } = await runAppToExit({ EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere', PORT: '0' });

    expect(code).toBe(1);
    expect(output).toMatch(/ECONNREFUSED/);
    expect(output).not.toMatch(/Listening on/);
  });
});
