import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClientDataKeys, decryptField, isEncryptedField, MasterKey, SqliteDataKeyStore } from '@client-lifecycle/adapters';
import { ERASED } from '@client-lifecycle/domain';
import { mutationDocument } from '../support/client-mutations';
import { ADMIN_KEY_EVENTS, bearer, E2E_ADMIN_API_KEY } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { KafkaTestBroker, type ReceivedRecord } from '../support/kafka-test-broker';
import { registerLatePayer } from '../support/termination-mutations';
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

  it('after forgetClient, no record on the broker holds a personal string in clear, a consumer decrypting reads them erased, and the numbers stay', async () => {
    const personal = {
      email: 'odile.varnhagen@quartzmere.example',
      phone: '+33 1 55 04 19 63',
      complaint: 'Odile Varnhagen disputes the April workshop hours',
    };
    await registerLatePayer(api, 'qm');
    await api.data(mutationDocument('amendContract'), {
      input: { clientId: 'qm', reason: `Contact now ${personal.email}, ${personal.phone}`, paymentTermsDays: 45 },
    });
    await api.data(mutationDocument('fileComplaint'), { input: { clientId: 'qm', complaintId: 'K-1', subject: 'Hours', text: personal.complaint } });
    const strings = [...Object.values(personal), 'qm Ltd'];
    await eventually(async () => (await health()).relay?.lag === 0, 'the relay published the client');
    const ofClient = () => broker.records.filter((record) => record.key === 'qm');
    const numbersBefore = (await api.data(NUMBERS, { id: 'qm' })).client;
    const riskBefore = lastRiskOf('qm');
    // A consumer holding the keys reads the personal fields while the client is known.
    const decryptedBefore = JSON.stringify(await decrypting(ofClient()));
    for (const text of strings) expect(decryptedBefore).toContain(text);

    await api.data(FORGET, { input: { clientId: 'qm', reason: 'erasure request' } });
    await eventually(async () => (await health()).relay?.lag === 0, 'the relay published the erasure');

    // Then no record of any topic holds a personal string in clear, before or after the erasure
    const clear = broker.records.flatMap((record) =>
      strings.filter((text) => JSON.stringify(record).includes(text)).map((text) => `${record.topic}@${record.offset}: ${text}`),
    );
    expect(clear).toEqual([]);
    expect(ofClient().map((record) => record.headers.type)).toContain('ClientForgotten');
    // and the same consumer now reads every personal field erased
    const decryptedAfter = await decrypting(ofClient());
    const decryptedText = JSON.stringify(decryptedAfter);
    for (const text of strings) expect(decryptedText).not.toContain(text);
    expect(decryptedText).toContain(ERASED);
    expect(decryptedText).not.toContain('pii:v1:');
    // and the client's numbers are those of before
    const numbersAfter = (await api.data(NUMBERS, { id: 'qm' })).client;
    expect({ ...numbersAfter, name: undefined, version: undefined }).toEqual({ ...numbersBefore, name: undefined, version: undefined });
    expect(numbersAfter.name).toBe(ERASED);
    expect(lastRiskOf('qm')).toMatchObject({ score: riskBefore.score, band: riskBefore.band });
  });

  const NUMBERS = `query Numbers($id: String!) {
    client(id: $id) { name version outstanding { amountMinor } risk { score band } profitability { invoicedMinor contributionMarginMinor } }
  }`;
  const FORGET = 'mutation Forget($input: ForgetClientInput!) { forgetClient(input: $input) { clientId } }';

  const lastRiskOf = (clientId: string) => {
    const records = broker.recordsOf(RISK_TOPIC).filter((record) => record.key === clientId);
    return JSON.parse(records[records.length - 1]?.value ?? '{}') as { score: number; band: string };
  };

  /** What a consumer given the data keys (and the master key that wraps them) reads: every `pii:v1:` field decrypted, or erased once its key is gone. */
  async function decrypting(records: readonly ReceivedRecord[]): Promise<unknown[]> {
    const store = SqliteDataKeyStore.open(join(dataDir, 'data-keys.sqlite'));
    try {
      const keys = new ClientDataKeys(store, MasterKey.fromBase64(readFileSync(join(dataDir, 'data-key'), 'utf8')));
      const open = async (value: unknown, clientId: string): Promise<unknown> => {
        if (isEncryptedField(value)) {
          const key = await keys.forReading(clientId);
          return key ? decryptField(key, value, clientId) : ERASED;
        }
        if (Array.isArray(value)) return Promise.all(value.map((item) => open(item, clientId)));
        if (typeof value === 'object' && value !== null)
          return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([name, item]) => [name, await open(item, clientId)])));
        return value;
      };
      return Promise.all(records.map((record) => open(JSON.parse(record.value ?? 'null'), record.key ?? '')));
    } finally {
      await store.close();
    }
  }
});
