/**
 * What folding one client's stream costs by its length, and a command and `client(id) { risk }`
 * on a client with 20,000 events (SQLite, FULL durability). Only the APIs main also has are
 * timed, so the same script run from main's tree gives the "before" figures:
 *
 *   node --expose-gc -r @swc-node/register bench/client-fold.bench.ts [--iterations 20] [--lengths 1000,4000,16000,20000]
 *
 * A mutation's payload is the outcome's client when the handler hands it over (this branch), else
 * a second read and fold (main's resolver); risk is assessed on the view when the queries offer
 * `assess` (this branch), else folded again (main).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { v7 } from 'uuid';
import { FixedClock, SqliteEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import * as application from '@client-lifecycle/application';
import { type ClientEvent, clientDecider, clientStreamId, foldClientHistory, foldEvents } from '@client-lifecycle/domain';
import type { RecordedEvent } from '@client-lifecycle/ports';
import { flag, machine, percentile } from './support/generated-log';
import { appendLongClient, longClientEvents } from './support/long-client';

const CLIENT_ID = 'bench-long';
const NOW = new Date('2026-11-20T12:00:00.000Z');
const lengths = (process.argv.find((arg) => arg.startsWith('--lengths='))?.slice('--lengths='.length) ?? '1000,4000,16000,20000').split(',').map(Number);
const iterations = flag('iterations', 20);

const clientEvents = (length: number): ClientEvent[] => longClientEvents(CLIENT_ID, length);

const recordedOf = (events: readonly ClientEvent[]): RecordedEvent[] =>
  events.map((event, index) => ({
    eventId: v7(),
    type: event.type,
    schemaVersion: 1,
    streamId: clientStreamId(CLIENT_ID),
    revision: index + 1,
    position: index + 1,
    occurredAt: '2026-11-01T09:00:00.000Z',
    recordedAt: '2026-11-01T09:00:00.000Z',
    data: event.data,
    metadata: { correlationId: 'bench', causationId: null, actor: 'bench' },
  }));

const timed = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};

/** The result, the wall time and the CPU time this process spent (steadier than wall time on a shared machine). */
const timedAsync = async <T>(work: () => Promise<T>): Promise<[T, number, number]> => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const spent = process.cpuUsage(cpu);
  return [result, performance.now() - started, (spent.user + spent.system) / 1000];
};

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function foldFigures(): void {
  console.log('\nfold of one client stream (once each, after a 1,000-event warm-up)');
  const warmUp = clientEvents(1_000);
  foldEvents(clientDecider, warmUp);
  foldClientHistory(recordedOf(warmUp).map(application.toClientFact));
  const ClientFold = (application as Record<string, unknown>).ClientFold as { replayed(events: RecordedEvent[]): unknown } | undefined;
  for (const length of lengths) {
    const events = clientEvents(length);
    const recorded = recordedOf(events);
    const facts = recorded.map(application.toClientFact);
    const [, decider] = timed(() => foldEvents(clientDecider, events));
    const [, history] = timed(() => foldClientHistory(facts));
    const both = ClientFold ? ms(timed(() => ClientFold.replayed(recorded))[1]) : 'n/a';
    console.log(
      `  ${String(length).padStart(6)} events: decider state ${ms(decider)}, client history ${ms(history)}, both from stored events (ClientFold) ${both}`,
    );
  }
}

/** Heap held per folded event, for the cache budget (needs --expose-gc). */
function heapPerEvent(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const ClientFold = (application as Record<string, unknown>).ClientFold as { replayed(events: RecordedEvent[]): unknown } | undefined;
  if (!gc || !ClientFold) return;
  gc();
  const before = process.memoryUsage().heapUsed;
  // The stored events are dropped once folded, as the cache drops them: what stays is the fold.
  const fold = ClientFold.replayed(recordedOf(clientEvents(20_000)));
  gc();
  const held = process.memoryUsage().heapUsed - before;
  if (fold === null) return; // keeps the fold alive until measured
  console.log(`\nheap held by a folded client of 20,000 events: ${(held / 2 ** 20).toFixed(1)} MiB, ${Math.round(held / 20_000)} bytes per event`);
}

