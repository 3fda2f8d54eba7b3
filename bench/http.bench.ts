/**
 * HTTP figures (`npm run bench`): the built app and the anchor (a bare NestJS + Apollo app with
 * constant resolvers of the same shapes, bench/support/anchor-app.ts) each run in their own
 * process on loopback; this process loads both in turn, in the same run, and prints the app's
 * throughput as a ratio to the anchor's (as fast as 16 connections go, by autocannon; at a steady
 * rate, open-loop, each latency running from when its request was due: support/steady-load.ts).
 *   (1) client(id) with risk and profitability over the generated clients, and p99 at 1,000 req/s;
 *   (2) clients(first: 50, filter: {band: RED}) on a list of 100,000 clients;
 *   (3) portfolio over the 100,000 listed clients;
 *   (4) logTime across the generated clients (FULL durability), and p99 at 500 req/s;
 *   (5) oneClient: 2,000 logTime on one client, 16 in flight, in all, then client(id) on it; then
 *       commands and client(id) one at a time on a client with 20,000 events.
 * Usage (after `npm run build`): node -r @swc-node/register bench/http.bench.ts [--clients N] [--seconds S] [--only client,list,portfolio,logTime,oneClient] [--split]
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteClientSummaryStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryProjection } from '@client-lifecycle/application';
import { flag, generateLog, machine } from './support/generated-log';
import { BENCH_KEY, type BenchProcess, figureLine, measure, startAnchor, startBenchApp } from './support/http-load';
import { figuresOf, processCpuMs, sendInFlight } from './support/in-flight-load';
import { appendLongClient } from './support/long-client';
import { syntheticRows } from './support/synthetic-rows';

/** The file names the app uses in DATA_DIR (apps/client-lifecycle/src/infrastructure). */
const EVENTS_FILE = 'events.sqlite';
const READ_MODELS_FILE = 'read-models.sqlite';
const LIST_CLIENTS = 100_000;
const RATE = 1_000;
const CONNECTIONS = 16;

const CLIENT_QUERY = `query Client($id: String!) {
  client(id: $id) {
    clientId name version
    outstanding { amountMinor currency }
    risk { score band recommendation archetypes topFactors { key points maxPoints explanation evidenceEventIds } trend { delta } }
    profitability { invoiced { amountMinor } collected { amountMinor } outstanding { amountMinor } contributionMargin { amountMinor } contributionMarginPercent effectiveHourlyRate { amountMinor } paymentIndex costToServe { amountMinor } }
  }
}`;

