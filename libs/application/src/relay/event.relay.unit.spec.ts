import { FixedClock, InMemoryCheckpointStore, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { AbuseSeverity } from '@client-lifecycle/domain';
import type { OutboundMessage } from '@client-lifecycle/ports';
import { RecordingPublisher } from '@client-lifecycle/testing';
import { ClientCommandHandler, type UnstampedClientCommand } from '../client/client-command.handler';
import { ClientSummaryFolder } from '../read-models/client-summary.folder';
import { EventRelay, type EventRelayOptions } from './event.relay';
import { RISK_TOPIC } from './relay.topics';

const register = (clientId: string): UnstampedClientCommand => ({
  type: 'RegisterClient',
  data: {
    clientId,
    name: clientId.toUpperCase(),
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
const logTime = (clientId: string, timeEntryId: string): UnstampedClientCommand => ({
  type: 'LogTime',
  data: { clientId, timeEntryId, activity: 'DELIVERY', minutes: 30, billable: true, workedOn: '2026-04-30' },
});
const reportAbuse = (clientId: string): UnstampedClientCommand => ({
  type: 'ReportAbuse',
  data: { clientId, reportId: `AB-${clientId}`, severity: AbuseSeverity.Severe, description: 'Threats', reportedBy: 'Support' },
});

const FAST: EventRelayOptions = { batchSize: 3, backoff: { initialMs: 1, maxMs: 4 } };
const eventsOf = (messages: readonly OutboundMessage[]) => messages.filter((message) => message.topic !== RISK_TOPIC);
const idsOf = (messages: readonly OutboundMessage[]) => eventsOf(messages).map((message) => message.headers.eventId);
/** What a consumer keeps when it drops every event id it has already seen. */
const deduped = (messages: readonly OutboundMessage[]) => [...new Set(idsOf(messages))];

describe('event relay', () => {
  let events: InMemoryEventStore;
  let handler: ClientCommandHandler;
  let checkpoints: InMemoryCheckpointStore;
  let publisher: RecordingPublisher;

  const logIds = async () => (await events.readAll({ after: 0, maxCount: 10_000 })).map((event) => event.eventId);
  const record = async (...commands: UnstampedClientCommand[]) => {
    for (const command of commands) await handler.handle(command, { actor: 'test' });
  };

  beforeEach(async () => {
    const clock = new FixedClock(new Date('2026-05-02T09:00:00.000Z'));
    events = new InMemoryEventStore(clock);
    handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    checkpoints = new InMemoryCheckpointStore();
    publisher = new RecordingPublisher();
    await record(register('acme'), register('globex'), logTime('acme', 'T1'), logTime('globex', 'T2'), logTime('acme', 'T3'));
  });

  it('publishes every event in log order to its category topic, keyed by client, with the envelope in headers and the payload as value', async () => {
    const relay = new EventRelay(events, checkpoints, publisher, FAST);

    expect(await relay.catchUp()).toBe(5);

    const [first] = await events.readAll({ after: 0, maxCount: 1 });
    expect(idsOf(publisher.stored)).toEqual(await logIds());
    expect(publisher.stored[0]).toEqual({
      topic: 'client-lifecycle.client.events.v1',
      key: 'acme',
      value: JSON.stringify(first.data),
      headers: {
        eventId: first.eventId,
        type: 'ClientRegistered',
        schemaVersion: '1',
        streamId: 'client-acme',
        revision: '1',
        position: '1',
        occurredAt: first.occurredAt,
        recordedAt: first.recordedAt,
        correlationId: first.metadata.correlationId,
        actor: 'test',
      },
    });
    expect(publisher.stored.map((message) => message.key)).toEqual(['acme', 'globex', 'acme', 'globex', 'acme']);
    expect(await checkpoints.get('kafka-relay')).toBe(5);
    expect(await relay.lag()).toBe(0);
  });

  it('backs off and sends the same batch again while the broker refuses, moving the checkpoint only once it acknowledged', async () => {
    publisher.goDown();
    const relay = new EventRelay(events, checkpoints, publisher, FAST);
    relay.start(() => undefined);

    await publisher.attempted(3);
    const during = await relay.status();
    expect(during).toMatchObject({ checkpoint: 0, headPosition: 5, lag: 5, publishedEvents: 0, lastError: 'broker unavailable' });
    expect(during.consecutiveFailures).toBeGreaterThanOrEqual(3);
    expect(publisher.stored).toEqual([]);

    publisher.recover();
    await relay.catchUp();

    expect(idsOf(publisher.stored)).toEqual(await logIds());
    expect(await relay.status()).toMatchObject({ checkpoint: 5, lag: 0, consecutiveFailures: 0, lastError: null, publishedEvents: 5 });
    await relay.stop();
  });

  it('publishes a batch twice when the acknowledgement was lost, and deduplicating by event id gives exactly the log', async () => {
    publisher.failNext(1, 'lose-acknowledgement');
    const relay = new EventRelay(events, checkpoints, publisher, FAST);

    await relay.catchUp();

    expect(idsOf(publisher.stored)).toHaveLength(8);
    expect(deduped(publisher.stored)).toEqual(await logIds());
    expect(await checkpoints.get('kafka-relay')).toBe(5);
  });

  it('resumes from its checkpoint after a restart, publishing only what it had not', async () => {
    await new EventRelay(events, checkpoints, publisher, FAST).catchUp();
    await record(logTime('globex', 'T4'), logTime('acme', 'T5'));

    await new EventRelay(events, checkpoints, publisher, FAST).catchUp();

    expect(idsOf(publisher.stored)).toEqual(await logIds());
  });

  it('follows new appends once started, woken by each commit', async () => {
    const relay = new EventRelay(events, checkpoints, publisher, FAST);
    relay.start(() => undefined);
    await relay.catchUp();

    await record(logTime('acme', 'T6'));
    await publisher.attempted(3);

    expect(idsOf(publisher.stored)).toEqual(await logIds());
    await relay.stop();
  });

  it('follows the log again when started after a stop, as when its process wins the relay lease back', async () => {
    const relay = new EventRelay(events, checkpoints, publisher, FAST);
    relay.start(() => undefined);
    await relay.catchUp();
    await relay.stop();
    await record(logTime('acme', 'T7'));

    relay.start(() => undefined);
    await relay.catchUp();

    expect(idsOf(publisher.stored)).toEqual(await logIds());
    await relay.stop();
  });

  it('catches up when nudged on commits it was not told of, as another process appending to an SQLite log', async () => {
    const unannounced = Object.create(events) as InMemoryEventStore;
    unannounced.onAppended = () => () => undefined;
    const relay = new EventRelay(unannounced, checkpoints, publisher, FAST);
    relay.start(() => undefined);
    await relay.catchUp();
    await record(logTime('globex', 'T8'));

    const expected = await logIds();

    relay.nudge();
    for (let wait = 0; wait < 200 && idsOf(publisher.stored).length < expected.length; wait++) await new Promise((resolve) => setTimeout(resolve, 5));

    expect(idsOf(publisher.stored)).toEqual(expected);
    await relay.stop();
  });

  it('tries a catch-up that failed on its checkpoint again after a backoff, with no new append to wake it', async () => {
    let refusals = 1;
    const flaky = {
      get: (name: string) => checkpoints.get(name),
      put: async (name: string, position: number) => {
        if (refusals-- > 0) throw new Error('disk full');
        await checkpoints.put(name, position);
      },
      close: async () => undefined,
    };
    const errors: unknown[] = [];
    const relay = new EventRelay(events, flaky, publisher, FAST);
    relay.start((error) => errors.push(error));

    await publisher.attempted(3);
    await relay.catchUp();

    expect(errors).toEqual([new Error('disk full')]);
    expect(deduped(publisher.stored)).toEqual(await logIds());
    expect(await relay.lag()).toBe(0);
    await relay.stop();
  });

  it('stops during a backoff without waiting for the broker, keeping its checkpoint', async () => {
    publisher.goDown();
    const relay = new EventRelay(events, checkpoints, publisher, { ...FAST, backoff: { initialMs: 3_600_000, maxMs: 3_600_000 } });
    relay.start(() => undefined);
    await publisher.attempted(1);

    await relay.stop();

    expect(await checkpoints.get('kafka-relay')).toBe(0);
  });

  it('with risk on, publishes to the compacted risk topic the record of each client whose risk moved, in the batch of the event that moved it', async () => {
    const relay = new EventRelay(events, checkpoints, publisher, { ...FAST, batchSize: 100, risk: new ClientSummaryFolder(events) });
    await relay.catchUp();
    const firstRound = publisher.stored.filter((message) => message.topic === RISK_TOPIC).map((message) => message.key);
    expect(firstRound.sort()).toEqual(['acme', 'globex']);

    await record(logTime('globex', 'T7'), reportAbuse('acme'));
    await relay.catchUp();

    const risk = publisher.stored.filter((message) => message.topic === RISK_TOPIC);
    expect(risk.map((message) => message.key)).toHaveLength(3);
    const last = risk[2];
    expect(last.key).toBe('acme');
    expect(JSON.parse(last.value)).toMatchObject({ clientId: 'acme', band: 'LET_GO', position: 7 });
    expect(last.headers).toEqual({ type: 'ClientRiskAssessed', schemaVersion: '1', clientId: 'acme', position: '7' });
    expect(publisher.stored.indexOf(last)).toBeGreaterThan(publisher.stored.findIndex((message) => message.headers.type === 'AbuseReported'));
  });

  it('with risk on, a restarted relay publishes each client it touches again, so a crash never leaves the risk topic behind the log', async () => {
    const folder = () => new ClientSummaryFolder(events);
    await new EventRelay(events, checkpoints, publisher, { ...FAST, risk: folder() }).catchUp();
    const before = publisher.stored.filter((message) => message.topic === RISK_TOPIC).length;
    await record(logTime('acme', 'T8'));

    await new EventRelay(events, checkpoints, publisher, { ...FAST, risk: folder() }).catchUp();

    const after = publisher.stored.filter((message) => message.topic === RISK_TOPIC).slice(before);
    expect(after.map((message) => message.key)).toEqual(['acme']);
    expect(JSON.parse(after[0].value)).toMatchObject({ clientId: 'acme', position: 6 });
  });
});
