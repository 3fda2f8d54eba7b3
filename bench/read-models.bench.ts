/**
 * Read-model figures (`npm run bench`): rebuild throughput of the client list from a generated
 * log as a ratio to the raw read of the same log in the same run, with peak RSS; the list query
 * and the portfolio on 100,000 clients, measured in-process through the ports.
 * Usage: node -r @swc-node/register bench/read-models.bench.ts [--clients N] [--workers N]
 * (--workers: the rebuild's threads assessing clients beside the one reading the log; none by default)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteClientSummaryStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryProjection, PortfolioQueries } from '@client-lifecycle/application';
import { addDays, RiskBand } from '@client-lifecycle/domain';
import { type ClientSummaryKey, clientSummaryKey } from '@client-lifecycle/ports';
import { flag, generateLog, machine, percentile } from './support/generated-log';
import { syntheticRows } from './support/synthetic-rows';

const LIST_CLIENTS = 100_000;

const cpuSecondsSince = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const LIST_QUERIES = 2_000;
const PORTFOLIO_QUERIES = 200;

async function main(): Promise<void> {
  const clients = flag('clients', 16_500);
  const folder = mkdtempSync(join(tmpdir(), 'read-models-bench-'));
  try {
    console.log(machine());
    const events = SqliteEventStore.open({ filename: join(folder, 'events.sqlite'), clock: new SystemClock(), synchronous: 'NORMAL' });
    process.stderr.write(`generating a log of ${clients} clients...\n`);
    const { events: generated } = await generateLog(events, clients);

    const rawStarted = performance.now();
    const rawCpu = process.cpuUsage();
    for (let position = 0; ;) {
      const page = await events.readAll({ after: position, maxCount: 10_000 });
      if (page.length === 0) break;
      position = page[page.length - 1].position;
    }
    const rawPerSecond = generated / ((performance.now() - rawStarted) / 1000);
    const rawPerCpuSecond = generated / cpuSecondsSince(rawCpu);

    const rebuiltFile = join(folder, 'read-models.sqlite');
    const summaries = SqliteClientSummaryStore.open(rebuiltFile);
    const rssBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    const rebuildCpu = process.cpuUsage();
    await new ClientSummaryProjection(events, summaries, new SystemClock(), { rebuildWorkers: flag('workers', 0) }).rebuild();
    const seconds = (performance.now() - started) / 1000;
    const perCpuSecond = generated / cpuSecondsSince(rebuildCpu);
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    const perSecond = generated / seconds;
    console.log(
      `rebuild: ${generated.toLocaleString('en-US')} events of ${clients.toLocaleString('en-US')} clients in ${seconds.toFixed(1)} s = ${Math.round(perSecond).toLocaleString('en-US')} events/s = ${((perSecond / rawPerSecond) * 100).toFixed(0)}% of the raw read (${Math.round(rawPerSecond).toLocaleString('en-US')} events/s; target >= 80%), peak RSS of the process ${peakRssMiB.toFixed(0)} MiB (${(rssBefore / 1024).toFixed(0)} MiB before the rebuild, after generating the log; target < 512 at 1M events)`,
    );
    // CPU time is what the rebuild itself costs, whatever else the machine runs meanwhile.
    console.log(
      `rebuild in CPU time: ${Math.round(perCpuSecond).toLocaleString('en-US')} events per CPU second = ${((perCpuSecond / rawPerCpuSecond) * 100).toFixed(0)}% of the raw read's ${Math.round(rawPerCpuSecond).toLocaleString('en-US')}`,
    );
    const ids = (await summaries.list({}, 'SCORE', 10_000_000, null)).rows.map((row) => row.clientId);
    const live = SqliteClientSummaryStore.open(join(folder, 'live.sqlite'));
    for (let start = 0; start < ids.length; start += 1_000) await live.commit(await summaries.find(ids.slice(start, start + 1_000)), 1);
    await summaries.close();
    // The swap of a rebuild while serving: the rebuilt file's rows replace those of a live list as large, in one transaction.
    const swapStarted = performance.now();
    await live.replaceWith(rebuiltFile);
    console.log(
      `swap of a rebuilt list into the live one (SQLite, ${ids.length.toLocaleString('en-US')} rows, one transaction): ${(performance.now() - swapStarted).toFixed(0)} ms`,
    );
    await live.close();

    const list = SqliteClientSummaryStore.open(join(folder, 'list.sqlite'));
    await list.commit(syntheticRows(LIST_CLIENTS), 1);
    const timings: number[] = [];
    // Pages 1 to 20 of the list in turn, each continuing after the last row of the one before.
    let after: ClientSummaryKey | null = null;
    for (let query = 0; query < LIST_QUERIES; query++) {
      const begin = performance.now();
      const page = await list.list({ band: RiskBand.Red }, 'SCORE', 50, query % 20 === 0 ? null : after);
      timings.push(performance.now() - begin);
      after = clientSummaryKey(page.rows[page.rows.length - 1], 'SCORE');
    }
    timings.sort((a, b) => a - b);
    console.log(
      `clients(first: 50, filter: {band: RED}) on ${LIST_CLIENTS.toLocaleString('en-US')} clients, store only: p50 ${percentile(timings, 50).toFixed(2)} ms, p99 ${percentile(timings, 99).toFixed(2)} ms (target p99 < 25 ms over HTTP)`,
    );

    // The portfolio over the same 100,000 rows, judged as of today: the first call reads them all, later ones only what changed.
    const portfolios = new PortfolioQueries(events, list, new SystemClock());
    const today = new Date().toISOString().slice(0, 10);
    const firstStarted = performance.now();
    await portfolios.portfolio(addDays(today, -90), today, 10);
    const first = performance.now() - firstStarted;
    const portfolioTimings: number[] = [];
    for (let query = 0; query < PORTFOLIO_QUERIES; query++) {
      // A client's row changes between two answers, as the projector would change it.
      if (query % 10 === 0) await list.commit(syntheticRows(1, query, today), 1);
      const begin = performance.now();
      await portfolios.portfolio(addDays(today, -((query % 12) + 1) * 30), today, 10);
      portfolioTimings.push(performance.now() - begin);
    }
    portfolioTimings.sort((a, b) => a - b);
    console.log(
      `portfolio(from, today, top: 10) over ${LIST_CLIENTS.toLocaleString('en-US')} clients, in-process: first call ${first.toFixed(0)} ms (reads every row once), then p50 ${percentile(portfolioTimings, 50).toFixed(2)} ms, p99 ${percentile(portfolioTimings, 99).toFixed(2)} ms (target p99 < 50 ms)`,
    );
    await list.close();
    await events.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
