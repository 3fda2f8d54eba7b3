import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { FixedClock, InMemoryEventStore, KafkaPublisher, SqliteCheckpointStore, UuidV7Generator } from '@client-lifecycle/adapters';
import {
  ClientCommandHandler,
  ClientSummaryFolder,
  EventRelay,
  type EventRelayOptions,
  RELAY_TOPICS,
  RISK_TOPIC,
  type UnstampedClientCommand,
} from '@client-lifecycle/application';
import type { CheckpointStore, RecordedEvent } from '@client-lifecycle/ports';
import { KafkaTestBroker } from '../support/kafka-test-broker';

// Wire round trips and backoff on a shared 2-core machine; jest runs tests with its global 5 s timeout, not the project's.
jest.setTimeout(60_000);

/** What a consumer sees: the records of each partition in offset order. */
interface Consumed {
  readonly topic: string;
  readonly partition: number;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Readonly<Record<string, string>>;
}

interface Target {
  readonly brokers: string[];
  /** The records of our topics whose event id (or client, for risk) belongs to this run. */
  consumed(expectedEvents: number): Promise<Consumed[]>;
  readonly testBroker: KafkaTestBroker | null;
  close(): Promise<void>;
}

const CLIENTS = 12;
const EVENTS_PER_CLIENT = 15;
const RETRY: EventRelayOptions['backoff'] = { initialMs: 5, maxMs: 50 };

const register = (clientId: string): UnstampedClientCommand => ({
  type: 'RegisterClient',
  data: {
    clientId,
    name: clientId,
    contract: {
      paymentTermsDays: 30,
      exitClause: { text: 'Notice applies', immediateExitFor: [] },
      startDate: '2026-01-01',
      hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
      currency: 'EUR',
      contractedHoursPerMonth: 10,
    },
  },
});
const logTime = (clientId: string, entry: number): UnstampedClientCommand => ({
  type: 'LogTime',
  data: { clientId, timeEntryId: `T${entry}`, activity: 'DELIVERY', minutes: 15 + entry, billable: entry % 2 === 0, workedOn: '2026-04-30' },
});

/** Several clients' events, interleaved round-robin so each batch mixes keys. */
async function writeLog(handler: ClientCommandHandler, run: string, rounds: { from: number; to: number }): Promise<void> {
  for (let round = rounds.from; round < rounds.to; round++)
    for (let client = 0; client < CLIENTS; client++) {
      const clientId = `${run}-c${client}`;
      await handler.handle(round === 0 ? register(clientId) : logTime(clientId, round), { actor: 'wire-test' });
    }
}

/** Each client's event ids in log order. */
const perClient = (log: readonly RecordedEvent[]): Map<string, string[]> => {
  const order = new Map<string, string[]>();
  for (const event of log) {
    const clientId = (event.data as { clientId: string }).clientId;
    order.set(clientId, [...(order.get(clientId) ?? []), event.eventId]);
  }
  return order;
};

/** A consumer that drops every event id it has seen: each key's first occurrences, in partition order. */
const dedupedPerKey = (records: readonly Consumed[]): Map<string, string[]> => {
  const seen = new Set<string>();
  const order = new Map<string, string[]>();
  for (const record of records) {
    const eventId = record.headers.eventId;
    if (seen.has(eventId)) continue;
    seen.add(eventId);
    order.set(record.key ?? '', [...(order.get(record.key ?? '') ?? []), eventId]);
  }
  return order;
};

const eventRecords = (records: readonly Consumed[]) => records.filter((record) => record.topic !== RISK_TOPIC);

async function testBrokerTarget(): Promise<Target> {
  const broker = await KafkaTestBroker.start({ partitions: 4, autoCreateTopics: false });
  return {
    brokers: [broker.address],
    testBroker: broker,
    consumed: async () => broker.records.map(({ topic, partition, key, value, headers }) => ({ topic, partition, key, value, headers })),
    close: () => broker.stop(),
  };
}

