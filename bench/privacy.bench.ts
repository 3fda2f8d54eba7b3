/**
 * Cost of crypto-shredding (docs/personal-data.md): the SQLite event store bare and behind the
 * personal-data decorator, on the same work, in alternating rounds (median of each).
 *   a. single-event appends (ComplaintFiled: two personal fields), SQLITE_SYNCHRONOUS=NORMAL
 *      so the fsync of FULL does not hide the CPU cost;
 *   b. `client(id)` cold: read a 500-event client stream and fold it (what a read does on a
 *      cache miss);
 *   c. `client(id)` warm: the fold is cached (the service's usual case), a read checks for newer events.
 * Each figure is given in wall time and in CPU time of the process: on a shared machine the
 * CPU time is the steadier measure of what encryption adds.
 *
 *   node -r @swc-node/register bench/privacy.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
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

/** Wall time, and the CPU time this process spent (what the shared machine's other load does not inflate). */
async function timed(work: () => Promise<void>): Promise<{ wall: number; cpu: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const spent = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (spent.user + spent.system) / 1000 };
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
    type Figures = Record<string, { wall: number; cpu: number }[]>;
    const appends: Figures = { bare: [], sealed: [] };
    const reads: Figures = { bare: [], sealed: [] };
    const warm: Figures = { bare: [], sealed: [] };
    const per = (count: number, { wall, cpu }: { wall: number; cpu: number }) => ({ wall: wall / count, cpu: cpu / count });
    let next = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, store] of Object.entries(stores)) {
        const appending = await timed(async () => {
          for (let i = 0; i < APPENDS; i++) await store.append('client-writer', [complaint('writer', ++next)], { expectedVersion: 'any' });
        });
        appends[name].push(per(APPENDS, appending));
        const reading = await timed(async () => {
          for (let i = 0; i < READS; i++) await new ClientFolds(store).fold('reader');
        });
        reads[name].push(per(READS, reading));
        const cached = new ClientFolds(store);
        await cached.fold('reader');
        const warmReading = await timed(async () => {
          for (let i = 0; i < READS * 25; i++) await cached.fold('reader');
        });
        warm[name].push(per(READS * 25, warmReading));
      }
    }
    const row = (what: string, figures: Figures) => {
      const cell = (measure: 'wall' | 'cpu') => {
        const bare = median(figures.bare.map((figure) => figure[measure]));
        const sealed = median(figures.sealed.map((figure) => figure[measure]));
        return `${(bare * 1000).toFixed(1).padStart(8)} ${(sealed * 1000).toFixed(1).padStart(8)} ${((sealed / bare - 1) * 100).toFixed(1).padStart(6)} %`;
      };
      console.log(`${what.padEnd(48)} ${cell('wall')}   ${cell('cpu')}`);
    };
    console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, node ${process.version}, ${new Date().toISOString()}`);
    console.log(
      `${`µs per operation (median of ${ROUNDS} rounds)`.padEnd(48)} ${'wall: bare  sealed    cost'.padStart(26)}   ${'CPU: bare  sealed    cost'.padStart(25)}`,
    );
    row('a. single-event append (2 personal fields)', appends);
    row(`b. client(id) cold: read + fold ${STREAM_EVENTS} events`, reads);
    row('c. client(id) warm: cached fold, newer events read', warm);
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
