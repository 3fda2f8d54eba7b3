import { ANY, NO_STREAM, START, WrongExpectedVersionError as KurrentWrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '@client-lifecycle/ports';
import {
  fromRecorded,
  isStreamNotFound,
  keyedEventId,
  type KurrentRecorded,
  toEventData,
  toReadPosition,
  toReadRevision,
  toStoreError,
  toStreamState,
  toVersion,
} from './kurrentdb.mapping';

const event = {
  eventId: '0192f6a0-0000-7000-8000-000000000001',
  type: 'InvoiceIssued',
  schemaVersion: 2,
  occurredAt: '2026-02-27T16:00:00.000Z',
  data: { invoiceId: 'inv-1', amount: { amountMinor: 12_345, currency: 'EUR' }, note: 'état ✓' },
  metadata: { correlationId: 'corr-1', causationId: 'cause-1', actor: 'graphql-api', idempotencyKey: 'k' },
};

describe('KurrentDB mapping', () => {
  describe('expected versions', () => {
    it('maps version 0 to "no stream", version N to revision N - 1 and "any" to any', () => {
      expect(toStreamState(0)).toBe(NO_STREAM);
      expect(toStreamState(1)).toBe(0n);
      expect(toStreamState(42)).toBe(41n);
      expect(toStreamState('any')).toBe(ANY);
    });

    it("maps the server's current state back to our version", () => {
      expect(toVersion(NO_STREAM)).toBe(0);
      expect(toVersion(0n)).toBe(1);
      expect(toVersion(41n)).toBe(42);
    });

    it('reads from a 1-based revision as the 0-based one', () => {
      expect(toReadRevision(1)).toBe(0n);
      expect(toReadRevision(5)).toBe(4n);
    });
  });

  describe('positions', () => {
    it('starts a read of the whole log at the start, and any later one at the given commit position', () => {
      expect(toReadPosition(0)).toBe(START);
      expect(toReadPosition(4_096)).toEqual({ commit: 4_096n, prepare: 4_096n });
    });

    it('refuses a position beyond what a number holds exactly instead of rounding it', () => {
      const huge = { ...stored(0n, 1n), position: { commit: 2n ** 60n, prepare: 2n ** 60n } };
      expect(() => fromRecorded(huge, 'client-a')).toThrow(RangeError);
    });
  });

  describe('errors', () => {
    it("turns the client's wrong expected version into ours, with the actual version", () => {
      const serverError = new KurrentWrongExpectedVersionError(undefined, { streamName: 'ns-client-a', expected: 1n, current: 4n });

      const mapped = toStoreError(serverError, 'client-a', 2);

      expect(mapped).toBeInstanceOf(WrongExpectedVersionError);
      expect(mapped).toMatchObject({ streamId: 'client-a', expectedVersion: 2, actualVersion: 5 });
    });

    it('reports a stream that does not exist as version 0', () => {
      const serverError = new KurrentWrongExpectedVersionError(undefined, { streamName: 'client-a', expected: 0n, current: NO_STREAM });

      expect(toStoreError(serverError, 'client-a', 1)).toMatchObject({ expectedVersion: 1, actualVersion: 0 });
    });

    it('passes other errors through untouched', () => {
      const other = new Error('unavailable');
      expect(toStoreError(other, 'client-a', 1)).toBe(other);
      expect(isStreamNotFound(other)).toBe(false);
      expect(isStreamNotFound({ type: 'stream-not-found' })).toBe(true);
    });
  });

  describe('events', () => {
    it('writes our envelope as a JSON event with the same id and type, correlation where Kurrent looks for it', () => {
      const data = toEventData(event, { recordedAt: '2026-03-01T09:30:00.000Z', appendKey: 'k', attemptId: 'attempt-1' });

      expect(data).toEqual({
        id: event.eventId,
        type: 'InvoiceIssued',
        contentType: 'application/json',
        data: event.data,
        metadata: {
          $correlationId: 'corr-1',
          $causationId: 'cause-1',
          schemaVersion: 2,
          occurredAt: event.occurredAt,
          recordedAt: '2026-03-01T09:30:00.000Z',
          appendKey: 'k',
          attemptId: 'attempt-1',
          metadata: event.metadata,
        },
      });
    });

    it('reads back exactly the envelope it wrote, with 1-based revision and the commit position', () => {
      const written = toEventData(event, { recordedAt: '2026-03-01T09:30:00.000Z' });
      const recorded: KurrentRecorded = {
        id: written.id,
        type: written.type,
        revision: 6n,
        data: JSON.parse(JSON.stringify(written.data)),
        metadata: JSON.parse(JSON.stringify(written.metadata)),
        position: { commit: 18_432n, prepare: 18_432n },
      };

      expect(fromRecorded(recorded, 'client-a')).toEqual({
        ...event,
        streamId: 'client-a',
        revision: 7,
        position: 18_432,
        recordedAt: '2026-03-01T09:30:00.000Z',
      });
    });

    it('carries data that is not an object, array or string wrapped, and unwraps it', () => {
      for (const value of [42, true, null]) {
        const written = toEventData({ ...event, data: value }, { recordedAt: '2026-03-01T09:30:00.000Z' });
        expect(written.data).toEqual({ $value: value });
        expect(fromRecorded({ ...stored(0n, 1n), data: written.data, metadata: written.metadata }, 'client-a').data).toBe(value);
      }
    });

    it('derives the ids of a keyed append from stream, key and index, so a retry anywhere carries the same ids', () => {
      expect(keyedEventId('client-a', 'import-42', 0)).toBe(keyedEventId('client-a', 'import-42', 0));
      expect(
        new Set([
          keyedEventId('client-a', 'import-42', 0),
          keyedEventId('client-a', 'import-42', 1),
          keyedEventId('client-b', 'import-42', 0),
          keyedEventId('client-a', 'import-43', 0),
        ]).size,
      ).toBe(4);
      expect(keyedEventId('client-a', 'import-42', 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });
});

function stored(revision: bigint, position: bigint): KurrentRecorded {
  const written = toEventData(event, { recordedAt: '2026-03-01T09:30:00.000Z' });
  return { id: written.id, type: written.type, revision, data: written.data, metadata: written.metadata, position: { commit: position, prepare: position } };
}