/** Reads our topics back from the start with a fresh consumer group until the run's events arrived. */
function realBrokerTarget(brokers: string[], run: () => string): Target {
  return {
    brokers,
    testBroker: null,
    consumed: async (expectedEvents) => {
      const kafka = new Kafka({ clientId: 'kafka-relay-wire-test', brokers, logLevel: logLevel.ERROR });
      const consumer = kafka.consumer({ groupId: `kafka-relay-wire-test-${run()}` });
      const records: Consumed[] = [];
      const ours = (key: string | null) => key !== null && key.startsWith(`${run()}-`);
      await consumer.connect();
      await consumer.subscribe({ topics: RELAY_TOPICS.map((topic) => topic.name), fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${records.length} records of this run arrived`)), 60_000);
        void consumer.run({
          eachMessage: async ({ topic, partition, message }) => {
            const key = message.key?.toString('utf8') ?? null;
            if (!ours(key)) return;
            const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
            records.push({ topic, partition, key, value: message.value?.toString('utf8') ?? null, headers });
            if (new Set(eventRecords(records).map((record) => record.headers.eventId)).size >= expectedEvents) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
      await consumer.disconnect();
      // eachMessage runs per partition in offset order; the assertions read each partition in that order.
      return records.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
    },
    close: async () => undefined,
  };
}

/** Name, factory, and whether the broker can be told to fail (only the test broker can). */
const targets: [string, () => Promise<Target>, boolean][] = [['the Kafka-protocol test broker', testBrokerTarget, true]];
let runId = '';
if (process.env.KAFKA_BROKERS) {
  const brokers = process.env.KAFKA_BROKERS.split(',').map((broker) => broker.trim());
  targets.push([`the real broker at ${process.env.KAFKA_BROKERS}`, async () => realBrokerTarget(brokers, () => runId), false]);
} else {
  console.log('Kafka relay wire tests against a real broker skipped: set KAFKA_BROKERS (host:port[,host:port]) to run them against one.');
}

describe.each(targets)('Kafka relay on %s', (_name, makeTarget, injectsFaults) => {
  /** Fault cases need a broker that can be told to fail; against a real one they show as skipped. */
  const withFaults = injectsFaults ? it : it.skip;
  let target: Target;
  let folder: string;
  let events: InMemoryEventStore;
  let handler: ClientCommandHandler;
  let checkpoints: CheckpointStore;
  const publishers: KafkaPublisher[] = [];

  const publisher = () => {
    const created = new KafkaPublisher({
      brokers: target.brokers,
      clientId: 'wire-test',
      topics: RELAY_TOPICS,
      partitions: 4,
      retries: 1,
      connectionTimeoutMs: 500,
    });
    publishers.push(created);
    return created;
  };
  const relay = (options: EventRelayOptions = {}) =>
    new EventRelay(events, checkpoints, publisher(), { batchSize: 16, backoff: RETRY, risk: new ClientSummaryFolder(events), ...options });
  const theLog = async () => events.readAll({ after: 0, maxCount: 100_000 });

  /** Nothing lost, each key's order kept, duplicates only of events of the log (at least once). */
  const expectExactlyTheLogPerClient = async () => {
    const log = await theLog();
    const records = eventRecords(await target.consumed(log.length));
    const ids = new Set(log.map((event) => event.eventId));
    expect(records.filter((record) => !ids.has(record.headers.eventId))).toEqual([]);
    expect(dedupedPerKey(records)).toEqual(perClient(log));
    for (const clientRecords of perClient(log).keys()) {
      const partitions = new Set(records.filter((record) => record.key === clientRecords).map((record) => record.topic + record.partition));
      expect(partitions.size).toBe(1);
    }
    return records;
  };

  beforeEach(async () => {
    runId = `run${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    target = await makeTarget();
    folder = mkdtempSync(join(tmpdir(), 'kafka-relay-'));
    checkpoints = SqliteCheckpointStore.open(join(folder, 'checkpoints.sqlite'));
    const clock = new FixedClock(new Date('2026-05-02T09:00:00.000Z'));
    events = new InMemoryEventStore(clock);
    handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
  });

  afterEach(async () => {
    for (const created of publishers.splice(0)) await created.close();
    await checkpoints.close();
    await target.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("publishes several clients' events with their envelope, each client in order on one partition, through an idempotent producer", async () => {
    await writeLog(handler, runId, { from: 0, to: EVENTS_PER_CLIENT });

    const checkpoint = await relay().catchUp();

    const log = await theLog();
    expect(checkpoint).toBe(log.length);
    const records = await expectExactlyTheLogPerClient();
    expect(records).toHaveLength(log.length);
    const first = records.find((record) => record.headers.eventId === log[0].eventId);
    expect(first).toMatchObject({ topic: 'client-lifecycle.client.events.v1', key: `${runId}-c0`, value: JSON.stringify(log[0].data) });
    expect(first?.headers).toMatchObject({ type: 'ClientRegistered', schemaVersion: '1', streamId: `client-${runId}-c0`, revision: '1', actor: 'wire-test' });
    const risk = (await target.consumed(log.length)).filter((record) => record.topic === RISK_TOPIC);
    expect(new Set(risk.map((record) => record.key))).toEqual(new Set(perClient(log).keys()));
    const broker = target.testBroker;
    if (broker) {
      expect(broker.topics.get(RISK_TOPIC)?.configs).toEqual({ 'cleanup.policy': 'compact' });
      expect(broker.topics.get('client-lifecycle.client.events.v1')?.configs).toEqual({});
      const stored = broker.recordsOf('client-lifecycle.client.events.v1');
      expect(new Set(stored.map((record) => record.producerId)).size).toBe(1);
      expect(stored[0].producerId).not.toBe('-1');
      for (let partition = 0; partition < 4; partition++) {
        const sequences = stored.filter((record) => record.partition === partition).map((record) => record.sequence);
        expect(sequences).toEqual(sequences.map((_, index) => index));
      }
    }
  });

  withFaults("loses nothing and keeps each client's order when the broker drops connections mid-stream", async () => {
    const broker = target.testBroker!; // withFaults runs on the test broker only
    await writeLog(handler, runId, { from: 0, to: EVENTS_PER_CLIENT });
    broker.dropNextProduce(1, 'drop-after-storing');
    broker.dropNextProduce(1, 'drop-before-storing');
    broker.dropNextProduce(2, 'drop-after-storing');
    const subject = relay();
    await subject.catchUp();
    broker.dropConnections();
    await writeLog(handler, runId, { from: EVENTS_PER_CLIENT, to: EVENTS_PER_CLIENT + 3 });

    await subject.catchUp();

    await expectExactlyTheLogPerClient();
    expect(await subject.lag()).toBe(0);
    expect(broker.requestCounts.get('Produce')).toBeGreaterThan(Math.ceil((await theLog()).length / 16));
  });

  withFaults('backs off while the broker is stopped mid-stream, shows the lag, and publishes everything once it is back', async () => {
    const broker = target.testBroker!; // withFaults runs on the test broker only
    await writeLog(handler, runId, { from: 0, to: EVENTS_PER_CLIENT });
    let lagWhileDown = -1;
    let failures = 0;
    let restarted: Promise<void> = Promise.resolve();
    broker.dropNextProduce(1, 'stop-after-storing');
    const subject = relay({
      log: (message) => {
        if (!message.includes('failed')) return;
        failures += 1;
        if (failures === 4)
          restarted = subject.lag().then(async (lag) => {
            lagWhileDown = lag;
            await broker.restart();
          });
      },
    });

    await subject.catchUp();
    await restarted;

    expect(failures).toBeGreaterThanOrEqual(4);
    expect(lagWhileDown).toBeGreaterThan(0);
    await expectExactlyTheLogPerClient();
    expect(await subject.status()).toMatchObject({ lag: 0, consecutiveFailures: 0, lastError: null });
  });

  it('resumes from its checkpoint after a crash, even one between the acknowledgement and the checkpoint, losing nothing', async () => {
    await writeLog(handler, runId, { from: 0, to: 8 });
    await relay().catchUp();
    await writeLog(handler, runId, { from: 8, to: EVENTS_PER_CLIENT });
    const crashing: CheckpointStore = {
      get: (name) => checkpoints.get(name),
      put: async () => {
        throw new Error('process killed after the broker acknowledged');
      },
      close: async () => undefined,
    };
    await expect(new EventRelay(events, crashing, publisher(), { batchSize: 16, backoff: RETRY }).catchUp()).rejects.toThrow('process killed');
    await checkpoints.close();
    checkpoints = SqliteCheckpointStore.open(join(folder, 'checkpoints.sqlite'));

    await relay().catchUp();

    const records = await expectExactlyTheLogPerClient();
    expect(records.length).toBeGreaterThan((await theLog()).length);
    expect(await checkpoints.get('kafka-relay')).toBe((await theLog()).length);
  });
});
