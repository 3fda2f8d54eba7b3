/**
 * Kafka relay throughput (`npm run bench`): a generated log of about 100,000 events in an SQLite
 * event store, published by the relay through the kafkajs adapter to the Kafka-protocol test
 * broker of tests/support (in a process of its own), over TCP on localhost, with the relay's
 * checkpoint in an SQLite file (FULL, one fsync per batch). Broker and relay share the
 * machine's cores, so the figure is a floor for one relay against a broker on its own machine.
 * Usage: node -r @swc-node/register bench/relay.bench.ts [--events N] [--batch N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { KafkaPublisher, SqliteCheckpointStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryFolder, EventRelay, RELAY_TOPICS, RISK_TOPIC } from '@client-lifecycle/application';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { flag, generateLogOfAtLeast, machine } from './support/generated-log';

interface BrokerProcess {
  readonly address: string;
  /** Records stored per topic. */
  counts(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

async function startBroker(): Promise<BrokerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, '../tests/support/kafka-test-broker/standalone.ts'), '6'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! }); // spawned with stdio pipes
  const next = async (): Promise<string> => ((await once(lines, 'line')) as [string])[0];
  const address = (await next()).replace(/^listening /, '');
  return {
    address,
    counts: async () => {
      child.stdin!.write('count\n');
      return JSON.parse(await next()) as Record<string, number>;
    },
    stop: async () => {
      child.stdin!.end();
      await once(child, 'exit');
    },
  };
}

async function measure(events: SqliteEventStore, folder: string, label: string, batchSize: number, withRisk: boolean): Promise<void> {
  const broker = await startBroker();
  const checkpoints = SqliteCheckpointStore.open(join(folder, `${label}.checkpoints.sqlite`));
  const publisher = new KafkaPublisher({ brokers: [broker.address], clientId: 'relay-bench', topics: RELAY_TOPICS, partitions: 6 });
  const relay = new EventRelay(events, checkpoints, publisher, { batchSize, ...(withRisk ? { risk: new ClientSummaryFolder(events) } : {}) });
  try {
    const started = performance.now();
    const checkpoint = await relay.catchUp();
    const seconds = (performance.now() - started) / 1000;
    const counts = await broker.counts();
    const stored = Object.entries(counts).reduce((sum, [topic, count]) => sum + (topic === RISK_TOPIC ? 0 : count), 0);
    if (stored !== checkpoint) throw new Error(`the broker stored ${stored} events, the relay acknowledged ${checkpoint}`);
    const risk = counts[RISK_TOPIC] ?? 0;
    const requests = Math.ceil(checkpoint / batchSize);
    console.log(
      `relay ${label}: ${checkpoint.toLocaleString('en-US')} events${withRisk ? ` + ${risk.toLocaleString('en-US')} risk records` : ''} in ${seconds.toFixed(1)} s = ${Math.round(checkpoint / seconds).toLocaleString('en-US')} events/s (batches of ${batchSize}, ${requests} acknowledged batches)`,
    );
  } finally {
    await relay.stop();
    await publisher.close();
    await checkpoints.close();
    await broker.stop();
  }
}

async function main(): Promise<void> {
  const target = flag('events', 100_000);
  const batchSize = flag('batch', 500);
  const folder = mkdtempSync(join(tmpdir(), 'relay-bench-'));
  const events = SqliteEventStore.open({ filename: join(folder, 'events.sqlite'), synchronous: 'NORMAL', clock: new SystemClock() });
  try {
    console.log(machine());
    const log = await generateLogOfAtLeast(events, target);
    console.log(`log: ${log.events.toLocaleString('en-US')} events of ${log.clients.toLocaleString('en-US')} generated clients`);
    await measure(events, folder, 'events only', batchSize, false);
    await measure(events, folder, 'events and risk', batchSize, true);
  } finally {
    await events.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
