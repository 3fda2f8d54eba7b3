/**
 * `simulate` figures: hypothetical commands (a write-off, a payment, time logged, a credit hold)
 * on a client with 1,000 stored events, in-process through ClientSimulation (wall and CPU time
 * per answer) and over HTTP (the built app against the anchor, bench/support/anchor-app.ts,
 * measured in the same run, printed as a ratio).
 * Usage (after `npm run build`): node -r @swc-node/register bench/simulate.bench.ts [--events N] [--iterations N] [--seconds S]
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { v7 } from 'uuid';
import { SqliteEventStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientInsightQueries, ClientSimulation, type UnstampedClientCommand } from '@client-lifecycle/application';
import { CLIENT_EVENT_SCHEMA_VERSION, type ClientEvent, clientStreamId } from '@client-lifecycle/domain';
import type { EventToAppend } from '@client-lifecycle/ports';
import { flag, machine, percentile } from './support/generated-log';
import { figureLine, measure, startAnchor, startBenchApp } from './support/http-load';

/** The event log's file name in DATA_DIR (apps/client-lifecycle/src/infrastructure). */
const EVENTS_FILE = 'events.sqlite';
const CLIENT_ID = 'bench-simulated';
const CONNECTIONS = 4;
/** Requests per second for the latency figure: under what the app serves, so the figure is an answer's time rather than a queue's. */
const STEADY_RATE = 5;
/** Invoices left open at the end of the stream, for the hypothetical write-off and payment. */
const OPEN_INVOICES = 5;

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const dayOf = (cycle: number) => `2026-${String((cycle % 9) + 1).padStart(2, '0')}-${String((cycle % 27) + 1).padStart(2, '0')}`;

/** A long relationship (the mix of bench/client-fold.bench.ts): invoices paid in two parts, time logged, meetings and reminders; the last few invoices left open. */
function clientEvents(length: number): ClientEvent[] {
  const clientId = CLIENT_ID;
  const events = [
    {
      type: 'ClientRegistered',
      data: {
        clientId,
        name: 'Simulated Ltd',
        clientSince: '2020-01-01',
        contract: {
          paymentTermsDays: 30,
          noticePeriodDays: 60,
          exitClause: { text: 'Notice applies', immediateExitFor: [] },
          startDate: '2020-01-01',
          endDate: null,
          hourlyRate: eur(9_000),
          currency: 'EUR',
          contractedHoursPerMonth: 20,
        },
      },
    },
  ] as ClientEvent[];
  const settled = length - OPEN_INVOICES - 1;
  for (let cycle = 0; events.length < settled; cycle++) {
    const invoiceId = `INV-${cycle}`;
    const day = dayOf(cycle);
    events.push(
      ...([
        { type: 'InvoiceIssued', data: { clientId, invoiceId, amount: eur(100_000), issuedOn: day, dueDate: day, description: null } },
        {
          type: 'TimeLogged',
          data: { clientId, timeEntryId: `T-${cycle}-1`, activity: 'DELIVERY', minutes: 60, billable: true, workedOn: day, scopeChangeId: null },
        },
        { type: 'ReminderSent', data: { clientId, reminderId: `R-${cycle}`, invoiceId, step: 'FRIENDLY', channel: 'EMAIL', note: null } },
        {
          type: 'PaymentRecorded',
          data: { clientId, paymentId: `P-${cycle}-1`, invoiceId, amount: eur(40_000), paidOn: day, kind: 'PARTIAL', openBalanceAfter: eur(60_000) },
        },
        {
          type: 'MeetingRecorded',
          data: { clientId, meetingId: `M-${cycle}`, scheduledAt: `${day}T10:00:00.000Z`, outcome: 'HELD', durationMinutes: 45, note: null },
        },
        {
          type: 'PaymentRecorded',
          data: { clientId, paymentId: `P-${cycle}-2`, invoiceId, amount: eur(60_000), paidOn: day, kind: 'FULL', openBalanceAfter: eur(0) },
        },
      ] as ClientEvent[]),
    );
  }
  events.splice(settled);
  for (let open = 0; open < OPEN_INVOICES; open++) {
    const day = `2026-10-${String(open + 1).padStart(2, '0')}`;
    events.push({
      type: 'InvoiceIssued',
      data: { clientId, invoiceId: `OPEN-${open}`, amount: eur(250_000), issuedOn: day, dueDate: day, description: null },
    } as ClientEvent);
  }
  return events;
}

/** What a credit controller weighs: write one invoice off, take a part payment on another, log time, hold credit. */
const COMMANDS: readonly UnstampedClientCommand[] = [
  { type: 'WriteOffInvoice', data: { clientId: CLIENT_ID, writeOffId: 'WO-1', invoiceId: 'OPEN-0', amount: eur(250_000), reason: 'Not worth pursuing' } },
  { type: 'RecordPayment', data: { clientId: CLIENT_ID, paymentId: 'SIM-P-1', invoiceId: 'OPEN-1', amount: eur(100_000), paidOn: '2026-11-19' } },
  {
    type: 'LogTime',
    data: { clientId: CLIENT_ID, timeEntryId: 'SIM-T-1', activity: 'DELIVERY', minutes: 120, billable: true, workedOn: '2026-11-19' },
  },
  { type: 'PlaceCreditHold', data: { clientId: CLIENT_ID, reason: 'Two invoices long overdue' } },
] as UnstampedClientCommand[];

