/**
 * Worklist figures: a page of `collectionWorklist` over 100,000 clients, in-process through the
 * store port and over HTTP (the built app against the anchor, bench/support/anchor-app.ts, the
 * same load in turn, throughput as a ratio), and the time to render one draft.
 * Usage (after `npm run build`): node -r @swc-node/register bench/worklist.bench.ts [--clients N] [--seconds S]
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteClientSummaryStore, SqliteEventStore, SqliteWorklistStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryProjection, renderDraft, WorklistProjection } from '@client-lifecycle/application';
import {
  addDays,
  DraftLocale,
  draftFactsOfEntry,
  ReminderChannel,
  ReminderStep,
  WorklistAction,
  WorklistContact,
  type WorklistEntry,
  worklistPriority,
} from '@client-lifecycle/domain';
import { type WorklistClient, type WorklistKey, worklistKey } from '@client-lifecycle/ports';
import { flag, generateLog, machine, percentile } from './support/generated-log';
import { figureLine, measure, startAnchor, startBenchApp } from './support/http-load';

/** The file names the app uses in DATA_DIR (apps/client-lifecycle/src/infrastructure). */
const EVENTS_FILE = 'events.sqlite';
const WORKLIST_FILE = 'worklist.sqlite';
const READ_MODELS_FILE = 'read-models.sqlite';
const WORKLIST_CLIENTS = 100_000;
const PAGE = 50;
const PAGE_QUERIES = 2_000;
const DRAFTS = 5_000;
const CONNECTIONS = 16;
/** Requests per second for the latency figure: under what the app serves, so the figure is a page's time rather than a queue's. */
const STEADY_RATE = 5;

const STEPS: readonly [WorklistAction, ReminderStep, ReminderChannel][] = [
  [WorklistAction.FriendlyReminder, ReminderStep.Friendly, ReminderChannel.Email],
  [WorklistAction.FirmReminder, ReminderStep.Firm, ReminderChannel.Call],
  [WorklistAction.FormalLetter, ReminderStep.FormalLetter, ReminderChannel.Letter],
  [WorklistAction.FinalNotice, ReminderStep.FinalNotice, ReminderChannel.Letter],
  [WorklistAction.CourtesyCall, ReminderStep.Courtesy, ReminderChannel.Call],
];

/**
 * One entry per client, due from 60 days before `today` to 30 days after it, with one to three
 * invoices; judged by an event only (no refresh day), so the app's projector leaves them be.
 */
function syntheticClients(count: number, offset: number, today: string): WorklistClient[] {
  return Array.from({ length: count }, (_, index) => {
    const clientId = `synthetic-${String(offset + index).padStart(6, '0')}`;
    const [action, step, channel] = STEPS[index % STEPS.length];
    const dueOn = addDays(today, ((index * 7919) % 90) - 60);
    const invoices = Array.from({ length: 1 + (index % 3) }, (_, n) => ({
      invoiceId: `INV-${n + 1}`,
      dueDate: addDays(dueOn, -10 - n * 30),
      openBalanceMinor: 50_000 + ((index * 104_729 + n) % 1_000_000),
    }));
    const totalMinor = invoices.reduce((sum, invoice) => sum + invoice.openBalanceMinor, 0);
    const riskScore = (index * 31) % 100;
    const entry: WorklistEntry = {
      entryId: `${clientId}/INV-1/${step}`,
      clientId,
      clientName: `Client ${index}`,
      currency: 'EUR',
      action,
      step,
      invoiceId: 'INV-1',
      dueOn,
      daysPastDue: 10,
      invoices,
      totalMinor,
      channel,
      contact: WorklistContact.AccountsPayable,
      askForDate: index % 4 === 0,
      riskScore,
      priority: worklistPriority(totalMinor, 10 + (index % 50), riskScore),
    };
    return { clientId, entries: [entry], asOf: today, refreshOn: null };
  });
}

