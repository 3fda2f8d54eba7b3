import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_EVENT_SCHEMA_VERSION, clientDecider, EventUpcasters, foldEvents } from '@client-lifecycle/domain';
import type { RecordedEvent } from '@client-lifecycle/ports';
import { clientEventDecoder, toClientEvent } from './client-event.codec';

const fixture = (name: string): RecordedEvent[] => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as RecordedEvent[];

/**
 * A rehearsal of an evolution, test-only: as if `InvoiceIssued` v1 had no `description` and v2
 * added it (null for old invoices). The fixtures are the same history stored before and after.
 */
const rehearsal = new EventUpcasters({ ...CLIENT_EVENT_SCHEMA_VERSION, InvoiceIssued: 2 }, [
  { type: 'InvoiceIssued', fromVersion: 1, upcast: (data) => ({ description: null, ...(data as object) }) },
]);
const decode = clientEventDecoder(rehearsal);

describe('replaying client events stored at an older schema version', () => {
  const stored = fixture('client-stream.invoice-issued-v1.json');
  const current = fixture('client-stream.invoice-issued-v2.json');

  it('folds the old stream to the same state as the stream stored at the current version', () => {
    expect(foldEvents(clientDecider, stored.map(decode))).toEqual(foldEvents(clientDecider, current.map(decode)));
  });

  it('decodes each old event to exactly the current one', () => {
    expect(stored.map(decode)).toEqual(current.map(decode));
  });

  it('the current fixture is the shape the service decodes today', () => {
    const today = current.map((event) => ({ ...event, schemaVersion: CLIENT_EVENT_SCHEMA_VERSION[event.type as keyof typeof CLIENT_EVENT_SCHEMA_VERSION] }));
    expect(today.map(toClientEvent)).toEqual(current.map(decode));
  });

  it('refuses, rather than guesses, a version that has no upcaster', () => {
    expect(() => toClientEvent({ ...stored[1], schemaVersion: 7 })).toThrow(/No upcaster from InvoiceIssued v7/);
  });
});