/** The same commands as GraphQL input (ClientCommandInput). */
const COMMAND_INPUTS = [
  { writeOffInvoice: { clientId: CLIENT_ID, writeOffId: 'WO-1', invoiceId: 'OPEN-0', amount: eur(250_000), reason: 'Not worth pursuing' } },
  { recordPayment: { clientId: CLIENT_ID, paymentId: 'SIM-P-1', invoiceId: 'OPEN-1', amount: eur(100_000), paidOn: '2026-11-19' } },
  { logTime: { clientId: CLIENT_ID, timeEntryId: 'SIM-T-1', activity: 'DELIVERY', minutes: 120, billable: true, workedOn: '2026-11-19' } },
  { placeCreditHold: { clientId: CLIENT_ID, reason: 'Two invoices long overdue' } },
];

const SIMULATE_QUERY = `query Simulate($clientId: String!, $commands: [ClientCommandInput!]!) {
  simulate(clientId: $clientId, commands: $commands) {
    before { on risk { score band recommendation } profitability { contributionMargin { amountMinor } } collection { totalOverdue { amountMinor } } }
    after { on risk { score band recommendation } profitability { contributionMargin { amountMinor } } collection { totalOverdue { amountMinor } } }
    refused { commandIndex code }
    eventCount
  }
}`;

const ANCHOR_QUERY = `query Simulate($clientId: String!, $commands: [String!]!) {
  simulate(clientId: $clientId, commands: $commands) {
    before { on risk { score band recommendation } contributionMarginMinor totalOverdueMinor }
    after { on risk { score band recommendation } contributionMarginMinor totalOverdueMinor }
    refused { commandIndex code }
    eventCount
  }
}`;

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main(): Promise<void> {
  const length = flag('events', 1_000);
  const iterations = flag('iterations', 500);
  const seconds = flag('seconds', 10);
  const dataDir = mkdtempSync(join(tmpdir(), 'simulate-bench-'));
  const children: ChildProcess[] = [];
  try {
    console.log(machine());
    const clock = new SystemClock();
    const events = SqliteEventStore.open({ filename: join(dataDir, EVENTS_FILE), clock, synchronous: 'NORMAL' });
    const metadata = { correlationId: 'bench', causationId: null, actor: 'bench' };
    const toAppend: EventToAppend[] = clientEvents(length).map((event) => ({
      eventId: v7(),
      type: event.type,
      schemaVersion: CLIENT_EVENT_SCHEMA_VERSION[event.type],
      occurredAt: '2026-11-01T09:00:00.000Z',
      data: event.data,
      metadata,
    }));
    await events.append(clientStreamId(CLIENT_ID), toAppend, { expectedVersion: 0 });

    const simulation = new ClientSimulation(events, clock, new ClientInsightQueries(events, clock));
    const check = await simulation.simulate(CLIENT_ID, COMMANDS);
    if (check.refused.length > 0 || !check.before || !check.after)
      throw new Error(`the bench's commands should all be accepted: ${JSON.stringify(check.refused.map(({ refusal }) => refusal.code))}`);
    for (let warmUp = 0; warmUp < 20; warmUp++) await simulation.simulate(CLIENT_ID, COMMANDS);
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let index = 0; index < iterations; index++) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      await simulation.simulate(CLIENT_ID, COMMANDS);
      walls.push(performance.now() - started);
      const spent = process.cpuUsage(cpu);
      cpus.push((spent.user + spent.system) / 1000);
    }
    walls.sort((a, b) => a - b);
    cpus.sort((a, b) => a - b);
    console.log(
      `simulate(${COMMANDS.length} commands) on a client with ${length.toLocaleString('en-US')} events, in-process (${iterations} in a row): p50 ${ms(percentile(walls, 50))}, p99 ${ms(percentile(walls, 99))} (target p99 < 20 ms); CPU p50 ${ms(percentile(cpus, 50))}, p99 ${ms(percentile(cpus, 99))}`,
    );
    await events.close();

    const anchor = await startAnchor();
    children.push(anchor.child);
    const app = await startBenchApp(dataDir);
    children.push(app.child);
    const appBody = JSON.stringify({ query: SIMULATE_QUERY, variables: { clientId: CLIENT_ID, commands: COMMAND_INPUTS } });
    const anchorBody = JSON.stringify({
      query: ANCHOR_QUERY,
      variables: { clientId: CLIENT_ID, commands: COMMAND_INPUTS.map((input) => Object.keys(input)[0]) },
    });
    await measure({ url: anchor.url, body: anchorBody, seconds: 3, connections: CONNECTIONS });
    await measure({ url: app.url, body: appBody, seconds: 3, connections: CONNECTIONS });
    const anchorRun = await measure({ url: anchor.url, body: anchorBody, seconds, connections: CONNECTIONS });
    const appRun = await measure({ url: app.url, body: appBody, seconds, connections: CONNECTIONS });
    console.log(figureLine(`simulate over HTTP, ${CONNECTIONS} connections`, appRun, anchorRun));
    const anchorSteady = await measure({ url: anchor.url, body: anchorBody, seconds, connections: CONNECTIONS, rate: STEADY_RATE });
    const steady = await measure({ url: app.url, body: appBody, seconds, connections: CONNECTIONS, rate: STEADY_RATE });
    console.log(
      `simulate over HTTP at a steady ${STEADY_RATE} req/s: p50 ${steady.p50} ms, p99 ${steady.p99} ms (target p99 < 20 ms) = ${(steady.p99 / Math.max(1, anchorSteady.p99)).toFixed(1)}x the anchor's p99 (${anchorSteady.p99} ms), ${steady.failed} failed of ${steady.requests.toLocaleString('en-US')}`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
