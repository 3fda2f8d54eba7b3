import { TerminationStatus } from '@client-lifecycle/domain';
import type { TerminationRecord, TerminationStore } from '@client-lifecycle/ports';
import { describeTerminationStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresTerminationStore } from './postgres.termination-store';

// jest.config.js's per-project testTimeout is not applied (tests stop at jest's default 5 s),
// and creating the test database can take seconds on a loaded machine.
jest.setTimeout(60_000);

const database = new PostgresTestDatabase('terminations');
const urls = new WeakMap<TerminationStore, string>();

const open = async (url: string) => {
  const store = await PostgresTerminationStore.open(url);
  urls.set(store, url);
  return store;
};

afterAll(() => database.drop(), 60_000);

describeTerminationStoreContract('PostgreSQL', {
  create: async () => open(await database.freshSchema()),
  reopen: async (store) => {
    await store.close();
    return open(urls.get(store)!); // only stores this harness opened reach here
  },
});

describe('PostgreSQL termination store', () => {
  let store: TerminationStore;

  // The contract's records come from the domain; here only the columns the store reads matter.
  const record = (terminationId: string, proposedAt: number, lastPosition: number, status = TerminationStatus.Proposed): TerminationRecord => ({
    state: { terminationId, status, clientId: 'acme', explanation: 'Unpaid for 90 days', reason: 'NON_PAYMENT' } as unknown as TerminationRecord['state'], // a partial state is enough to store and read back
    proposedAt,
    lastPosition,
    lastRecordedAt: '2026-03-01T09:00:00.000Z',
  });

  beforeEach(async () => {
    store = await open(await database.freshSchema());
  });

  afterEach(() => store.close());

  it('moves records and checkpoint together: a commit the database refuses changes neither', async () => {
    await store.commit([record('T-1', 3, 3)], 3);

    // Positions are integers: a fraction cannot go into the bigint column.
    await expect(store.commit([record('T-1', 3, 7, TerminationStatus.Approved), record('T-2', 8, 8.5)], 8)).rejects.toThrow(/bigint/);

    expect(await store.checkpoint()).toBe(3);
    expect(await store.get('T-1')).toEqual(record('T-1', 3, 3));
    expect(await store.get('T-2')).toBeNull();
  });

  it('reads the state back with its keys in the order they were written', async () => {
    const written = record('T-1', 3, 3);
    await store.commit([written], 3);

    expect(JSON.stringify((await store.get('T-1'))?.state)).toBe(JSON.stringify(written.state));
  });

  it('keeps the last of several records for one termination in a batch, at its first proposal position', async () => {
    await store.commit([record('T-1', 3, 3), record('T-1', 4, 9, TerminationStatus.Approved)], 9);

    expect(await store.get('T-1')).toEqual({ ...record('T-1', 4, 9, TerminationStatus.Approved), proposedAt: 3 });
  });
});
