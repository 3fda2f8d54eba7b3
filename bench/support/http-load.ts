/**
 * The built app and the anchor (a bare NestJS + Apollo app with constant resolvers of the same
 * shapes, bench/support/anchor-app.ts), each in a process of its own on loopback, loaded with
 * autocannon, or at a steady rate by steady-load.ts: what every bench with HTTP figures shares, so
 * each prints them the same way.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { processCpuMs } from './in-flight-load';
import { quantile, steadyLoad } from './steady-load';

const APP_ENTRY = resolve(__dirname, '../../dist/apps/client-lifecycle/apps/client-lifecycle/src/main.js');
const ANCHOR_ENTRY = resolve(__dirname, 'anchor-app.ts');
/** The app's ADMIN_API_KEY here, sent with every request: the figures include authentication. */
export const BENCH_KEY = 'bench-admin-key-0123456789abcdefghijklmnop';

export interface BenchProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Processes of the same app beside this one (its workers, with `--split`), so their CPU counts too. */
  readonly others?: readonly ChildProcess[];
}

/** Spawns a process that prints "Listening on URL/graphql" (or "URL/health", without the api role) once it serves. */
async function startProcess(args: readonly string[], env: NodeJS.ProcessEnv): Promise<BenchProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done, fail) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (http:\/\/[^\s/]+\/(?:graphql|health))/.exec(output);
      if (!match) return;
      // From here on the output is drained, not kept: the app logs a line per request, and this process (autocannon's)
      // searching a growing text on each chunk competed with the load, and filled the pipe the app's logger writes to in sync.
      child.stdout?.off('data', read);
      child.stdout?.resume();
      done(match[1]);
    };
    child.stdout?.on('data', read);
    child.once('exit', (code) => fail(new Error(`${args.join(' ')} exited with code ${code}:\n${output}`)));
  });
  processesAt.set(url, [child]);
  return { url, child };
}

/** The processes serving each URL, so a load on it can say the CPU they spent per request. */
const processesAt = new Map<string, readonly ChildProcess[]>();
const cpuAt = (url: string): number => processesAt.get(url)?.reduce((sum, child) => sum + processCpuMs(child.pid), 0) ?? Number.NaN;

