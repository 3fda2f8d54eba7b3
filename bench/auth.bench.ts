/**
 * What authentication costs per request (`npm run bench`): the built app serves client(id) with
 * risk and profitability from one prepared data folder, twice in turn: with an API key (verified
 * once with scrypt, then from memory) and with AUTHENTICATION=off, a switch the configuration
 * accepts only under NODE_ENV=test (both runs use NODE_ENV=test, so they differ in nothing else).
 * Each run is a closed loop at full speed; the ratio of the two throughputs is printed.
 * Usage (after `npm run build`): node -r @swc-node/register bench/auth.bench.ts [--clients N] [--seconds S]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { flag, generateLog, machine } from './support/generated-log';

const APP_ENTRY = resolve(__dirname, '../dist/apps/client-lifecycle/apps/client-lifecycle/src/main.js');
const EVENTS_FILE = 'events.sqlite';
const CONNECTIONS = 16;
const KEY = 'bench-auth-key-0123456789abcdefghijklmnopqr';

const CLIENT_QUERY = `query Client($id: String!) {
  client(id: $id) {
    clientId name version
    risk { score band recommendation }
    profitability { outstanding { amountMinor currency } contributionMargin { amountMinor currency } }
  }
}`;

async function startApp(dataDir: string, env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [APP_ENTRY], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SCHEDULER: 'off', ROLES: 'api', NO_COLOR: '1', ...env },
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

/** Requests per second at full speed; a response with GraphQL errors (e.g. a refused key) fails the bench. */
async function throughput(url: string, headers: Record<string, string>, clientIds: readonly string[], seconds: number): Promise<number> {
  let sent = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query: CLIENT_QUERY, variables: { id: clientIds[(sent++ * 7919) % clientIds.length] } }),
        }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  const failed = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  if (failed > 0) throw new Error(`${failed} requests failed`);
  return result.requests.average;
}

async function measure(
  dataDir: string,
  env: Record<string, string>,
  headers: Record<string, string>,
  clientIds: readonly string[],
  seconds: number,
): Promise<number> {
  const app = await startApp(dataDir, env);
  try {
    await throughput(app.url, headers, clientIds, 3); // warm-up: JIT, caches, the one scrypt of the key
    return await throughput(app.url, headers, clientIds, seconds);
  } finally {
    app.child.kill('SIGTERM');
    await new Promise((done) => app.child.once('exit', done));
  }
}

async function main(): Promise<void> {
  const clients = flag('clients', 500);
  const seconds = flag('seconds', 10);
  const dataDir = mkdtempSync(join(tmpdir(), 'auth-bench-'));
  try {
    console.log(machine());
    const events = SqliteEventStore.open({ filename: join(dataDir, EVENTS_FILE), clock: new SystemClock(), synchronous: 'NORMAL' });
    const { clientIds } = await generateLog(events, clients);
    await events.close();
    const withKey = await measure(dataDir, { ADMIN_API_KEY: KEY }, { authorization: `Bearer ${KEY}` }, clientIds, seconds);
    const without = await measure(dataDir, { AUTHENTICATION: 'off' }, {}, clientIds, seconds);
    console.log(
      `client(id), ${CONNECTIONS} connections, ${seconds} s each: with an API key ${Math.round(withKey).toLocaleString('en-US')} req/s, ` +
        `authentication off ${Math.round(without).toLocaleString('en-US')} req/s, ratio ${(withKey / without).toFixed(3)} (overhead ${((1 - withKey / without) * 100).toFixed(1)}%)`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
