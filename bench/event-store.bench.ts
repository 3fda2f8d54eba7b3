/**
 * Throughput of the SQLite event store through the EventStore port, next to raw better-sqlite3
 * doing the same rows on the same schema: the raw figure is the ceiling the adapter can reach.
 * Then the SQLite and PostgreSQL adapters side by side on the same appends (scenario p), against
 * the server at BENCH_DATABASE_URL (default: the test server of the README), in a database
 * of its own that is dropped afterwards; skipped with the reason when no server answers.
 *
 *   npm run bench            a table on stdout
 *   npm run bench -- --json  the same results as JSON
 *   npm run bench -- --only=a,c,p  only those scenarios (for profiling one at a time)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { v7 } from 'uuid';
import { Client } from 'pg';
import { PostgresEventStore, SQLITE_WAL_AUTOCHECKPOINT_PAGES, SqliteEventStore, type SqliteSynchronous, SystemClock } from '@client-lifecycle/adapters';
import type { EventStore, EventToAppend } from '@client-lifecycle/ports';
import { PostgresTestDatabase, TEST_DATABASE_URL } from '@client-lifecycle/testing';

type Mode = SqliteSynchronous;
const MODES: readonly Mode[] = ['FULL', 'NORMAL'];

/** What a scenario must reach: a share of the raw ceiling, or an absolute rate. */
type Target = { readonly kind: 'ratio'; readonly min: number } | { readonly kind: 'rate'; readonly min: number };

interface Workload {
  /** Performs `units` units of work (appends or events, per the scenario). */
  run(units: number): Promise<void>;
  close(): Promise<void>;
}

interface WorkloadContext {
  readonly filename: string;
  readonly mode: Mode;
  /** Warm-up plus measured units, so inputs can be built before the clock starts. */
  readonly units: number;
}

interface Scenario {
  /** The letter `--only` selects it by. */
  readonly key: string;
  readonly name: string;
  readonly unit: 'appends/s' | 'events/s';
  /**
   * Fixed per mode (FULL pays an fsync per commit, so it gets through far fewer per second) and
   * divisible by SLICES, and each slice by the scenario's batch size.
   */
  readonly units: Record<Mode, number>;
  readonly warmupUnits: number;
  readonly target: Target;
  readonly port: (context: WorkloadContext) => Promise<Workload>;
  readonly raw: (context: WorkloadContext) => Promise<Workload>;
}

interface Result {
  readonly scenario: string;
  readonly mode: Mode;
  readonly unit: string;
  readonly units: number;
  readonly port: number;
  readonly raw: number;
  /** Wall time of the measured runs, to check each lasted long enough to mean something. */
  readonly seconds: { readonly port: number; readonly raw: number };
  readonly ratio: number;
  readonly target: string;
  readonly met: boolean;
}

// ---------------------------------------------------------------------------------------------
// Events

const STREAMS_PER_WRITER_SCENARIO = 8;
const CONCURRENT_WRITERS = 64;
const BATCH_SIZE = 1_000;
const LOG_SIZE = 200_000;
const PAGE_SIZE = 1_000;

/** A handful of payloads is enough: SQLite sees only their JSON text, which is re-serialised per append. */
const INVOICES = Array.from({ length: 16 }, (_, index) => invoicePayload(index));

/** About 300 bytes of JSON, shaped like the InvoiceIssued events the service writes. */
function invoicePayload(seed: number) {
  const net = 120_000 + seed * 2_350;
  return {
    invoiceId: v7(),
    number: `INV-2026-${String(1_000 + seed).padStart(6, '0')}`,
    issuedOn: '2026-11-02',
    dueOn: '2026-12-02',
    currency: 'EUR',
    lines: [{ description: 'Monthly retainer, consulting', quantity: 1, unitPriceCents: net, vatRate: 0.2 }],
    netCents: net,
    vatCents: Math.round(net * 0.2),
    paymentTermsDays: 30,
  };
}

