import { readdirSync } from 'node:fs';
import { mutationDocument } from '../support/client-mutations';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { runCli } from '../support/cli-process';
import { registerLatePayer } from '../support/termination-mutations';
import { daysAgo, eventually } from '../support/time';

const LIST = '{ clients(first: 100) { totalCount edges { node { clientId name band asOf } } } }';
const CLIENT = 'query One($id: String!) { client(id: $id) { name version risk { band } profitability { contributionMarginMinor } } }';
const FORGET = 'mutation Forget($input: ForgetClientInput!) { forgetClient(input: $input) { clientId } }';
const FIRST_CLIENTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'gone'];

interface ListRow {
  readonly clientId: string;
  readonly name: string;
  readonly band: string;
  readonly asOf: string;
}

describe('rebuild while serving', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('rebuild-while-serving');
    app = await startApp({ dataDir, env: { SCHEDULER: 'off', RATE_LIMIT_POINTS: '0' } });
    api = new GraphqlClient(app.graphqlUrl);
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('npm run rebuild against the running app under write load: the list and client(id) never miss a client, and the forgotten one stays erased', async () => {
    // Given clients, one of them forgotten, and the list caught up
    for (const clientId of FIRST_CLIENTS) await registerLatePayer(api, clientId);
    await api.data(FORGET, { input: { clientId: 'gone', reason: 'erasure request' } });
    const listed = async (): Promise<ListRow[]> => (await api.data<{ clients: { edges: { node: ListRow }[] } }>(LIST)).clients.edges.map((edge) => edge.node);
    await eventually(async () => (await listed()).find((row) => row.clientId === 'gone')?.name === '[erased]', 'the list shows the erasure');

    // A writer registering clients and logging time, and a reader that remembers every client it saw
    const registered = [...FIRST_CLIENTS];
    let serving = true;
    let written = 0;
    const writer = (async () => {
      for (let entry = 0; serving; entry++) {
        if (entry % 4 === 0 && registered.length < 60) {
          const clientId = `w-${entry}`;
          await registerLatePayer(api, clientId);
          registered.push(clientId);
        } else {
          await api.data(mutationDocument('logTime'), {
            input: {
              clientId: registered[entry % registered.length],
              timeEntryId: `t-${entry}`,
              activity: 'DELIVERY',
              minutes: 15,
              billable: true,
              workedOn: daysAgo(1),
            },
          });
        }
        written++;
      }
    })();
    const seen = new Set<string>();
    const problems: string[] = [];
    let reads = 0;
    const reader = (async () => {
      while (serving) {
        const rows = await listed();
        const ids = new Set(rows.map((row) => row.clientId));
        for (const clientId of seen) if (!ids.has(clientId)) problems.push(`${clientId} missing from the list`);
        for (const row of rows) {
          seen.add(row.clientId);
          if (row.clientId === 'gone' ? row.name !== '[erased]' : row.name !== `${row.clientId} Ltd`) problems.push(`${row.clientId} listed as ${row.name}`);
          if (!row.band || !row.asOf) problems.push(`${row.clientId} listed half-built`);
        }
        const clientId = registered[reads % FIRST_CLIENTS.length];
        const { client } = await api.data<{ client: { name: string; risk: { band: string } | null } | null }>(CLIENT, { id: clientId });
        if (!client?.risk) problems.push(`client(${clientId}) answered ${JSON.stringify(client)}`);
        reads++;
      }
    })();
    await eventually(async () => written >= 8, 'the service is writing');

    // When npm run rebuild runs against the running app
    const rebuild = await runCli('rebuild.js', [], { DATA_DIR: dataDir });
    await eventually(async () => written >= 16, 'the service goes on writing after the swap');
    serving = false;
    await Promise.all([writer, reader]);

    // Then the running projector swapped the rebuilt list in, and no read ever missed a client
    expect(rebuild).toMatchObject({ code: 0 });
    expect(rebuild.output).toContain('swapped in by the running projector');
    expect(app.output()).toContain('swapped in the rebuilt client list');
    expect(problems).toEqual([]);
    expect(reads).toBeGreaterThan(0);
    // and the list follows the log again: every client, the forgotten one erased
    await eventually(async () => (await listed()).length === registered.length, 'the list holds every registered client');
    expect((await listed()).find((row) => row.clientId === 'gone')?.name).toBe('[erased]');
    expect(readdirSync(dataDir).filter((name) => name.includes('rebuil'))).toEqual([]);
  });
});