async function appFigures(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'client-fold-bench-'));
  const clock = new FixedClock(NOW);
  const store = SqliteEventStore.open({ filename: join(dir, 'events.db'), clock, synchronous: 'FULL' });
  try {
    await appendLongClient(store, CLIENT_ID, 20_000);
    // One cache for commands and reads, as the app wires it; main's constructors take no cache and ignore it.
    const Folds = (application as Record<string, unknown>).ClientFolds as (new (events: typeof store) => unknown) | undefined;
    const folds = Folds ? new Folds(store) : undefined;
    const handler = new application.ClientCommandHandler(store, clock, new UuidV7Generator(), { maxAttempts: 5 }, folds as never);
    const queries = new application.ClientQueries(store, folds as never);
    const insights = new application.ClientInsightQueries(store, clock, undefined, queries as never); // main's constructor ignores the fourth argument
    let entry = 0;
    const command = async () => {
      const outcome = (await handler.handle(
        {
          type: 'LogTime',
          data: { clientId: CLIENT_ID, timeEntryId: `bench-${entry++}`, activity: 'DELIVERY', minutes: 15, billable: true, workedOn: '2026-11-19' },
        },
        { actor: 'bench' },
      )) as { client?: unknown };
      return outcome.client ?? (await queries.findClient(CLIENT_ID));
    };
    const clientWithRisk = async () => {
      const view = await queries.findClient(CLIENT_ID);
      const assess = (insights as { assess?: (view: unknown) => unknown }).assess;
      return assess ? assess.call(insights, view) : await insights.insight(CLIENT_ID);
    };
    console.log(`\non a client with 20,000 events (SQLite FULL), ${iterations} iterations after the first`);
    const commandThenRead = async () => [await command(), await clientWithRisk()];
    const workloads = [
      ['command (logTime) with its payload client', command],
      ['client(id) { risk } with no new event', clientWithRisk],
      ['command, then client(id) { risk } (assessed afresh)', commandThenRead],
    ] as const;
    for (const [name, work] of workloads) {
      const [, first] = await timedAsync(work);
      const samples: number[] = [];
      const cpuSamples: number[] = [];
      for (let index = 0; index < iterations; index++) {
        const [, wall, cpu] = await timedAsync(work);
        samples.push(wall);
        cpuSamples.push(cpu);
      }
      samples.sort((a, b) => a - b);
      cpuSamples.sort((a, b) => a - b);
      const then =
        samples.length === 0
          ? ''
          : `; then p50 ${ms(percentile(samples, 50))}, p99 ${ms(percentile(samples, 99))}, max ${ms(samples[samples.length - 1])}; CPU p50 ${ms(percentile(cpuSamples, 50))}, p99 ${ms(percentile(cpuSamples, 99))}`;
      console.log(`  ${name}: first ${ms(first)}${then}`);
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One assessment (risk with its trend, profitability, collection) of a 20,000-event history, in CPU
 * time: what a read right after a write pays. Twice: the same snapshot again and again (what an
 * unchanged list already answered is not computed again), and each time with every list a fresh
 * array of the same entries (nothing remembered: a first read, or a history no snapshot shares).
 */
function assessmentFigures(): void {
  const ClientFold = (application as Record<string, unknown>).ClientFold as
    { replayed(events: RecordedEvent[]): { view(): { history: Parameters<typeof application.readyAssessment>[0] } | null } } | undefined;
  const history = ClientFold?.replayed(recordedOf(clientEvents(20_000))).view()?.history;
  if (!history) return;
  const day = NOW.toISOString().slice(0, 10);
  const fresh = () =>
    Object.freeze(
      Object.fromEntries(Object.entries(history).map(([key, value]) => [key, Array.isArray(value) ? Object.freeze([...value]) : value])),
    ) as typeof history;
  for (const [label, historyOf] of [
    ['the same snapshot', () => history],
    ['fresh lists each time', fresh],
  ] as const) {
    for (let warmUp = 0; warmUp < 3; warmUp++) application.readyAssessment(historyOf(), day);
    const histories = Array.from({ length: iterations }, historyOf);
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const each of histories) application.readyAssessment(each, day);
    const spent = process.cpuUsage(cpu);
    console.log(
      `one assessment of a 20,000-event history (readyAssessment, ${iterations} in a row, ${label}): ${ms((performance.now() - started) / iterations)} wall, ${ms((spent.user + spent.system) / 1000 / iterations)} CPU each`,
    );
  }
}

async function main(): Promise<void> {
  console.log(machine());
  foldFigures();
  heapPerEvent();
  assessmentFigures();
  await appFigures();
}

void main();