const WORKLIST_QUERY = `query Worklist {
  collectionWorklist(first: ${PAGE}) {
    edges { cursor node {
      entryId clientId clientName action step dueOn daysPastDue channel contact priority
      invoices { invoiceId dueDate openBalance { amountMinor currency } }
      total { amountMinor currency }
      draft { kind locale subject body }
    } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

const PAGE_BODY = JSON.stringify({ query: WORKLIST_QUERY });

async function main(): Promise<void> {
  const clients = flag('clients', 500);
  const seconds = flag('seconds', 10);
  const today = new Date().toISOString().slice(0, 10);
  const dataDir = mkdtempSync(join(tmpdir(), 'worklist-bench-'));
  const children: ChildProcess[] = [];
  try {
    console.log(machine());
    process.stderr.write(`preparing ${clients} generated clients and a worklist of ${WORKLIST_CLIENTS} clients...\n`);
    const events = SqliteEventStore.open({ filename: join(dataDir, EVENTS_FILE), clock: new SystemClock(), synchronous: 'NORMAL' });
    await generateLog(events, clients);
    const store = SqliteWorklistStore.open(join(dataDir, WORKLIST_FILE));
    const checkpoint = await new WorklistProjection(events, store, new SystemClock()).rebuild();
    // The generated clients plus synthetic ones up to 100,000: a log that large takes minutes to generate and measures nothing more here.
    const synthetic = syntheticClients(WORKLIST_CLIENTS - clients, clients, today);
    for (let start = 0; start < synthetic.length; start += 5_000) await store.commit(synthetic.slice(start, start + 5_000), checkpoint);
    // The client list too, so the app's projector has nothing to catch up on while it is measured.
    const summaries = SqliteClientSummaryStore.open(join(dataDir, READ_MODELS_FILE));
    await new ClientSummaryProjection(events, summaries, new SystemClock()).rebuild();
    await summaries.close();
    await events.close();

    // Pages 1 to 20 in turn, each continuing after the last entry of the one before.
    const timings: number[] = [];
    let after: WorklistKey | null = null;
    for (let query = 0; query < PAGE_QUERIES; query++) {
      const begin = performance.now();
      const page = await store.list(today, {}, PAGE, query % 20 === 0 ? null : after);
      timings.push(performance.now() - begin);
      after = worklistKey(page.entries[page.entries.length - 1]);
    }
    timings.sort((a, b) => a - b);
    console.log(
      `collectionWorklist(first: ${PAGE}) on ${WORKLIST_CLIENTS.toLocaleString('en-US')} clients, store only: p50 ${percentile(timings, 50).toFixed(2)} ms, p99 ${percentile(timings, 99).toFixed(2)} ms (target p99 < 50 ms)`,
    );
    // totalCount: the whole list, then one action, as a filtered page counts.
    const counts: number[] = [];
    let total = 0;
    for (let query = 0; query < PAGE_QUERIES / 10; query++) {
      const begin = performance.now();
      total = await store.count(today, query % 2 === 0 ? {} : { action: STEPS[query % STEPS.length][0] });
      counts.push(performance.now() - begin);
    }
    counts.sort((a, b) => a - b);
    console.log(
      `its totalCount (${total.toLocaleString('en-US')} entries due, or one action's), store only: p50 ${percentile(counts, 50).toFixed(2)} ms, p99 ${percentile(counts, 99).toFixed(2)} ms`,
    );

    const entries = (await store.list(today, {}, PAGE, null)).entries;
    const locales = [DraftLocale.ES, DraftLocale.EN];
    const coldStarted = performance.now();
    // The first draft of each kind and locale parses its templates; every later one reuses them.
    for (const entry of entries) for (const locale of locales) renderDraft(draftFactsOfEntry(entry, today), locale);
    const cold = performance.now() - coldStarted;
    const renders: number[] = [];
    for (let n = 0; n < DRAFTS; n++) {
      const begin = performance.now();
      renderDraft(draftFactsOfEntry(entries[n % entries.length], today), locales[n % 2]);
      renders.push(performance.now() - begin);
    }
    renders.sort((a, b) => a - b);
    console.log(
      `a rendered draft (ES and EN in turn): p50 ${percentile(renders, 50).toFixed(3)} ms, p99 ${percentile(renders, 99).toFixed(3)} ms (target < 5 ms); the first page in both locales, templates parsed: ${cold.toFixed(1)} ms`,
    );
    await store.close();

    const anchor = await startAnchor();
    children.push(anchor.child);
    const app = await startBenchApp(dataDir);
    children.push(app.child);
    await measure({ url: anchor.url, body: PAGE_BODY, seconds: 3, connections: CONNECTIONS });
    await measure({ url: app.url, body: PAGE_BODY, seconds: 3, connections: CONNECTIONS });
    const anchorPage = await measure({ url: anchor.url, body: PAGE_BODY, seconds, connections: CONNECTIONS });
    const appPage = await measure({ url: app.url, body: PAGE_BODY, seconds, connections: CONNECTIONS });
    console.log(figureLine(`collectionWorklist(first: ${PAGE}) with drafts and totalCount over HTTP, ${CONNECTIONS} connections`, appPage, anchorPage));
    const steady = await measure({ url: app.url, body: PAGE_BODY, seconds, connections: CONNECTIONS, rate: STEADY_RATE });
    console.log(
      `collectionWorklist(first: ${PAGE}) with drafts and totalCount at a steady ${STEADY_RATE} req/s: p50 ${steady.p50} ms, p99 ${steady.p99} ms (target p99 < 50 ms), ${steady.failed} failed of ${steady.requests.toLocaleString('en-US')}`,
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
