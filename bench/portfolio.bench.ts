/**
 * The portfolio alone, as the read-models bench measures it but without the rebuild and the list
 * queries before it: 100,000 synthetic client rows in the SQLite client list, the first answer
 * (which reads every row), then answers for periods ending today while a row changes before
 * every tenth, as the projector would change it; then the same with the riskiest client of the
 * last answer changing (its risk falls out of the top list). Wall and CPU time of each answer.
 *   node -r @swc-node/register bench/portfolio.bench.ts [--queries 200]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteClientSummaryStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { PortfolioQueries } from '@client-lifecycle/application';
import { addDays } from '@client-lifecycle/domain';
import { flag, machine, percentile } from './support/generated-log';
import { syntheticRows } from './support/synthetic-rows';

const LIST_CLIENTS = 100_000;

async function main(): Promise<void> {
  const queries = flag('queries', 200);
  const folder = mkdtempSync(join(tmpdir(), 'portfolio-bench-'));
  try {
    console.log(machine());
    const events = SqliteEventStore.open({ filename: join(folder, 'events.sqlite'), clock: new SystemClock(), synchronous: 'NORMAL' });
    const list = SqliteClientSummaryStore.open(join(folder, 'list.sqlite'));
    await list.commit(syntheticRows(LIST_CLIENTS), 1);
    const portfolios = new PortfolioQueries(events, list, new SystemClock());
    const today = new Date().toISOString().slice(0, 10);
    const firstStarted = performance.now();
    const firstCpu = process.cpuUsage();
    await portfolios.portfolio(addDays(today, -90), today, 10);
    const firstSpent = process.cpuUsage(firstCpu);
    const timed = async (change: (query: number) => Promise<void>) => {
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let query = 0; query < queries; query++) {
        if (query % 10 === 0) await change(query);
        const started = performance.now();
        const spent = process.cpuUsage();
        await portfolios.portfolio(addDays(today, -((query % 12) + 1) * 30), today, 10);
        const used = process.cpuUsage(spent);
        wall.push(performance.now() - started);
        cpu.push((used.user + used.system) / 1000);
      }
      wall.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      return `wall p50 ${percentile(wall, 50).toFixed(2)} ms, p99 ${percentile(wall, 99).toFixed(2)} ms; CPU p50 ${percentile(cpu, 50).toFixed(2)} ms, p99 ${percentile(cpu, 99).toFixed(2)} ms`;
    };
    const anyRow = await timed((query) => list.commit(syntheticRows(1, query, today), 1));
    console.log(
      `portfolio(from, today, top: 10) over ${LIST_CLIENTS.toLocaleString('en-US')} clients, in-process: first call ${(performance.now() - firstStarted).toFixed(0)} ms wall, ${((firstSpent.user + firstSpent.system) / 1000).toFixed(0)} ms CPU (reads every row once); then ${anyRow} (target p99 < 50 ms)`,
    );
    // The synthetic row of index 0 is green with a score of 0: the client leaves the riskiest.
    const riskiestChanged = await timed(async () => {
      const [riskiest] = (await portfolios.portfolio(today, today, 10)).topByRisk;
      await list.commit([{ ...syntheticRows(1, 0, today)[0], clientId: riskiest.clientId }], 1);
    });
    console.log(`the same with the riskiest client of the top list changing before every tenth answer: ${riskiestChanged}`);
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