function makeEvents(count: number): EventToAppend[] {
  const events: EventToAppend[] = new Array(count);
  for (let index = 0; index < count; index++) {
    events[index] = {
      eventId: v7(),
      type: 'InvoiceIssued',
      schemaVersion: 1,
      occurredAt: new Date().toISOString(),
      data: INVOICES[index % INVOICES.length],
      metadata: { correlationId: v7(), causationId: v7(), actor: 'user:finance-clerk-17' },
    };
  }
  return events;
}

const newStreamIds = (count: number) => Array.from({ length: count }, () => `client-${v7()}`);

// ---------------------------------------------------------------------------------------------
// Opening files

function openStore({ filename, mode }: WorkloadContext): SqliteEventStore {
  return SqliteEventStore.open({ filename, clock: new SystemClock(), synchronous: mode });
}

/** The schema comes from the adapter's own migration, so the raw side writes the very same table. */
async function openRaw(context: WorkloadContext): Promise<Database> {
  await openStore(context).close();
  const db = new BetterSqlite3(context.filename);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${context.mode}`);
  db.pragma(`wal_autocheckpoint = ${SQLITE_WAL_AUTOCHECKPOINT_PAGES}`);
  return db;
}

/** The raw side of every write scenario: the statements the adapter runs, minus its bookkeeping. */
function rawWriter(db: Database) {
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const version = db.prepare('SELECT max(revision) FROM events WHERE stream_id = ?').pluck(true);
  // A null position lets SQLite take the next rowid, which is what the adapter computes itself.
  const insert = db.prepare(
    `INSERT INTO events (position, event_id, stream_id, revision, type, schema_version, occurred_at, recorded_at, data, metadata)
     VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAll = (streamId: string, events: readonly EventToAppend[], from: number, count: number) => {
    const current = (version.get(streamId) as number | null) ?? 0;
    const recordedAt = new Date().toISOString();
    for (let index = 0; index < count; index++) {
      const event = events[from + index];
      insert.run(
        event.eventId,
        streamId,
        current + index + 1,
        event.type,
        event.schemaVersion,
        event.occurredAt,
        recordedAt,
        // Serialised per row as the adapter must: it is a real share of the cost of an append.
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
      );
    }
  };
  return {
    /** One transaction holding one version check and insert per stream in `appends`. */
    transaction(appends: ReadonlyArray<{ streamId: string; from: number; count: number }>, events: readonly EventToAppend[]) {
      begin.run();
      for (const append of appends) insertAll(append.streamId, events, append.from, append.count);
      commit.run();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Scenarios

/** A command at a time through any adapter: each append waits for the previous one, expecting the stream's version. */
function sequentialWorkload(store: EventStore, total: number): Workload {
  const events = makeEvents(total);
  const streams = newStreamIds(STREAMS_PER_WRITER_SCENARIO);
  const versions = streams.map(() => 0);
  let next = 0;
  return {
    async run(units) {
      for (const end = next + units; next < end; next++) {
        const stream = next % streams.length;
        const result = await store.append(streams[stream], [events[next]], { expectedVersion: versions[stream] });
        versions[stream] = result.nextExpectedVersion;
      }
    },
    close: () => store.close(),
  };
}

/** Imports and replays through any adapter: one append carries BATCH_SIZE events. */
function batchedWorkload(store: EventStore, total: number): Workload {
  const events = makeEvents(total);
  const streams = newStreamIds(STREAMS_PER_WRITER_SCENARIO);
  const versions = streams.map(() => 0);
  let next = 0;
  return {
    async run(units) {
      for (const end = next + units; next < end; next += BATCH_SIZE) {
        const stream = (next / BATCH_SIZE) % streams.length;
        const result = await store.append(streams[stream], events.slice(next, next + BATCH_SIZE), { expectedVersion: versions[stream] });
        versions[stream] = result.nextExpectedVersion;
      }
    },
    close: () => store.close(),
  };
}

/** (a) A command at a time: each append waits for the previous one, expecting the stream's version. */
const sequentialAppends: Scenario = {
  key: 'a',
  name: '(a) sequential single-event appends',
  unit: 'appends/s',
  units: { FULL: 16_000, NORMAL: 64_000 },
  warmupUnits: 500,
  target: { kind: 'ratio', min: 0.8 },
  port: async (context) => sequentialWorkload(openStore(context), context.units),
  async raw(context) {
    const db = await openRaw(context);
    const writer = rawWriter(db);
    const events = makeEvents(context.units);
    const streams = newStreamIds(STREAMS_PER_WRITER_SCENARIO);
    let next = 0;
    return {
      async run(units) {
        for (const end = next + units; next < end; next++) writer.transaction([{ streamId: streams[next % streams.length], from: next, count: 1 }], events);
      },
      close: async () => void db.close(),
    };
  },
};

/** (b) Many requests at once on different clients: the adapter's group commit shares one fsync among them. */
const concurrentAppends: Scenario = {
  key: 'b',
  name: `(b) ${CONCURRENT_WRITERS} concurrent writers`,
  unit: 'appends/s',
  units: { FULL: 128_000, NORMAL: 192_000 },
  warmupUnits: CONCURRENT_WRITERS * 20,
  target: { kind: 'rate', min: 40_000 },
  async port(context) {
    const store = openStore(context);
    const events = makeEvents(context.units);
    const streams = newStreamIds(CONCURRENT_WRITERS);
    const versions = streams.map(() => 0);
    let next = 0;
    const writer = async (stream: number, from: number, count: number) => {
      for (let index = 0; index < count; index++) {
        const event = events[from + index * CONCURRENT_WRITERS];
        const result = await store.append(streams[stream], [event], { expectedVersion: versions[stream] });
        versions[stream] = result.nextExpectedVersion;
      }
    };
    return {
      async run(units) {
        const perWriter = units / CONCURRENT_WRITERS;
        await Promise.all(streams.map((_, stream) => writer(stream, next + stream, perWriter)));
        next += units;
      },
      close: () => store.close(),
    };
  },
  /** The ceiling of group commit: the same 64 single-event appends in one transaction, synchronously. */
  async raw(context) {
    const db = await openRaw(context);
    const writer = rawWriter(db);
    const events = makeEvents(context.units);
    const streams = newStreamIds(CONCURRENT_WRITERS);
    let next = 0;
    return {
      async run(units) {
        for (const end = next + units; next < end; next += CONCURRENT_WRITERS)
          writer.transaction(
            streams.map((streamId, stream) => ({ streamId, from: next + stream, count: 1 })),
            events,
          );
      },
      close: async () => void db.close(),
    };
  },
};

/** (c) Imports and replays: one append carries a thousand events. */
const batchedAppends: Scenario = {
  key: 'c',
  name: `(c) batched appends (${BATCH_SIZE.toLocaleString('en-US')}/call)`,
  unit: 'events/s',
  units: { FULL: 320_000, NORMAL: 320_000 },
  warmupUnits: 10 * BATCH_SIZE,
  target: { kind: 'rate', min: 150_000 },
  port: async (context) => batchedWorkload(openStore(context), context.units),
  async raw(context) {
    const db = await openRaw(context);
    const writer = rawWriter(db);
    const events = makeEvents(context.units);
    const streams = newStreamIds(STREAMS_PER_WRITER_SCENARIO);
    let next = 0;
    return {
      async run(units) {
        for (const end = next + units; next < end; next += BATCH_SIZE) {
          const streamId = streams[(next / BATCH_SIZE) % streams.length];
          writer.transaction([{ streamId, from: next, count: BATCH_SIZE }], events);
        }
      },
      close: async () => void db.close(),
    };
  },
};

/** Fills a fresh file with LOG_SIZE events through the port, so both read sides read the same rows. */
async function fillLog(context: WorkloadContext): Promise<void> {
  const store = openStore(context);
  const streams = newStreamIds(STREAMS_PER_WRITER_SCENARIO);
  for (let written = 0; written < LOG_SIZE; written += BATCH_SIZE)
    await store.append(streams[(written / BATCH_SIZE) % streams.length], makeEvents(BATCH_SIZE), {
      expectedVersion: 'any',
    });
  await store.close();
}

/**
 * Reads events page by page from where the previous run stopped, starting over at position 0 when
 * the log ends, so a fixed count can exceed the log and still measure whole-log catch-up reads.
 */
function pagedReader(readPage: (after: number) => Promise<number> | number): (units: number) => Promise<void> {
  let after = 0;
  return async (units) => {
    for (let read = 0; read < units;) {
      const count = await readPage(after);
      if (count === 0) {
        after = 0;
        continue;
      }
      after += count;
      read += count;
    }
  };
}

/** (d) A projection rebuilding from the start of the log. */
const fullLogRead: Scenario = {
  key: 'd',
  name: `(d) readAll, pages of ${PAGE_SIZE.toLocaleString('en-US')}`,
  unit: 'events/s',
  units: { FULL: 4 * LOG_SIZE, NORMAL: 4 * LOG_SIZE },
  warmupUnits: 20 * PAGE_SIZE,
  target: { kind: 'rate', min: 400_000 },
  async port(context) {
    await fillLog(context);
    const store = openStore(context);
    return {
      run: pagedReader(async (after) => (await store.readAll({ after, maxCount: PAGE_SIZE })).length),
      close: () => store.close(),
    };
  },
  async raw(context) {
    await fillLog(context);
    const db = await openRaw(context);
    const select = db
      .prepare(
        `SELECT position, event_id, stream_id, revision, type, schema_version, occurred_at, recorded_at, data, metadata
         FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      )
      .raw(true);
    return {
      run: pagedReader((after) => {
        const rows = select.all(after, PAGE_SIZE) as unknown[][];
        for (const row of rows) {
          JSON.parse(row[8] as string);
          JSON.parse(row[9] as string);
        }
        return rows.length;
      }),
      close: async () => void db.close(),
    };
  },
};

const SCENARIOS: readonly Scenario[] = [sequentialAppends, concurrentAppends, batchedAppends, fullLogRead];

// ---------------------------------------------------------------------------------------------
// Measuring

/**
 * The disk of a shared machine drifts by tens of percent within a minute, so the two sides run
 * side by side in alternating slices instead of one after the other: both see the same drift.
 */
const SLICES = 8;

interface Measurement {
  readonly rate: number;
  readonly seconds: number;
}

/** Opens a workload on a fresh file in its own folder, which is deleted when the workload closes. */
async function openFresh(open: (context: WorkloadContext) => Promise<Workload>, mode: Mode, units: number): Promise<Workload> {
  const folder = mkdtempSync(join(tmpdir(), 'event-store-bench-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const workload = await open({ filename: join(folder, 'events.sqlite'), mode, units });
    return { run: (count) => workload.run(count), close: () => workload.close().finally(remove) };
  } catch (error) {
    remove();
    throw error;
  }
}

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1_000;
}

/** Units per second of the port and of raw SQLite, warmed up, then measured in alternating slices. */
async function measure(scenario: Scenario, mode: Mode): Promise<{ port: Measurement; raw: Measurement }> {
  const units = scenario.units[mode];
  const total = scenario.warmupUnits + units;
  const port = await openFresh(scenario.port, mode, total);
  try {
    const raw = await openFresh(scenario.raw, mode, total);
    try {
      await port.run(scenario.warmupUnits);
      await raw.run(scenario.warmupUnits);
      const seconds = { port: 0, raw: 0 };
      for (let slice = 0; slice < SLICES; slice++) {
        seconds.port += await timed(() => port.run(units / SLICES));
        seconds.raw += await timed(() => raw.run(units / SLICES));
      }
      return {
        port: { rate: units / seconds.port, seconds: seconds.port },
        raw: { rate: units / seconds.raw, seconds: seconds.raw },
      };
    } finally {
      await raw.close();
    }
  } finally {
    await port.close();
  }
}

async function runScenario(scenario: Scenario, mode: Mode): Promise<Result> {
  const { port, raw } = await measure(scenario, mode);
  const ratio = port.rate / raw.rate;
  const { target } = scenario;
  return {
    scenario: scenario.name,
    mode,
    unit: scenario.unit,
    units: scenario.units[mode],
    port: port.rate,
    raw: raw.rate,
    seconds: { port: round(port.seconds), raw: round(raw.seconds) },
    ratio,
    target: target.kind === 'ratio' ? `port/raw >= ${percent(target.min)}` : `>= ${integer(target.min)} ${scenario.unit}`,
    met: target.kind === 'ratio' ? ratio >= target.min : port.rate >= target.min,
  };
}

// ---------------------------------------------------------------------------------------------
// SQLite and PostgreSQL adapters side by side

const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL;

interface AdapterScenario {
  readonly name: string;
  readonly unit: 'appends/s' | 'events/s';
  /** The same count for both adapters; divisible by SLICES, and each slice by the batch size. */
  readonly units: number;
  readonly warmupUnits: number;
  readonly workload: (store: EventStore, total: number) => Workload;
}

const ADAPTER_SCENARIOS: readonly AdapterScenario[] = [
  { name: sequentialAppends.name, unit: 'appends/s', units: 1_600, warmupUnits: 100, workload: sequentialWorkload },
  { name: batchedAppends.name, unit: 'events/s', units: 160_000, warmupUnits: 10 * BATCH_SIZE, workload: batchedWorkload },
];

interface AdapterResult {
  readonly scenario: string;
  readonly unit: string;
  readonly units: number;
  readonly sqlite: number;
  readonly postgres: number;
  readonly seconds: { readonly sqlite: number; readonly postgres: number };
}

/** Both adapters as the app configures them by default: SQLite FULL and PostgreSQL's synchronous_commit=on each fsync every commit. */
async function compareAdapters(database: PostgresTestDatabase, scenario: AdapterScenario): Promise<AdapterResult> {
  const total = scenario.warmupUnits + scenario.units;
  const sqlite = await openFresh(async (context) => scenario.workload(openStore(context), total), 'FULL', total);
  try {
    const store = await PostgresEventStore.open({ connectionString: await database.freshSchema(), clock: new SystemClock() });
    const postgres = scenario.workload(store, total);
    try {
      await sqlite.run(scenario.warmupUnits);
      await postgres.run(scenario.warmupUnits);
      const seconds = { sqlite: 0, postgres: 0 };
      for (let slice = 0; slice < SLICES; slice++) {
        seconds.sqlite += await timed(() => sqlite.run(scenario.units / SLICES));
        seconds.postgres += await timed(() => postgres.run(scenario.units / SLICES));
      }
      return {
        scenario: scenario.name,
        unit: scenario.unit,
        units: scenario.units,
        sqlite: scenario.units / seconds.sqlite,
        postgres: scenario.units / seconds.postgres,
        seconds: { sqlite: round(seconds.sqlite), postgres: round(seconds.postgres) },
      };
    } finally {
      await postgres.close();
    }
  } finally {
    await sqlite.close();
  }
}

/** The server's version, or why it cannot be used (the comparison is then skipped, not failed). */
async function postgresServer(): Promise<{ version: string } | { skipped: string }> {
  const client = new Client({ connectionString: BENCH_DATABASE_URL });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return { version: rows[0].server_version };
  } catch (error) {
    return { skipped: `no PostgreSQL server at ${new URL(BENCH_DATABASE_URL).host} (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

function machine() {
  const db = new BetterSqlite3(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version()').pluck(true).get() as string;
  db.close();
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    sqlite,
    date: new Date().toISOString(),
  };
}

const integer = (value: number) => Math.round(value).toLocaleString('en-US');
const round = (value: number) => Math.round(value * 100) / 100;
const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Columns padded to their widest cell; figures right-aligned so their magnitudes line up. */
function renderTable(header: readonly string[], rows: readonly string[][], numeric: ReadonlySet<number>): string {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function table(results: readonly Result[]): string {
  const header = ['scenario', 'mode', 'unit', 'port', 'raw', 'port/raw', 'target', 'met'];
  const rows = results.map((r) => [r.scenario, r.mode, r.unit, integer(r.port), integer(r.raw), percent(r.ratio), r.target, r.met ? 'yes' : 'NO']);
  return renderTable(header, rows, new Set([3, 4, 5]));
}

function adapterTable(results: readonly AdapterResult[]): string {
  const header = ['scenario', 'unit', 'SQLite FULL', 'PostgreSQL', 'PostgreSQL/SQLite'];
  const rows = results.map((r) => [r.scenario, r.unit, integer(r.sqlite), integer(r.postgres), percent(r.postgres / r.sqlite)]);
  return renderTable(header, rows, new Set([2, 3, 4]));
}

function selectedKeys(): readonly string[] | null {
  return (
    process.argv
      .find((arg) => arg.startsWith('--only='))
      ?.slice('--only='.length)
      .split(',') ?? null
  );
}

function selectedScenarios(): readonly Scenario[] {
  const only = selectedKeys();
  return only ? SCENARIOS.filter((scenario) => only.includes(scenario.key)) : SCENARIOS;
}

/** Runs scenario p: every adapter scenario on SQLite and PostgreSQL, in a database dropped afterwards. */
async function runAdapterComparison(): Promise<{ server: string; results: AdapterResult[] } | { skipped: string } | null> {
  if (selectedKeys()?.includes('p') === false) return null;
  const server = await postgresServer();
  if ('skipped' in server) {
    process.stderr.write(`skipping the PostgreSQL comparison: ${server.skipped}\n`);
    return server;
  }
  const database = new PostgresTestDatabase('bench', BENCH_DATABASE_URL);
  const results: AdapterResult[] = [];
  try {
    for (const scenario of ADAPTER_SCENARIOS) {
      process.stderr.write(`running ${scenario.name} on SQLite FULL and PostgreSQL...\n`);
      const result = await compareAdapters(database, scenario);
      process.stderr.write(`  SQLite ${result.seconds.sqlite} s, PostgreSQL ${result.seconds.postgres} s\n`);
      results.push(result);
    }
  } finally {
    await database.drop();
  }
  return { server: server.version, results };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const host = machine();
  const results: Result[] = [];
  for (const scenario of selectedScenarios())
    for (const mode of MODES) {
      // Progress goes to stderr so stdout stays the table (or the JSON) alone.
      process.stderr.write(`running ${scenario.name} ${mode}...\n`);
      const result = await runScenario(scenario, mode);
      process.stderr.write(`  port ${result.seconds.port} s, raw ${result.seconds.raw} s\n`);
      results.push(result);
    }
  const adapters = await runAdapterComparison();
  if (json) {
    process.stdout.write(`${JSON.stringify({ machine: host, results, adapters }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB, node ${host.node}, SQLite ${host.sqlite}, ${host.date}\n`);
  if (results.length > 0) process.stdout.write(`\n${table(results)}\n`);
  if (adapters === null) return;
  if ('skipped' in adapters) {
    process.stdout.write(`\nSQLite and PostgreSQL side by side: skipped, ${adapters.skipped}\n`);
    return;
  }
  process.stdout.write(`\nSQLite and PostgreSQL ${adapters.server} adapters side by side (each fsyncs every commit; same events, alternating slices):\n\n`);
  process.stdout.write(`${adapterTable(adapters.results)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