const RED_LIST_QUERY = `query RedList($after: String) {
  clients(first: 50, filter: { band: RED }, after: $after) {
    totalCount
    edges { cursor node { clientId name score band recommendation archetypes overdue { amountMinor currency } contributionMargin { amountMinor currency } asOf } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function prepareDataDir(dataDir: string, clients: number): Promise<{ clientIds: string[]; events: number }> {
  const events = SqliteEventStore.open({ filename: join(dataDir, EVENTS_FILE), clock: new SystemClock(), synchronous: 'NORMAL' });
  const generated = await generateLog(events, clients);
  const summaries = SqliteClientSummaryStore.open(join(dataDir, READ_MODELS_FILE));
  const checkpoint = await new ClientSummaryProjection(events, summaries, new SystemClock()).rebuild();
  // The list holds the generated clients plus synthetic rows up to 100,000: generating a log that large takes minutes and measures nothing more here.
  await summaries.commit(syntheticRows(LIST_CLIENTS - clients, clients), checkpoint);
  await summaries.close();
  await events.close();
  return generated;
}

const PORTFOLIO_QUERY = `query Portfolio($from: Date!, $to: Date!) {
  portfolio(from: $from, to: $to, top: 10) {
    clientCount clientsByBand { band clients }
    byCurrency { currency accountsReceivable { amountMinor } dso bestPossibleDso ceiPercent expectedCreditLoss { amountMinor } contributionMargin { amountMinor } agingReport { current { amountMinor } days1To30 { amountMinor } days31To60 { amountMinor } days61To90 { amountMinor } over90 { amountMinor } } }
    topByRisk { clientId score band } topByLostMargin { clientId contributionMargin { amountMinor currency } }
  }
}`;

const LOG_TIME_MUTATION = `mutation LogTime($input: LogTimeInput!) { logTime(input: $input) { clientId version } }`;

/** The client the 2,000 commands go to, and the one with 20,000 events: streams of their own, apart from the generated clients. */
const ONE_CLIENT = { id: 'bench-one-client', events: 100, commands: 2_000, inFlight: 16, reads: 200 };
const LONG_CLIENT = { id: 'bench-long-client', events: 20_000, rounds: 200 };

async function appendOneClientStreams(dataDir: string): Promise<void> {
  const events = SqliteEventStore.open({ filename: join(dataDir, EVENTS_FILE), clock: new SystemClock(), synchronous: 'NORMAL' });
  await appendLongClient(events, ONE_CLIENT.id, ONE_CLIENT.events);
  await appendLongClient(events, LONG_CLIENT.id, LONG_CLIENT.events);
  await events.close();
}

/** Issue 13's figures for one busy client: many commands at once on one stream, then reads of it; then a client with a long stream. */
/** CPU of every process of the app, the API's and its workers'. */
const appCpuMs = (app: BenchProcess): number => [app.child, ...(app.others ?? [])].reduce((sum, child) => sum + processCpuMs(child.pid), 0);

async function oneClientFigures(app: BenchProcess, anchor: BenchProcess): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const logTime = (clientId: string, index: number) =>
    JSON.stringify({
      query: LOG_TIME_MUTATION,
      variables: { input: { clientId, timeEntryId: `ONE-${index}`, activity: 'DELIVERY', minutes: 15, billable: true, workedOn: today } },
    });
  const read = (clientId: string) => JSON.stringify({ query: CLIENT_QUERY, variables: { id: clientId } });
  const { commands, inFlight, reads } = ONE_CLIENT;
  const cpuBefore = appCpuMs(app);
  const burst = await sendInFlight(app.url, commands, inFlight, (index) => logTime(ONE_CLIENT.id, index));
  const burstCpu = appCpuMs(app) - cpuBefore;
  const anchorBurst = await sendInFlight(anchor.url, commands, inFlight, (index) => logTime(ONE_CLIENT.id, index));
  console.log(
    figureLine(
      `${commands.toLocaleString('en-US')} logTime on one client (${ONE_CLIENT.events} events before), ${inFlight} in flight: ${(burst.wallMs / 1000).toFixed(1)} s in all, app CPU ${(burstCpu / 1000).toFixed(1)} s (target < 20 s)`,
      figuresOf(burst.answers, burst.wallMs),
      figuresOf(anchorBurst.answers, anchorBurst.wallMs),
    ),
  );
  const first = await sendInFlight(app.url, 1, 1, () => read(ONE_CLIENT.id));
  const anchorReads = await sendInFlight(anchor.url, reads, 1, () => read(ONE_CLIENT.id));
  const appReads = await sendInFlight(app.url, reads, 1, () => read(ONE_CLIENT.id));
  console.log(
    figureLine(
      `then client(id) with risk and profitability on it (${(ONE_CLIENT.events + commands).toLocaleString('en-US')} events), first in ${first.answers[0].ms.toFixed(1)} ms${first.answers[0].failed ? ' (failed)' : ''}, then ${reads} one at a time (target < 50 ms)`,
      figuresOf(appReads.answers, appReads.wallMs),
      figuresOf(anchorReads.answers, anchorReads.wallMs),
    ),
  );
  // A command, then a read that has it to assess, one at a time: the reads never meet an assessment made before.
  const firstLong = await sendInFlight(app.url, 1, 1, () => read(LONG_CLIENT.id));
  const cpuBeforeLong = appCpuMs(app);
  const rounds = await sendInFlight(app.url, LONG_CLIENT.rounds * 2, 1, (index) => (index % 2 === 0 ? logTime(LONG_CLIENT.id, index) : read(LONG_CLIENT.id)));
  const roundsCpu = appCpuMs(app) - cpuBeforeLong;
  const long = `a client with ${LONG_CLIENT.events.toLocaleString('en-US')} events (first client(id) in ${firstLong.answers[0].ms.toFixed(0)} ms), ${LONG_CLIENT.rounds} rounds of a logTime then a client(id), one at a time, app CPU ${(roundsCpu / LONG_CLIENT.rounds).toFixed(1)} ms a round`;
  console.log(
    figureLine(
      `${long}: the logTime (target p99 < 20 ms)`,
      figuresOf(
        rounds.answers.filter((_, index) => index % 2 === 0),
        rounds.wallMs,
      ),
    ),
  );
  console.log(
    figureLine(
      `${long}: the client(id) (target p99 < 20 ms)`,
      figuresOf(
        rounds.answers.filter((_, index) => index % 2 === 1),
        rounds.wallMs,
      ),
    ),
  );
}

async function main(): Promise<void> {
  const clients = flag('clients', 2_000);
  const seconds = flag('seconds', 20);
  const onlyAt = process.argv.indexOf('--only');
  const sections = onlyAt === -1 ? null : new Set(process.argv[onlyAt + 1].split(','));
  const runs = (section: 'client' | 'list' | 'portfolio' | 'logTime' | 'oneClient') => sections === null || sections.has(section);
  const dataDir = mkdtempSync(join(tmpdir(), 'http-bench-'));
  const children: ChildProcess[] = [];
  try {
    console.log(machine());
    process.stderr.write(`preparing ${clients} generated clients and a list of ${LIST_CLIENTS} clients...\n`);
    if (runs('oneClient')) await appendOneClientStreams(dataDir);
    const { clientIds, events } = await prepareDataDir(dataDir, clients);
    const anchor = await startAnchor();
    children.push(anchor.child);
    const app = await startBenchApp(dataDir, { split: process.argv.includes('--split') });
    children.push(app.child, ...(app.others ?? []));
    const clientBody = (index: number) => JSON.stringify({ query: CLIENT_QUERY, variables: { id: clientIds[(index * 7919) % clientIds.length] } });
    const listBody = () => JSON.stringify({ query: RED_LIST_QUERY, variables: { after: null } });
    const today = new Date().toISOString().slice(0, 10);
    const portfolioBody = () => JSON.stringify({ query: PORTFOLIO_QUERY, variables: { from: `${today.slice(0, 7)}-01`, to: today } });
    const logTimeBody = (index: number) =>
      JSON.stringify({
        query: LOG_TIME_MUTATION,
        variables: {
          input: {
            clientId: clientIds[(index * 7919) % clientIds.length],
            timeEntryId: `BENCH-${index}`,
            activity: 'DELIVERY',
            minutes: 30,
            billable: true,
            workedOn: today,
          },
        },
      });
    const firstPortfolio = performance.now();
    // The portfolio's sums are built in the background from start-up: awaited here, one request at a time, so that building
    // them does not share the CPU with the figures below. A request past the app's deadline is abandoned, but the building
    // goes on, so the next one picks it up.
    let attempts = 0;
    for (let answered = false; !answered;) {
      attempts++;
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_KEY}` },
        body: portfolioBody(),
      });
      const answer = await response.text();
      answered = !answer.includes('"errors"');
      if (!answered && (!answer.includes('REQUEST_TIMEOUT') || attempts === 10))
        throw new Error(`the first portfolio answer carried errors: ${answer.slice(0, 500)}`);
    }
    console.log(
      `portfolio over ${LIST_CLIENTS.toLocaleString('en-US')} listed clients (${clients.toLocaleString('en-US')} with streams): first answer ${Math.round(performance.now() - firstPortfolio)} ms after the read models caught up (${attempts} request(s), each abandoned at the app's deadline but the last)`,
    );
    await measure({ connections: CONNECTIONS, url: anchor.url, seconds: 5, body: clientBody });
    await measure({ connections: CONNECTIONS, url: app.url, seconds: 5, body: clientBody });
    // Every generated client read once, whatever the machine's pace: on a loaded machine 5 s reached a few hundred, and the
    // figures then measured first reads (a whole stream folded) instead of the steady state they are about.
    await sendInFlight(app.url, clientIds.length, CONNECTIONS, clientBody);
    if (runs('client')) {
      // Anchor and app in turn, the same load each, so both meet the same machine.
      const anchorClient = await measure({ connections: CONNECTIONS, url: anchor.url, seconds, body: clientBody });
      const appClient = await measure({ connections: CONNECTIONS, url: app.url, seconds, body: clientBody });
      console.log(
        figureLine(
          `client(id) with risk and profitability, ${clients.toLocaleString('en-US')} clients (${events.toLocaleString('en-US')} events), ${CONNECTIONS} connections (target >= 60%)`,
          appClient,
          anchorClient,
        ),
      );
      console.log(
        figureLine(
          `client(id) at a steady ${RATE} req/s (target p99 < 10 ms)`,
          await measure({ connections: CONNECTIONS, url: app.url, seconds, body: clientBody, rate: RATE }),
        ),
      );
      // Whether the stack itself holds that rate on this machine.
      console.log(
        figureLine(
          `the anchor's client(id) at a steady ${RATE} req/s`,
          await measure({ connections: CONNECTIONS, url: anchor.url, seconds, body: clientBody, rate: RATE }),
        ),
      );
    }
    if (runs('list')) {
      const anchorList = await measure({ connections: CONNECTIONS, url: anchor.url, seconds, body: listBody });
      const appList = await measure({ connections: CONNECTIONS, url: app.url, seconds, body: listBody });
      console.log(
        figureLine(`clients(first: 50, filter: {band: RED}) on ${LIST_CLIENTS.toLocaleString('en-US')} clients (target >= 80%)`, appList, anchorList),
      );
    }
    if (runs('portfolio')) {
      console.log(
        figureLine(
          `portfolio, steady 50 req/s, log unchanged (target p99 < 50 ms)`,
          await measure({ connections: CONNECTIONS, url: app.url, seconds, body: portfolioBody, rate: 50 }),
        ),
      );
    }
    if (runs('logTime')) {
      const anchorLogTime = await measure({ connections: CONNECTIONS, url: anchor.url, seconds, body: logTimeBody });
      const cpuBefore = appCpuMs(app);
      const appLogTime = await measure({ connections: CONNECTIONS, url: app.url, seconds, body: (index) => logTimeBody(index + 1_000_000) });
      // The projections finish the last pages after the load: counted too, as each append costs them.
      await new Promise((wake) => setTimeout(wake, 2_000));
      const cpuPerLogTime = (appCpuMs(app) - cpuBefore) / appLogTime.requests;
      console.log(
        figureLine(
          `logTime across ${clients.toLocaleString('en-US')} clients, SQLITE_SYNCHRONOUS=FULL, app CPU ${cpuPerLogTime.toFixed(2)} ms a logTime (target >= 40%)`,
          appLogTime,
          anchorLogTime,
        ),
      );
      console.log(
        figureLine(
          `logTime at a steady 500 req/s (target p99 < 25 ms)`,
          await measure({ connections: CONNECTIONS, url: app.url, seconds, body: (index) => logTimeBody(index + 2_000_000), rate: 500 }),
        ),
      );
    }
    if (runs('oneClient')) await oneClientFigures(app, anchor);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
