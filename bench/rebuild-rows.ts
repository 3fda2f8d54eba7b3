/**
 * Rebuilds the client list from a kept generated log and writes every row, one JSON line per
 * client in client id order, so a change to the rebuild path can be checked to give
 * byte-identical rows (diff two outputs) and timed without generating the log again.
 * With --assessments, also writes each client's whole assessment (collection, profitability and
 * risk with their evidence and explanations) as of its latest event, for the same check of the
 * read models behind the rows.
 * Usage: node -r @swc-node/register bench/rebuild-rows.ts --log FILE [--clients N] [--cache CLIENTS] [--workers N] [--out ROWS] [--assessments FILE]
 * (--workers: threads assessing clients beside the one reading the log; none by default)
 * (the log is generated into FILE when it is empty).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteClientSummaryStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { assessClient, ClientSummaryProjection, historyOf } from '@client-lifecycle/application';
import { clientIdOfStream, dateOf } from '@client-lifecycle/domain';
import type { ClientSummaryRecord, EventStore, RecordedEvent } from '@client-lifecycle/ports';
import { generateLog } from './support/generated-log';
import { ThreadCpu } from './support/thread-cpu';

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};

/** One JSON line per client, in client id order: its assessment as of the day of its latest event. */
async function assessments(events: EventStore): Promise<string> {
  const byClient = new Map<string, RecordedEvent[]>();
  for (let position = 0; ;) {
    const page = await events.readAll({ after: position, maxCount: 10_000 });
    if (page.length === 0) break;
    for (const event of page) {
      const clientId = clientIdOfStream(event.streamId);
      if (clientId !== null) byClient.set(clientId, [...(byClient.get(clientId) ?? []), event]);
    }
    position = page[page.length - 1].position;
  }
  const lines: string[] = [];
  for (const clientId of [...byClient.keys()].sort()) {
    const stream = byClient.get(clientId) ?? [];
    const history = historyOf(stream);
    if (history) lines.push(JSON.stringify({ clientId, ...assessClient(history, dateOf(stream[stream.length - 1].recordedAt)) }));
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const log = option('log');
  if (!log) throw new Error('--log FILE is required');
  const clients = Number(option('clients') ?? 16_500);
  const events = SqliteEventStore.open({ filename: log, clock: new SystemClock(), synchronous: 'NORMAL' });
  if ((await events.headPosition()) === 0) {
    process.stderr.write(`generating a log of ${clients} clients into ${log}...\n`);
    await generateLog(events, clients);
  }
  const head = await events.headPosition();
  // The raw read of the same log in the same run, the yardstick of the rebuild's throughput.
  const rawStarted = performance.now();
  const rawCpuBefore = process.cpuUsage();
  const rawThreads = new ThreadCpu();
  for (let position = 0; ;) {
    const page = await events.readAll({ after: position, maxCount: 10_000 });
    if (page.length === 0) break;
    position = page[page.length - 1].position;
  }
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  const rawCpu = process.cpuUsage(rawCpuBefore);
  const rawCpuSeconds = (rawCpu.user + rawCpu.system) / 1e6;
  const rawByThread = rawThreads.stop();
  // Rows go to an SQLite file, as in the app, so the peak RSS is the rebuild's own and not the rows'.
  const folder = mkdtempSync(join(tmpdir(), 'rebuild-rows-'));
  const summaries = SqliteClientSummaryStore.open(join(folder, 'read-models.sqlite'));
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const threads = new ThreadCpu();
  const cacheClients = option('cache');
  const workers = option('workers');
  const checkpoint = await new ClientSummaryProjection(events, summaries, new SystemClock(), {
    ...(cacheClients ? { cacheClients: Number(cacheClients) } : {}),
    ...(workers ? { rebuildWorkers: Number(workers) } : {}),
  }).rebuild();
  const seconds = (performance.now() - started) / 1000;
  // CPU time beside wall time: on a shared machine the wall clock also counts the others' load.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const { main: mainCpu, others } = threads.stop();
  console.log(
    `rebuild: ${head} events in ${seconds.toFixed(2)} s = ${Math.round(head / seconds)} events/s (${((rawSeconds / seconds) * 100).toFixed(0)}% of the raw read's ${Math.round(head / rawSeconds)}); CPU ${cpuSeconds.toFixed(2)} s of all threads = ${Math.round(head / cpuSeconds)} events per CPU second (${((rawCpuSeconds / cpuSeconds) * 100).toFixed(0)}% of the raw read's ${Math.round(head / rawCpuSeconds)}); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
  // The main thread reads the log as the raw read does; on an idle machine with a core per thread its CPU time is the wall time.
  console.log(
    `CPU by thread: rebuild main ${mainCpu.toFixed(2)} s (the raw read's ${rawByThread.main.toFixed(2)} s = ${((rawByThread.main / mainCpu) * 100).toFixed(0)}% of it), others ${others.map((seconds) => seconds.toFixed(2)).join(', ')} s (the raw read's ${rawByThread.others.map((seconds) => seconds.toFixed(2)).join(', ')} s)`,
  );
  const out = option('out');
  if (out) {
    const ids = (await summaries.list({}, 'SCORE', 10_000_000, null)).rows.map((row) => row.clientId).sort();
    const rows: ClientSummaryRecord[] = [];
    for (let start = 0; start < ids.length; start += 1_000) rows.push(...(await summaries.find(ids.slice(start, start + 1_000))));
    rows.sort((a, b) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0));
    writeFileSync(out, `checkpoint ${checkpoint}\n${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  }
  await summaries.close();
  rmSync(folder, { recursive: true, force: true });
  const assessmentsFile = option('assessments');
  if (assessmentsFile) writeFileSync(assessmentsFile, await assessments(events));
  await events.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
