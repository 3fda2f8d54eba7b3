/**
 * Request-limit figures (`npm run bench`): the built app on a generated log, in its own process.
 *   (1) what the costed fields take on that log, relative to client(id) (the field-cost table's unit);
 *   (2) how long each abuse query of issue 11 takes to be refused;
 *   (3) the latency of { __typename } while those abuse queries are sent without pause.
 * Usage (after `npm run build`): node -r @swc-node/register bench/limits.bench.ts [--clients N] [--seconds S]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SqliteClientSummaryStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryProjection } from '@client-lifecycle/application';
import { flag, generateLog, machine, percentile } from './support/generated-log';

const APP_ENTRY = resolve(__dirname, '../dist/apps/client-lifecycle/apps/client-lifecycle/src/main.js');
const EVENTS_FILE = 'events.sqlite';
const READ_MODELS_FILE = 'read-models.sqlite';
const SAMPLES = 30;

const aliases = (count: number, selection: string): string => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')} }`;

async function prepareDataDir(dataDir: string, clients: number): Promise<string[]> {
  const events = SqliteEventStore.open({ filename: join(dataDir, EVENTS_FILE), clock: new SystemClock(), synchronous: 'NORMAL' });
  const { clientIds } = await generateLog(events, clients);
  const summaries = SqliteClientSummaryStore.open(join(dataDir, READ_MODELS_FILE));
  await new ClientSummaryProjection(events, summaries, new SystemClock()).rebuild();
  await summaries.close();
  await events.close();
  return clientIds;
}

async function startApp(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [APP_ENTRY], {
    // Rate limiting off: this process sends far more than one principal's budget on purpose.
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SCHEDULER: 'off', NO_COLOR: '1', RATE_LIMIT_POINTS: '0' },
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

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.text();
  return { ms: performance.now() - started, body };
}

async function timings(
  url: string,
  query: string,
  variables: (index: number) => Record<string, unknown>,
): Promise<{ p50: number; p99: number; failed: number }> {
  const samples: number[] = [];
  let failed = 0;
  for (let index = 0; index < SAMPLES; index++) {
    const { ms, body } = await post(url, query, variables(index));
    samples.push(ms);
    if (body.includes('"errors"')) failed++;
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), failed };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const clients = flag('clients', 500);
  const seconds = flag('seconds', 10);
  const dataDir = mkdtempSync(join(tmpdir(), 'limits-bench-'));
  let child: ChildProcess | undefined;
  try {
    console.log(machine());
    process.stderr.write(`preparing ${clients} generated clients...\n`);
    const clientIds = await prepareDataDir(dataDir, clients);
    const app = await startApp(dataDir);
    child = app.child;
    const byIndex = (index: number) => ({ id: clientIds[(index * 7919) % clientIds.length] });

    console.log(`(1) field costs on ${clients} generated clients, p50 of ${SAMPLES} sequential requests`);
    const fields: [string, string][] = [
      ['client(id)', 'query ($id: String!) { client(id: $id) { name version } }'],
      ['+ risk', 'query ($id: String!) { client(id: $id) { name risk { score } } }'],
      ['+ profitability', 'query ($id: String!) { client(id: $id) { name profitability { contributionMargin { amountMinor } } } }'],
      ['+ collection', 'query ($id: String!) { client(id: $id) { name collection { totalOverdue { amountMinor } } } }'],
      ['+ timeline(first: 100)', 'query ($id: String!) { client(id: $id) { name timeline(first: 100) { edges { node { type summary } } } } }'],
      ['portfolio', '{ portfolio(from: "2026-01-01", to: "2026-11-20") { clientCount } }'],
    ];
    let unit = 0;
    for (const [title, query] of fields) {
      const { p50, failed } = await timings(app.url, query, title === 'portfolio' ? () => ({}) : byIndex);
      if (unit === 0) unit = p50;
      console.log(`  ${title}: p50 ${ms(p50)} (${(p50 / unit).toFixed(1)}× client(id))${failed ? `, ${failed} answered with errors` : ''}`);
    }

    const abuse: [string, string][] = [
      [
        '100 aliases of clients(first: 100) { ... timeline(first: 100) }',
        aliases(100, 'clients(first: 100) { edges { node { client { timeline(first: 100) { edges { node { type summary } } } } } } }'),
      ],
      ['1,000 aliases of client(id) { risk }', aliases(1_000, `client(id: "${clientIds[0]}") { risk { score } }`)],
      ['10 aliases of portfolio', aliases(10, 'portfolio(from: "2026-01-01", to: "2026-11-20") { clientCount }')],
      ['nesting 24 deep', `{ client(id: "${clientIds[0]}") { ${'termination { client { '.repeat(12)}name${' } }'.repeat(12)} } }`],
      ['3,000 tokens', `{ client(id: "${clientIds[0]}") { ${'name '.repeat(3_000)}} }`],
      ['40 directives', `{ client(id: "${clientIds[0]}") { ${'name @include(if: true) '.repeat(40)}} }`],
    ];
    console.log(`(2) refusal time of each abuse query, ${SAMPLES} sequential requests`);
    for (const [title, query] of abuse) {
      const { p50, p99, failed } = await timings(app.url, query, () => ({}));
      console.log(`  ${title} (${(query.length / 1024).toFixed(1)} KB): p50 ${ms(p50)}, p99 ${ms(p99)}, ${SAMPLES - failed} not refused`);
    }

    console.log(`(3) { __typename } for ${seconds} s while 4 connections send the abuse queries without pause`);
    const until = Date.now() + seconds * 1_000;
    let attacks = 0;
    const attacker = async () => {
      for (let index = 0; Date.now() < until; index++) {
        await post(app.url, abuse[index % abuse.length][1]);
        attacks++;
      }
    };
    const probes: number[] = [];
    const prober = async () => {
      while (Date.now() < until) probes.push((await post(app.url, '{ __typename }')).ms);
    };
    await Promise.all([attacker(), attacker(), attacker(), attacker(), prober()]);
    probes.sort((a, b) => a - b);
    console.log(
      `  ${attacks} abuse queries refused; { __typename } answered ${probes.length} times: p50 ${ms(percentile(probes, 50))}, p99 ${ms(percentile(probes, 99))}, max ${ms(probes[probes.length - 1])}`,
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
