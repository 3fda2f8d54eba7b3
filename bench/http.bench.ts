/**
 * HTTP figures of the read side (`npm run bench`): the built app runs in its own process on
 * loopback, on a data folder prepared here, and this process loads it with autocannon at a
 * steady rate (latencies corrected for coordinated omission).
 *   (1) client(id) with risk and profitability at 1,000 req/s, over the generated clients;
 *   (2) clients(first: 50, filter: {band: RED}) on a list of 100,000 clients.
 * Usage (after `npm run build`): node -r @swc-node/register bench/http.bench.ts [--clients N] [--seconds S]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { SqliteClientSummaryStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryProjection } from '@client-lifecycle/application';
import { flag, generateLog, machine } from './support/generated-log';
import { syntheticRows } from './support/synthetic-rows';

const APP_ENTRY = resolve(__dirname, '../dist/apps/client-lifecycle/apps/client-lifecycle/src/main.js');
/** The file names the app uses in DATA_DIR (apps/client-lifecycle/src/infrastructure). */
const EVENTS_FILE = 'events.sqlite';
const READ_MODELS_FILE = 'read-models.sqlite';
const LIST_CLIENTS = 100_000;
const RATE = 1_000;
/** The app's ADMIN_API_KEY here, sent with every request: the figures include authentication. */
const BENCH_KEY = 'bench-admin-key-0123456789abcdefghijklmnop';
const CONNECTIONS = 16;

const CLIENT_QUERY = `query Client($id: String!) {
  client(id: $id) {
    clientId name version
    outstanding { amountMinor currency }
    risk { score band recommendation archetypes topFactors { key points maxPoints explanation evidenceEventIds } trend { delta } }
    profitability { invoicedMinor collectedMinor outstandingMinor contributionMarginMinor contributionMarginPercent effectiveHourlyRateMinor paymentIndex costToServeMinor }
  }
}`;

const RED_LIST_QUERY = `query RedList($after: String) {
  clients(first: 50, filter: { band: RED }, after: $after) {
    totalCount
    edges { cursor node { clientId name score band recommendation archetypes overdueMinor contributionMarginMinor asOf } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function prepareDataDir(dataDir: string, clients: number): Promise<{ clientIds: string[]; events: number }> {
  const events = SqliteEventStore.open({ filename: join(dataDir, EVENTS_FILE), clock: new SystemClock(), synchronous: 'NORMAL' });
  const generated = await generateLog(events, clients);
  const summaries = SqliteClientSummaryStore.open(join(dataDir, READ_MODELS_FILE));
  const checkpoint = await new ClientSummaryProjection(events, summaries).rebuild();
  // The list holds the generated clients plus synthetic rows up to 100,000: generating a log that large takes minutes and measures nothing more here.
  await summaries.commit(syntheticRows(LIST_CLIENTS - clients, clients), checkpoint);
  await summaries.close();
  await events.close();
  return generated;
}

async function startApp(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [APP_ENTRY], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SCHEDULER: 'off', NO_COLOR: '1', RATE_LIMIT_POINTS: '0', ADMIN_API_KEY: BENCH_KEY },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (http:\/\/[^\s/]+)\/graphql/.exec(output);
      if (match) done(`${match[1]}/graphql`);
    });
    child.once('exit', (code) => fail(new Error(`the app exited with code ${code}:\n${output}`)));
  });
  return { url, child };
}

interface Load {
  readonly title: string;
  readonly url: string;
  readonly seconds: number;
  readonly body: (index: number) => string;
}

/** A steady load; a response carrying GraphQL errors counts as an error, not as a fast answer. */
async function measure({ title, url, seconds, body }: Load): Promise<string> {
  let sent = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_KEY}` },
    connections: CONNECTIONS,
    overallRate: RATE,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: body(sent++) }),
        onResponse: (_status, responseBody) => {
          if (responseBody.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  const failed = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  return `${title}: ${result.requests.total.toLocaleString('en-US')} requests in ${seconds} s at ${Math.round(result.requests.average).toLocaleString('en-US')} req/s, latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, ${failed} failed`;
}

async function main(): Promise<void> {
  const clients = flag('clients', 2_000);
  const seconds = flag('seconds', 20);
  const dataDir = mkdtempSync(join(tmpdir(), 'http-bench-'));
  let child: ChildProcess | undefined;
  try {
    console.log(machine());
    process.stderr.write(`preparing ${clients} generated clients and a list of ${LIST_CLIENTS} clients...\n`);
    const { clientIds, events } = await prepareDataDir(dataDir, clients);
    const app = await startApp(dataDir);
    child = app.child;
    const clientBody = (index: number) => JSON.stringify({ query: CLIENT_QUERY, variables: { id: clientIds[(index * 7919) % clientIds.length] } });
    const listBody = () => JSON.stringify({ query: RED_LIST_QUERY, variables: { after: null } });
    await measure({ title: 'warm-up', url: app.url, seconds: 5, body: clientBody });
    console.log(
      await measure({
        title: `client(id) with risk and profitability, ${clients.toLocaleString('en-US')} clients (${events.toLocaleString('en-US')} events), ${RATE} req/s target (p99 < 10 ms)`,
        url: app.url,
        seconds,
        body: clientBody,
      }),
    );
    console.log(
      await measure({
        title: `clients(first: 50, filter: {band: RED}) on ${LIST_CLIENTS.toLocaleString('en-US')} clients, ${RATE} req/s target (p99 < 25 ms)`,
        url: app.url,
        seconds,
        body: listBody,
      }),
    );
  } finally {
    child?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
