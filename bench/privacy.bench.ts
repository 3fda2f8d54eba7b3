/**
 * Cost of crypto-shredding (docs/personal-data.md): the SQLite event store bare and behind the
 * personal-data decorator, on the same work, in alternating rounds (median of each).
 *   a. single-event appends (ComplaintFiled: two personal fields), SQLITE_SYNCHRONOUS=NORMAL
 *      so the fsync of FULL does not hide the CPU cost;
 *   b. `client(id)` cold: read a 500-event client stream and fold it (what a read does on a
 *      cache miss);
 *   c. `client(id)` warm: the fold is cached (the service's usual case), a read checks for newer events.
 *
 *   node -r @swc-node/register bench/privacy.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { v7 } from 'uuid';
import { ClientDataKeys, InMemoryDataKeyStore, MasterKey, PersonalDataEventStore, SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientFolds } from '@client-lifecycle/application';
import type { EventStore, EventToAppend } from '@client-lifecycle/ports';

const ROUNDS = 5;
const APPENDS = 1_000;
const READS = 40;
const STREAM_EVENTS = 500;

const metadata = { correlationId: 'bench', causationId: null, actor: 'bench' };
const event = (type: string, data: unknown): EventToAppend => ({
  eventId: v7(),
  type,
  schemaVersion: 1,
  occurredAt: '2026-03-01T09:00:00.000Z',
  data,
  metadata,
});
const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const registration = (clientId: string) =>
  event('ClientRegistered', {
    clientId,
    name: `${clientId} Consulting GmbH`,
    clientSince: '2025-01-01',
    contract: {
      paymentTermsDays: 30,
      noticePeriodDays: 15,
      exitClause: { text: 'Either party, 15 days notice', immediateExitFor: [] },
      startDate: '2025-01-01',
      endDate: null,
      hourlyRate: money(9_000),
      currency: 'EUR',
      contractedHoursPerMonth: 20,
    },
  });

const complaint = (clientId: string, n: number) =>
  event('ComplaintFiled', {
    clientId,
    complaintId: `K-${n}`,
    subject: 'Invoice disputed by Ines Quillon',
    text: 'Called +49 30 555 0142 about the March workshop hours',
    disputedInvoiceId: null,
  });

function history(clientId: string): EventToAppend[] {
  const events = [registration(clientId)];
  for (let n = 1; events.length < STREAM_EVENTS; n++) {
    events.push(
      event('InvoiceIssued', {
        clientId,
        invoiceId: `INV-${n}`,
        amount: money(50_000),
        issuedOn: '2025-02-01',
        dueDate: '2025-03-03',
        description: `Workshop ${n} with the client's team`,
      }),
    );
    events.push(
      event('TimeLogged', {
        clientId,
        timeEntryId: `T-${n}`,
        activity: `Call with Ines Quillon about item ${n}`,
        minutes: 30,
        billable: true,
        workedOn: '2025-02-01',
        scopeChangeId: null,
      }),
    );
  }
  return events;
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'privacy-bench-'));
  const clock = new SystemClock();
  const bare = await SqliteEventStore.open({ filename: join(folder, 'bare.sqlite'), synchronous: 'NORMAL', clock });
  const inner = await SqliteEventStore.open({ filename: join(folder, 'sealed.sqlite'), synchronous: 'NORMAL', clock });
  const sealed = new PersonalDataEventStore(inner, new ClientDataKeys(new InMemoryDataKeyStore(), MasterKey.generate()));
  const stores: Record<'bare' | 'sealed', EventStore> = { bare, sealed };
  try {
    for (const store of Object.values(stores)) {
      await store.append('client-reader', history('reader'), { expectedVersion: 0 });
      await store.append('client-writer', [registration('writer')], { expectedVersion: 0 });
    }
    const appends: Record<string, number[]> = { bare: [], sealed: [] };
    const reads: Record<string, number[]> = { bare: [], sealed: [] };
    const warm: Record<string, number[]> = { bare: [], sealed: [] };
    let next = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, store] of Object.entries(stores)) {
        const ms = await timed(async () => {
          for (let i = 0; i < APPENDS; i++) await store.append('client-writer', [complaint('writer', ++next)], { expectedVersion: 'any' });
        });
        appends[name].push((APPENDS / ms) * 1000);
        const readMs = await timed(async () => {
          for (let i = 0; i < READS; i++) await new ClientFolds(store).fold('reader');
        });
        reads[name].push(readMs / READS);
        const cached = new ClientFolds(store);
        await cached.fold('reader');
        const warmMs = await timed(async () => {
          for (let i = 0; i < READS * 25; i++) await cached.fold('reader');
        });
        warm[name].push(warmMs / (READS * 25));
      }
    }
    const row = (what: string, unit: string, bareValue: number, sealedValue: number, higherIsBetter: boolean) => {
      const cost = higherIsBetter ? 1 - sealedValue / bareValue : sealedValue / bareValue - 1;
      console.log(
        `${what.padEnd(44)} ${bareValue.toFixed(unit === 'ms' ? 2 : 0).padStart(9)} ${sealedValue.toFixed(unit === 'ms' ? 2 : 0).padStart(9)} ${unit.padEnd(10)} ${(cost * 100).toFixed(1).padStart(6)} %`,
      );
    };
    console.log(
      `${'scenario (median of ' + ROUNDS + ' rounds)'.padEnd(44)} ${'bare'.padStart(9)} ${'encrypted'.padStart(9)} ${'unit'.padEnd(10)} ${'cost'.padStart(8)}`,
    );
    row('a. single-event append (2 personal fields)', 'appends/s', median(appends.bare), median(appends.sealed), true);
    row(`b. client(id) cold: read + fold ${STREAM_EVENTS} events`, 'ms', median(reads.bare), median(reads.sealed), false);
    row('c. client(id) warm: cached fold, newer events read', 'ms', median(warm.bare), median(warm.sealed), false);
  } finally {
    await sealed.close();
    await bare.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