const BENCH_APP_ENV = { NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', SCHEDULER: 'off', RATE_LIMIT_POINTS: '0', ADMIN_API_KEY: BENCH_KEY };

/**
 * The built app (`npm run build`) on a prepared DATA_DIR, without the scheduler or a rate limit,
 * once every read model has caught up with the log (`/health`): a read model that starts empty
 * follows the whole log first, and the figures are of a service in its steady state. `split`:
 * the API in one process and the workers (projector, saga, relay) in another, as
 * docker-compose.yml deploys them; one process with every role otherwise (`npm start`).
 */
export async function startBenchApp(dataDir: string, { split = false }: { split?: boolean } = {}): Promise<BenchProcess> {
  const worker = split ? await startProcess([APP_ENTRY], { ...BENCH_APP_ENV, DATA_DIR: dataDir, ROLES: 'projector,saga,relay' }) : null;
  const app = await startProcess([APP_ENTRY], { ...BENCH_APP_ENV, DATA_DIR: dataDir, ...(split ? { ROLES: 'api' } : {}) });
  // The workers' own count: a process without the saga's lease reads the saga's stored checkpoint, which may trail.
  await caughtUp(worker ? worker.url : app.url.replace(/\/graphql$/, '/health'));
  if (worker) processesAt.set(app.url, [app.child, worker.child]);
  return worker ? { ...app, others: [worker.child] } : app;
}

async function caughtUp(healthUrl: string): Promise<void> {
  const started = performance.now();
  for (;;) {
    const { projectionLag } = (await (await fetch(healthUrl)).json()) as { projectionLag: Record<string, number> };
    if (Object.values(projectionLag).every((lag) => lag === 0)) break;
    await new Promise((wake) => setTimeout(wake, 500));
  }
  process.stderr.write(`the app's read models caught up with the log ${Math.round(performance.now() - started)} ms after it listened\n`);
}

export const startAnchor = (): Promise<BenchProcess> => startProcess(['-r', '@swc-node/register', ANCHOR_ENTRY], { NODE_ENV: 'production' });

export interface Load {
  readonly url: string;
  readonly seconds: number;
  readonly connections: number;
  /** One body for every request, or the body of the n-th request. */
  readonly body: string | ((index: number) => string);
  /** Requests per second to hold; none: as fast as the connections go. */
  readonly rate?: number;
}

export interface Figures {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly failed: number;
  /** CPU time the serving processes spent per request (ms), when they were started here. */
  readonly cpuMsPerRequest?: number;
}

const HEADERS = { 'content-type': 'application/json', authorization: `Bearer ${BENCH_KEY}` };

/**
 * A load; a response carrying GraphQL errors counts as an error, not as a fast answer. With a
 * rate, an open-loop load at that even rate (steady-load.ts); without, autocannon's closed loop,
 * each connection sending its next request when the last is answered.
 */
export async function measure(load: Load): Promise<Figures> {
  const cpuBefore = cpuAt(load.url);
  const figures = load.rate === undefined ? await asFastAsTheyGo(load) : await atSteadyRate({ ...load, rate: load.rate });
  return { ...figures, cpuMsPerRequest: (cpuAt(load.url) - cpuBefore) / Math.max(1, figures.requests) };
}

const bodyOf = (body: Load['body']) => (index: number) => (typeof body === 'string' ? body : body(index));

/** Latencies to a tenth of a millisecond: a quiet answer takes a few. */
const tenths = (ms: number): number => Math.round(ms * 10) / 10;

async function atSteadyRate({ url, seconds, connections, body, rate }: Load & { rate: number }): Promise<Figures> {
  const steady = await steadyLoad({ url, seconds, connections, rate, headers: HEADERS, body: bodyOf(body) });
  return {
    requests: steady.requests,
    perSecond: steady.perSecond,
    p50: tenths(quantile(steady.latencies, 0.5)),
    p99: tenths(quantile(steady.latencies, 0.99)),
    max: tenths(quantile(steady.latencies, 1)),
    failed: steady.failed,
  };
}

async function asFastAsTheyGo({ url, seconds, connections, body }: Load): Promise<Figures> {
  let sent = 0;
  let graphqlErrors = 0;
  const nth = bodyOf(body);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: HEADERS,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: nth(sent++) }),
        onResponse: (_status, responseBody) => {
          if (responseBody.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failed: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

/** Said beside a ratio whose anchor failed requests: an anchor answering errors (e.g. a query its shapes do not match) is no measure. */
const anchorFailures = (anchor: Figures): string =>
  anchor.failed === 0
    ? ''
    : `; THE ANCHOR FAILED ${anchor.failed.toLocaleString('en-US')} of ${anchor.requests.toLocaleString('en-US')}: the ratio is meaningless`;

/** A figure as one line, with its ratio to the anchor's figure of the same run when there is one. */
export const figureLine = (title: string, figures: Figures, anchor?: Figures): string =>
  `${title}: ${Math.round(figures.perSecond).toLocaleString('en-US')} req/s${anchor ? ` = ${((figures.perSecond / anchor.perSecond) * 100).toFixed(0)}% of the anchor (${Math.round(anchor.perSecond).toLocaleString('en-US')} req/s, p99 ${anchor.p99} ms${cpuPerRequest(anchor)}${anchorFailures(anchor)})` : ''}, p50 ${figures.p50} ms, p99 ${figures.p99} ms, max ${figures.max} ms${cpuPerRequest(figures)}, ${figures.failed} failed of ${figures.requests.toLocaleString('en-US')}`;

/** CPU per request: steadier than throughput on a shared machine (/proc counts in 10 ms ticks, so short loads are coarse). */
const cpuPerRequest = (figures: Figures): string =>
  figures.cpuMsPerRequest === undefined || Number.isNaN(figures.cpuMsPerRequest) ? '' : `, CPU ${figures.cpuMsPerRequest.toFixed(3)} ms/req`;
