import { mutationDocument } from '../support/client-mutations';
import { ADMIN_KEY_EVENTS, bearer, E2E_ADMIN_API_KEY } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { KafkaTestBroker } from '../support/kafka-test-broker';
import { eventually } from '../support/time';

// Wire round trips and backoff on a shared 2-core machine; jest runs tests with its global 5 s timeout, not the project's.
jest.setTimeout(120_000);

interface Health {
  readonly headPosition: number;
  readonly relay?: { readonly lag: number; readonly checkpoint: number; readonly publishing: boolean; readonly lastError: string | null };
}

const CLIENT_TOPIC = 'client-lifecycle.client.events.v1';
const RISK_TOPIC = 'client-lifecycle.client.risk.v1';

describe('analytics read the log from Kafka', () => {
  let dataDir: string;
  let broker: KafkaTestBroker;
  let app: RunningApp;
  let api: GraphqlClient;

  const health = async (): Promise<Health> => (await fetch(`${app.baseUrl}/health`)).json() as Promise<Health>;
  const metrics = async (): Promise<string> => (await fetch(`${app.baseUrl}/metrics`, { headers: bearer(E2E_ADMIN_API_KEY) })).text();
  const logTime = (timeEntryId: string) =>
    api.data(mutationDocument('logTime'), {
      input: { clientId: 'acme', timeEntryId, activity: 'DELIVERY', minutes: 30, billable: true, workedOn: '2026-04-30' },
    });

  beforeAll(async () => {
    dataDir = temporaryDataDir('kafka-relay');
    broker = await KafkaTestBroker.start({ autoCreateTopics: false });
    app = await startApp({ dataDir, env: { SCHEDULER: 'off', KAFKA_BROKERS: broker.address } });
    api = new GraphqlClient(app.graphqlUrl);
  });

  afterAll(async () => {
    await app?.stop();
    await broker?.stop();
    removeDataDir(dataDir);
  });

  it('publishes each recorded event keyed by client, with the risk on the compacted topic, and shows no lag', async () => {
    await api.data(mutationDocument('registerClient'), {
      input: {
        clientId: 'acme',
        name: 'ACME',
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

    await eventually(async () => broker.recordsOf(CLIENT_TOPIC).length === 1, 'the registration reached Kafka');
    const [record] = broker.recordsOf(CLIENT_TOPIC);
    expect(record).toMatchObject({
      key: 'acme',
      headers: expect.objectContaining({ type: 'ClientRegistered', streamId: 'client-acme', position: String(1 + ADMIN_KEY_EVENTS) }),
    });
    // Personal fields leave encrypted (docs/personal-data.md).
    expect(JSON.parse(record.value ?? '')).toMatchObject({ clientId: 'acme', name: expect.stringMatching(/^pii:v1:/) });
    await eventually(async () => broker.recordsOf(RISK_TOPIC).length === 1, 'the risk record reached Kafka');
    expect(broker.topics.get(RISK_TOPIC)?.configs).toEqual({ 'cleanup.policy': 'compact' });
    await eventually(async () => (await health()).relay?.lag === 0, 'the relay checkpoint caught up');
    expect(await metrics()).toContain('\nclient_lifecycle_relay_lag_events 0\n');
  });

  it('while the broker is down, keeps serving, shows the lag on /health and /metrics, and publishes everything once it is back', async () => {
    await broker.stop();
    await logTime('T1');
    await logTime('T2');

    await eventually(async () => (await health()).relay?.publishing === false, 'the relay reported the broker down');
    const down = await health();
    expect(down.relay?.lag).toBe(2);
    expect(down.relay?.lastError).toEqual(expect.any(String));
    expect(await metrics()).toContain('\nclient_lifecycle_relay_lag_events 2\n');

    await broker.restart();

    await eventually(async () => (await health()).relay?.lag === 0, 'the relay caught up after the broker came back');
    const ids = broker.recordsOf(CLIENT_TOPIC).map((stored) => stored.headers.position);
    expect([...new Set(ids)]).toEqual([1, 2, 3].map((position) => String(position + ADMIN_KEY_EVENTS)));
    expect((await health()).relay).toMatchObject({ publishing: true, lastError: null, checkpoint: 3 + ADMIN_KEY_EVENTS });
  });
});
