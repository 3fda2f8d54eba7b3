import { mutationDocument } from '../support/client-mutations';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';

const CLIENTS = Array.from({ length: 8 }, (_, index) => `crash-${index}`);
const WRITERS = 16;
const KILL_AFTER_ACKNOWLEDGED = 400;

const CONTRACT = {
  paymentTermsDays: 30,
  exitClause: { text: 'Standard notice', immediateExitFor: [] },
  startDate: '2026-01-01',
  hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
  currency: 'EUR',
  contractedHoursPerMonth: 20,
};

async function storedEventIds(api: GraphqlClient, clientId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  do {
    const page: { client: { timeline: { edges: { node: { eventId: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } = await api.data(
      'query($id: String!, $after: String) { client(id: $id) { timeline(first: 100, after: $after) { edges { node { eventId } } pageInfo { hasNextPage endCursor } } } }',
      { id: clientId, after },
    );
    for (const edge of page.client.timeline.edges) ids.add(edge.node.eventId);
    after = page.client.timeline.pageInfo.hasNextPage ? page.client.timeline.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

describe('durability: the process is killed (SIGKILL) in the middle of a stream of mutations', () => {
  let dataDir: string;
  let app: RunningApp;

  beforeAll(() => {
    dataDir = temporaryDataDir('crash');
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('finds every acknowledged event after a restart', async () => {
    app = await startApp({ dataDir });
    const api = new GraphqlClient(app.graphqlUrl);
    for (const clientId of CLIENTS) await api.data(mutationDocument('registerClient'), { input: { clientId, name: clientId, contract: CONTRACT } });

    const acknowledged = new Map<string, string>();
    let killing: Promise<void> | null = null;
    let sent = 0;
    // Each writer goes on sending until its connection dies with the process, so the kill lands with mutations in flight.
    const writer = async (writerId: number) => {
      for (let entry = 0; ; entry++) {
        const clientId = CLIENTS[(writerId + entry) % CLIENTS.length];
        sent++;
        try {
          const result = await api.request<{ logTime: { events: { eventId: string }[] } }>(mutationDocument('logTime'), {
            input: { clientId, timeEntryId: `w${writerId}-${entry}`, activity: 'DELIVERY', minutes: 15, billable: true, workedOn: '2026-03-02' },
          });
          const eventId = result.data?.logTime.events[0].eventId;
          if (eventId) acknowledged.set(eventId, clientId);
        } catch {
          return; // the connection died with the process: this mutation was never acknowledged
        }
        if (acknowledged.size >= KILL_AFTER_ACKNOWLEDGED) killing ??= app.kill('SIGKILL');
      }
    };

    await Promise.all(Array.from({ length: WRITERS }, (_, writerId) => writer(writerId)));
    await killing;
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
    expect(sent).toBeGreaterThan(acknowledged.size);

    app = await startApp({ dataDir });
    const restarted = new GraphqlClient(app.graphqlUrl);
    const stored = new Set<string>();
    for (const clientId of CLIENTS) for (const eventId of await storedEventIds(restarted, clientId)) stored.add(eventId);

    const lost = [...acknowledged.keys()].filter((eventId) => !stored.has(eventId));
    expect(lost).toEqual([]);
  });
});
