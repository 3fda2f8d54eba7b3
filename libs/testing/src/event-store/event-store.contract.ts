import {
  DuplicateEventIdError,
  EmptyAppendError,
  type EventStore,
  EventStoreClosedError,
  type EventToAppend,
  type RecordedEvent,
  WrongExpectedVersionError,
} from '@client-lifecycle/ports';
import { v7 as uuidv7 } from 'uuid';

export const CONTRACT_NOW = new Date('2026-03-01T09:30:00.000Z');

export interface EventStoreContractHarness {
  /** A fresh, empty store whose clock reads CONTRACT_NOW. */
  create(): Promise<EventStore>;
  /** Closes the store and opens it again over the same storage; absent for volatile adapters. */
  reopen?(store: EventStore): Promise<EventStore>;
  /** A second store over the same storage, as another process would open it; absent where none can exist. */
  another?(store: EventStore): Promise<EventStore>;
  /**
   * What the adapter promises beyond the core of the port; all default to true. KurrentDB's
   * positions are its log's commit positions (strictly increasing, with gaps), and its event
   * ids are unique per stream only. `knownStreamVersions`: the store knows the versions of the
   * streams it appended or read without a query (false: `knownStreamVersion` is always undefined).
   */
  readonly guarantees?: { readonly gapFreePositions?: boolean; readonly globallyUniqueEventIds?: boolean; readonly knownStreamVersions?: boolean };
}

export function anEvent(overrides: Partial<EventToAppend> = {}): EventToAppend {
  return {
    eventId: uuidv7(),
    type: 'ContractTested',
    schemaVersion: 1,
    occurredAt: '2026-02-27T16:00:00.000Z',
    data: { note: 'état ✓', amount: { minorUnits: 12_345, currency: 'EUR' }, tags: ['a', 'b'] },
    metadata: { correlationId: 'corr-1', causationId: null, actor: 'contract-suite' },
    ...overrides,
  };
}

const events = (count: number) => Array.from({ length: count }, () => anEvent());

