import { PortfolioAggregates } from '@client-lifecycle/application';
import { addDays } from '@client-lifecycle/domain';
import { syntheticRows } from './support/synthetic-rows';
const today = new Date().toISOString().slice(0, 10);
const agg = new PortfolioAggregates();
for (const row of syntheticRows(100_000)) agg.put({ ...row, sequence: 0 } as never);
const times: number[] = [];
for (let q = 0; q < 100; q++) {
  if (q % 10 === 0) for (const row of syntheticRows(1, q, today)) agg.put({ ...row, sequence: 0 } as never);
  const c = process.cpuUsage();
  agg.view({ from: addDays(today, -((q % 12) + 1) * 30), to: today }, 10);
  const u = process.cpuUsage(c); times.push((u.user + u.system) / 1000);
}
times.sort((a, b) => a - b);
console.log('view cpu p50', times[50].toFixed(2), 'p99', times[98].toFixed(2), 'ms');
