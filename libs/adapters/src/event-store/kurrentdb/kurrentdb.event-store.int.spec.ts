import { randomUUID } from 'node:crypto';
import { type EventStore, WrongExpectedVersionError } from '@client-lifecycle/ports';
import { anEvent, CONTRACT_NOW, describeEventStoreContract } from '@client-lifecycle/testing';
import { FixedClock } from '../../clock';
import { KurrentDbEventStore } from './kurrentdb.event-store';

// No KurrentDB server can run on the build machines: the suite runs wherever one is reachable,
// e.g. KURRENTDB_CONNECTION_STRING=kurrentdb://127.0.0.1:2113?tls=false with docker-compose.yml.
const connectionString = process.env.KURRENTDB_CONNECTION_STRING;
const SKIP_REASON = 'skipped: KURRENTDB_CONNECTION_STRING is not set, so no KurrentDB server to test against';

if (connectionString === undefined || connectionString === '') {
  // Straight to stderr: Jest drops the console output of a file whose every test is skipped.
  process.stderr.write(`KurrentDB event store contract ${SKIP_REASON}\n`);
  describe.skip(`KurrentDB event store contract (${SKIP_REASON})`, () => {
    it('runs the shared event store contract against a real server', () => undefined);
  });
} else {
  const namespaces = new WeakMap<EventStore, string>();
  const open = (namespace: string) => {
    const store = KurrentDbEventStore.connect({ connectionString, clock: new FixedClock(CONTRACT_NOW), namespace });
    namespaces.set(store, namespace);
    return store;
  };
  // Each store gets streams of its own on the shared server, so every test starts from an empty log.
  const fresh = () => `t${randomUUID().replaceAll('-', '')}-`;

  describeEventStoreContract('KurrentDB', {
    create: async () => open(fresh()),
    reopen: async (store) => {
      await store.close();
      return open(namespaces.get(store)!); // only stores this harness opened reach here
    },
    another: async (store) => open(namespaces.get(store)!), // only stores this harness opened reach here
    guarantees: { gapFreePositions: false, globallyUniqueEventIds: false, knownStreamVersions: false },
  });

  describe('KurrentDB event store', () => {
    it('hears appends written by another connection through its $all subscription', async () => {
      const namespace = fresh();
      const listener = open(namespace);
      const writer = open(namespace);
      try {
        const heard = new Promise<number>((resolve) => listener.onAppended(resolve));
        const { lastPosition } = await writer.append('client-elsewhere', [anEvent()], { expectedVersion: 0 });

        expect(await heard).toBe(lastPosition);
      } finally {
        await Promise.all([listener.close(), writer.close()]);
      }
    });

    it('stores a keyed append sent by two connections at once only once', async () => {
      const namespace = fresh();
      const [first, second] = [open(namespace), open(namespace)];
      try {
        const outcomes = await Promise.allSettled(
          [first, second].map((store) => store.append('client-raced', [anEvent()], { expectedVersion: 0, idempotencyKey: 'import-7' })),
        );

        // The loser is told it was deduplicated, or (if the server judged the race first) that the stream moved on.
        expect(await first.readStream('client-raced')).toHaveLength(1);
        const stored = outcomes.filter((outcome) => outcome.status === 'fulfilled' && !outcome.value.deduplicated);
        expect(stored).toHaveLength(1);
        for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(WrongExpectedVersionError);
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    });
  });
}