/** One suite, every adapter: what the rest of the service relies on from an event store. */
export function describeEventStoreContract(adapter: string, harness: EventStoreContractHarness): void {
  describe(`${adapter} event store contract`, () => {
    let store: EventStore;
    const gapFree = harness.guarantees?.gapFreePositions ?? true;
    const uniqueIds = harness.guarantees?.globallyUniqueEventIds ?? true;

    /** The 1-based place of a position in the log: the position itself where positions are gap-free. */
    const placeOf = async (position: number): Promise<number> => {
      if (gapFree || position === 0) return position;
      const index = (await store.readAll({ after: 0, maxCount: 10_000 })).findIndex((event) => event.position === position);
      if (index < 0) throw new Error(`position ${position} is not in the log`);
      return index + 1;
    };
    const headPlace = async () => placeOf(await store.headPosition());

    beforeEach(async () => {
      store = await harness.create();
    });

    afterEach(async () => {
      await store.close();
    });

    describe('appending', () => {
      it('stores a new stream with revisions from 1 and the full envelope', async () => {
        const toAppend = events(3);
        const result = await store.append('client-a', toAppend, { expectedVersion: 0 });

        expect(result).toMatchObject({ streamId: 'client-a', nextExpectedVersion: 3, deduplicated: false });
        expect(await placeOf(result.lastPosition)).toBe(3);
        const stored = await store.readStream('client-a');
        const positions = gapFree ? [1, 2, 3] : (await store.readAll({ after: 0, maxCount: 3 })).map((event) => event.position);
        expect(stored).toEqual(
          toAppend.map((event, index) => ({
            ...event,
            streamId: 'client-a',
            revision: index + 1,
            position: positions[index],
            recordedAt: CONTRACT_NOW.toISOString(),
          })),
        );
        expect(result.events).toEqual(stored);
      });

      it('refuses an append at the wrong expected version with a typed error and stores nothing', async () => {
        await store.append('client-a', events(2), { expectedVersion: 0 });

        const refusal = store.append('client-a', events(1), { expectedVersion: 1 });

        await expect(refusal).rejects.toBeInstanceOf(WrongExpectedVersionError);
        await expect(refusal).rejects.toMatchObject({ streamId: 'client-a', expectedVersion: 1, actualVersion: 2 });
        expect(await store.streamVersion('client-a')).toBe(2);
        expect(await headPlace()).toBe(2);
      });

      it('treats expected version 0 as "the stream must not exist yet"', async () => {
        await store.append('client-a', events(1), { expectedVersion: 0 });

        await expect(store.append('client-a', events(1), { expectedVersion: 0 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
      });

      it('skips the check when the expected version is "any"', async () => {
        await store.append('client-a', events(1), { expectedVersion: 0 });

        const result = await store.append('client-a', events(2), { expectedVersion: 'any' });

        expect(result.nextExpectedVersion).toBe(3);
      });

      it('refuses an empty append', async () => {
        await expect(store.append('client-a', [], { expectedVersion: 0 })).rejects.toBeInstanceOf(EmptyAppendError);
        expect(await store.headPosition()).toBe(0);
      });

      (uniqueIds ? it : it.skip)('is atomic: when one event of an append cannot be stored, none is', async () => {
        const [stored] = events(1);
        await store.append('client-a', [stored], { expectedVersion: 0 });

        const refusal = store.append('client-b', [anEvent(), anEvent(), { ...anEvent(), eventId: stored.eventId }], {
          expectedVersion: 0,
        });

        const error = await refusal.then(
          () => null,
          (reason: unknown) => reason,
        );
        // Name and message, so an unexpected driver error says what it was.
        expect({ name: (error as Error)?.name, message: (error as Error)?.message }).toEqual({
          name: 'DuplicateEventIdError',
          message: `An event with id ${stored.eventId} is already stored`,
        });
        expect(error).toBeInstanceOf(DuplicateEventIdError);
        expect(await store.readStream('client-b')).toEqual([]);
        expect(await headPlace()).toBe(1);
        const next = await store.append('client-b', events(1), { expectedVersion: 0 });
        expect(await placeOf(next.lastPosition)).toBe(2);
      });

      it('keeps what was stored even if the caller later mutates its objects', async () => {
        const event = anEvent({ data: { amount: 100 } });
        await store.append('client-a', [event], { expectedVersion: 0 });

        (event.data as { amount: number }).amount = 999;

        const [stored] = await store.readStream('client-a');
        expect(stored.data).toEqual({ amount: 100 });
      });
    });

    describe('global log', () => {
      it(`gives strictly increasing${gapFree ? ', gap-free' : ''} positions across streams written concurrently`, async () => {
        const counts = Array.from({ length: 40 }, (_, writer) => 1 + (writer % 3));
        await Promise.all(counts.map((count, writer) => store.append(`client-${writer % 7}`, events(count), { expectedVersion: 'any' })));

        const log = await store.readAll({ after: 0, maxCount: 1_000 });
        if (gapFree) expect(log.map((event) => event.position)).toEqual(Array.from({ length: log.length }, (_, index) => index + 1));
        else expect(log.every((event, index) => index === 0 || event.position > log[index - 1].position)).toBe(true);
        expect(log).toHaveLength(counts.reduce((sum, count) => sum + count, 0));
        expect(await store.headPosition()).toBe(log[log.length - 1].position);
        for (const streamId of new Set(log.map((event) => event.streamId))) {
          const revisions = log.filter((event) => event.streamId === streamId).map((event) => event.revision);
          expect(revisions).toEqual(Array.from({ length: revisions.length }, (_, index) => index + 1));
        }
      });

      it('reads the log in pages after a position', async () => {
        await store.append('client-a', events(5), { expectedVersion: 0 });
        await store.append('client-b', events(5), { expectedVersion: 0 });

        const log = await store.readAll({ after: 0, maxCount: 100 });
        const page = await store.readAll({ after: log[2].position, maxCount: 4 });

        expect(page).toEqual(log.slice(3, 7));
        if (gapFree) expect(page.map((event) => event.position)).toEqual([4, 5, 6, 7]);
        expect(await store.readAll({ after: log[9].position, maxCount: 4 })).toEqual([]);
      });
    });

    describe('reading a stream', () => {
      beforeEach(async () => {
        await store.append('client-a', events(5), { expectedVersion: 0 });
        await store.append('client-b', events(2), { expectedVersion: 0 });
      });

      it('reads forward from a revision, up to a count', async () => {
        const page = await store.readStream('client-a', { fromRevision: 2, maxCount: 3 });
        expect(page.map((event) => event.revision)).toEqual([2, 3, 4]);
      });

      it('reads what follows a known revision, and nothing from past the last one (a cache catching up)', async () => {
        expect((await store.readStream('client-a', { fromRevision: 4 })).map((event) => event.revision)).toEqual([4, 5]);
        expect(await store.readStream('client-a', { fromRevision: 6 })).toEqual([]);
        expect(await store.readStream('client-a', { fromRevision: 60 })).toEqual([]);
      });

      it('reads backward from a revision, up to a count', async () => {
        const newest = await store.readStream('client-a', { direction: 'backward', maxCount: 2 });
        expect(newest.map((event) => event.revision)).toEqual([5, 4]);
        const older = await store.readStream('client-a', { direction: 'backward', fromRevision: 3, maxCount: 10 });
        expect(older.map((event) => event.revision)).toEqual([3, 2, 1]);
      });

      it('returns nothing and version 0 for a stream that does not exist', async () => {
        expect(await store.readStream('client-nobody')).toEqual([]);
        expect(await store.streamVersion('client-nobody')).toBe(0);
      });

      it('reads several whole streams in one call, each as readStream returns it, an unknown one empty', async () => {
        await store.append('client-a', events(1), { expectedVersion: 5 });

        const streams = await store.readStreams(['client-b', 'client-nobody', 'client-a']);

        expect([...streams.keys()].sort()).toEqual(['client-a', 'client-b', 'client-nobody']);
        expect(streams.get('client-a')).toEqual(await store.readStream('client-a'));
        expect(streams.get('client-b')).toEqual(await store.readStream('client-b'));
        expect(streams.get('client-nobody')).toEqual([]);
        expect(await store.readStreams([])).toEqual(new Map());
      });
    });

    describe('concurrent writers', () => {
      it('loses no acknowledged event when 50 writers race on one stream', async () => {
        const acknowledged: string[] = [];
        const writer = async (id: number) => {
          for (let attempt = 0; attempt < 500; attempt++) {
            const version = await store.streamVersion('client-hot');
            const event = anEvent({ data: { writer: id } });
            try {
              await store.append('client-hot', [event], { expectedVersion: version });
              acknowledged.push(event.eventId);
              return;
            } catch (error) {
              if (!(error instanceof WrongExpectedVersionError)) throw error;
            }
          }
          throw new Error(`writer ${id} never got through`);
        };

        await Promise.all(Array.from({ length: 50 }, (_, id) => writer(id)));

        const stored = await store.readStream('client-hot');
        expect(stored.map((event) => event.revision)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
        expect(new Set(stored.map((event) => event.eventId))).toEqual(new Set(acknowledged));
      });

      it('checks each of many simultaneous appends against its own expected version', async () => {
        await store.append('client-0', events(1), { expectedVersion: 0 });

        const outcomes = await Promise.allSettled(
          Array.from({ length: 64 }, (_, writer) => store.append(`client-${writer}`, events(1), { expectedVersion: 0 })),
        );

        expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedVersionError) });
        expect(outcomes.slice(1).every((outcome) => outcome.status === 'fulfilled')).toBe(true);
        expect(await headPlace()).toBe(64);
      });
    });

    describe('idempotency', () => {
      it('stores nothing new for a re-sent append and returns the first result', async () => {
        const first = await store.append('client-a', events(2), { expectedVersion: 0, idempotencyKey: 'import-42' });

        const again = await store.append('client-a', events(2), { expectedVersion: 0, idempotencyKey: 'import-42' });

        expect(again).toEqual({ ...first, deduplicated: true });
        expect(await headPlace()).toBe(2);
        expect(await store.findAppend('client-a', 'import-42')).toEqual({ ...first, deduplicated: true });
      });

      it("stores a key's append once when it is sent many times at once", async () => {
        const outcomes = await Promise.all(
          Array.from({ length: 5 }, () => store.append('client-a', events(1), { expectedVersion: 'any', idempotencyKey: 'k' })),
        );

        expect(await headPlace()).toBe(1);
        expect(outcomes.filter((outcome) => !outcome.deduplicated)).toHaveLength(1);
        expect(new Set(outcomes.map((outcome) => outcome.events[0].eventId)).size).toBe(1);
      });

      it('scopes a key to its stream', async () => {
        await store.append('client-a', events(1), { expectedVersion: 0, idempotencyKey: 'k' });

        const other = await store.append('client-b', events(1), { expectedVersion: 0, idempotencyKey: 'k' });

        expect(other.deduplicated).toBe(false);
        expect(await store.findAppend('client-c', 'k')).toBeNull();
      });
    });

    describe('notifications', () => {
      it('tells listeners the new head after each commit, until they unsubscribe', async () => {
        const heads: number[] = [];
        const unsubscribe = store.onAppended((head) => heads.push(head));

        await store.append('client-a', events(2), { expectedVersion: 0 });
        await store.append('client-a', events(1), { expectedVersion: 0 }).catch(() => undefined);
        await store.append('client-b', events(1), { expectedVersion: 0 });
        unsubscribe();
        await store.append('client-c', events(1), { expectedVersion: 0 });

        expect(await Promise.all(heads.map(placeOf))).toEqual([2, 3]);
      });

      it('lets a failing listener disturb neither the append nor other listeners', async () => {
        const heads: number[] = [];
        store.onAppended(() => {
          throw new Error('listener bug');
        });
        store.onAppended((head) => heads.push(head));

        await expect(store.append('client-a', events(1), { expectedVersion: 0 })).resolves.toBeDefined();
        expect(await Promise.all(heads.map(placeOf))).toEqual([1]);
      });
    });

    describe('knowing a stream version without a query', () => {
      const knows = harness.guarantees?.knownStreamVersions ?? true;
      /** What knownStreamVersion must answer: the version, or nothing from an adapter that never knows. */
      const expectKnown = (streamId: string, version: number) => expect(store.knownStreamVersion(streamId)).toBe(knows ? version : undefined);

      it('knows, if at all, the version a read answers, after its own appends and reads', async () => {
        await store.append('client-a', events(3), { expectedVersion: 0 });
        expectKnown('client-a', 3);
        await store.append('client-a', events(2), { expectedVersion: 3 });
        expectKnown('client-a', 5);
        await expect(store.append('client-a', events(1), { expectedVersion: 3 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
        expectKnown('client-a', 5);

        await store.readStream('client-a', { fromRevision: 6 });
        expectKnown('client-a', 5);
        await store.readStream('client-nobody');
        expectKnown('client-nobody', 0);
        expect(await store.streamVersion('client-a')).toBe(5);
      });

      it("answers a re-sent append without taking its first result's version for the stream's", async () => {
        await store.append('client-a', events(1), { expectedVersion: 0, idempotencyKey: 'k' });
        await store.append('client-a', events(2), { expectedVersion: 1 });

        await store.append('client-a', events(1), { expectedVersion: 0, idempotencyKey: 'k' });

        expectKnown('client-a', 3);
      });

      if (harness.another) {
        const another = harness.another;
        it('forgets what it knew once another writer appends, and knows again once it reads the stream', async () => {
          await store.append('client-a', events(2), { expectedVersion: 0 });
          await store.append('client-b', events(1), { expectedVersion: 0 });
          const other = await another(store);

          await other.append('client-a', events(1), { expectedVersion: 2 });

          expect([undefined, 3]).toContain(store.knownStreamVersion('client-a'));
          expect([undefined, 1]).toContain(store.knownStreamVersion('client-b'));
          expect((await store.readStream('client-a', { fromRevision: 3 })).map((event) => event.revision)).toEqual([3]);
          expectKnown('client-a', 3);
          expect(await store.readStream('client-b', { fromRevision: 2 })).toEqual([]);
          expectKnown('client-b', 1);
          await other.close();
        });
      }
    });

    it('refuses work once closed', async () => {
      await store.close();

      await expect(store.append('client-a', events(1), { expectedVersion: 0 })).rejects.toBeInstanceOf(EventStoreClosedError);
      await expect(store.readStream('client-a')).rejects.toBeInstanceOf(EventStoreClosedError);
      expect(() => store.knownStreamVersion('client-a')).toThrow(EventStoreClosedError);
    });

    if (harness.reopen) {
      const reopen = harness.reopen;
      it('keeps every acknowledged event and idempotency key across a reopen', async () => {
        const first = await store.append('client-a', events(3), { expectedVersion: 0, idempotencyKey: 'k' });
        await store.append('client-b', events(2), { expectedVersion: 0 });

        store = await reopen(store);

        expect(await headPlace()).toBe(5);
        expect(await store.readStream('client-a')).toEqual(first.events as RecordedEvent[]);
        expect(await store.append('client-a', events(1), { expectedVersion: 0, idempotencyKey: 'k' })).toEqual({
          ...first,
          deduplicated: true,
        });
        expect(await placeOf((await store.append('client-a', events(1), { expectedVersion: 3 })).lastPosition)).toBe(6);
      });
    }
  });
}
