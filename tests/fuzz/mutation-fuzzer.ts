import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { mutationDocument } from '../support/client-mutations';
import { GraphqlClient, type GraphqlResponse } from '../support/graphql-client';
import { daysAgo } from '../support/time';
import { actingAs, terminationMutation } from '../support/termination-mutations';
import type { RunningApp } from '../support/app-process';
import { type FuzzInput, fuzzInput } from './mutation-inputs';

/** Events the service appends on its own, after a request has been answered; not a request's doing. */
const SYSTEM_ACTORS = ['scheduler', 'termination-process'];
const PEOPLE = ['fuzz-alice', 'fuzz-bob'] as const;

export interface FuzzFailure {
  readonly index: number;
  readonly why: string;
  readonly input: FuzzInput;
  readonly response?: unknown;
}

export interface FuzzReport {
  readonly seed: number;
  readonly inputs: number;
  readonly accepted: number;
  /** Refusals by `code reason`. */
  readonly refused: Readonly<Record<string, number>>;
  readonly internalErrors: number;
  readonly failures: readonly FuzzFailure[];
  readonly durationMs: number;
}

/**
 * Counts the events the requests stored, read from the app's SQLite file beside it (read-only, WAL):
 * only rows after the last one seen, so each count costs the new rows only.
 */
class RequestEventCounter {
  private readonly db: BetterSqlite3.Database;
  private readonly countAfter: BetterSqlite3.Statement<unknown[], { requests: number | null; last: number | null }>;
  private lastPosition = 0;

  constructor(dataDir: string) {
    this.db = new BetterSqlite3(join(dataDir, 'events.sqlite'), { readonly: true, fileMustExist: true });
    this.countAfter = this.db.prepare(
      `SELECT sum(CASE WHEN json_extract(metadata, '$.actor') IN (${SYSTEM_ACTORS.map(() => '?').join(', ')}) THEN 0 ELSE 1 END) AS requests, max(position) AS last
       FROM events WHERE position > ?`,
    );
    this.countNew();
  }

  /** Events stored by requests since the last call. */
  countNew(): number {
    const row = this.countAfter.get(...SYSTEM_ACTORS, this.lastPosition)!; // an aggregate always returns one row
    if (row.last !== null) this.lastPosition = row.last;
    return row.requests ?? 0;
  }

  close(): void {
    this.db.close();
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const CONTRACT = {
  paymentTermsDays: 30,
  noticePeriodDays: 15,
  exitClause: { text: 'Either party, 15 days written notice', immediateExitFor: ['NON_PAYMENT'] },
  startDate: daysAgo(700),
  hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
  currency: 'EUR',
  contractedHoursPerMonth: 20,
};

/** Three clients with invoices, a scope change and a complaint, so generated references often hit something real. */
async function seedTargets(api: GraphqlClient): Promise<void> {
  for (const clientId of ['fz-1', 'fz-2', 'fz-3']) {
    await api.data(mutationDocument('registerClient'), {
      input: { clientId, name: `${clientId} Ltd`, contract: CONTRACT, occurredAt: `${daysAgo(700)}T09:00:00Z` },
    });
    for (const [invoiceId, daysBack] of [
      ['INV-1', 200],
      ['INV-2', 90],
      ['INV-3', 20],
    ] as const)
      await api.data(mutationDocument('issueInvoice'), {
        input: {
          clientId,
          invoiceId,
          amount: { amountMinor: 150_000, currency: 'EUR' },
          issuedOn: daysAgo(daysBack),
          occurredAt: `${daysAgo(daysBack)}T09:00:00Z`,
        },
      });
    await api.data(mutationDocument('requestScopeChange'), { input: { clientId, scopeChangeId: 'SC-1', description: 'A new landing page' } });
    await api.data(mutationDocument('fileComplaint'), {
      input: { clientId, complaintId: 'C-1', subject: 'Late', text: 'The report came late', invoiceId: 'INV-2' },
    });
  }
}

const IMPORT_DOCUMENT = `mutation Run($clientId: String!, $commands: [ClientCommandInput!]!, $idempotencyKey: String) {
  importClientHistory(clientId: $clientId, commands: $commands, idempotencyKey: $idempotencyKey) { clientId version deduplicated events { eventId type } }
}`;

const DOCUMENT: Record<FuzzInput['kind'], (mutation: string) => string> = {
  client: mutationDocument,
  termination: terminationMutation,
  import: () => IMPORT_DOCUMENT,
};

/** What the request stored by its own answer: the events it reports, or none for a re-sent one. */
const reportedEvents = (input: FuzzInput, payload: { deduplicated: boolean; events?: unknown[]; eventTypes?: unknown[] }): number =>
  payload.deduplicated ? 0 : input.kind === 'termination' ? (payload.eventTypes?.length ?? 0) : (payload.events?.length ?? 0);

/**
 * Sends `count` inputs generated from `seed` to the running app, one at a time, and checks each
 * answer: a coded refusal that stored nothing, or an acceptance that stored what it reports
 * (a termination may also record its start or end on the client's stream). Never an
 * INTERNAL_SERVER_ERROR, an uncoded error, a dropped connection or a dead process.
 */
export async function fuzzMutations(app: RunningApp, options: { seed: number; count: number; onProgress?: (done: number) => void }): Promise<FuzzReport> {
  const started = Date.now();
  const people = PEOPLE.map((actor) => actingAs(app.graphqlUrl, actor));
  // Each person's key is an event of its own: created before the counter starts, not by a fuzzed request.
  for (const person of people) await person.withCredential();
  await seedTargets(people[0]);
  // Imports are for ADMIN and SERVICE: sent with the app's admin key, which exists before the counter starts.
  const admin = new GraphqlClient(app.graphqlUrl);
  const counter = new RequestEventCounter(app.dataDir);
  const inputs = fc.sample(fuzzInput, { seed: options.seed, numRuns: options.count });
  const refused: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  let accepted = 0;
  let internalErrors = 0;
  try {
    for (const [index, input] of inputs.entries()) {
      const fail = (why: string, response?: unknown) => failures.push({ index, why, input, response });
      let response: GraphqlResponse<Record<string, { deduplicated: boolean; events?: unknown[]; eventTypes?: unknown[] }>>;
      try {
        response =
          input.kind === 'import'
            ? await admin.request(DOCUMENT.import(input.mutation), input.input)
            : await people[input.actor].request(DOCUMENT[input.kind](input.mutation), { input: input.input });
      } catch (error) {
        fail(`no answer: ${String(error)}`);
        if (!isAlive(app.pid)) break;
        continue;
      }
      const stored = counter.countNew();
      const [error] = response.errors ?? [];
      if (error) {
        const { code, reason } = error.extensions ?? {};
        if (code === 'INTERNAL_SERVER_ERROR') internalErrors += 1;
        if (code === undefined || code === 'INTERNAL_SERVER_ERROR') fail(`${code ?? 'uncoded error'}: ${error.message}`, response);
        else refused[`${code} ${reason ?? ''}`.trim()] = (refused[`${code} ${reason ?? ''}`.trim()] ?? 0) + 1;
        if (stored !== 0) fail(`refused (${code} ${reason}) yet ${stored} events were stored`, response);
      } else {
        accepted += 1;
        const payload = response.data?.[input.mutation];
        if (!payload) fail('neither data nor errors', response);
        else {
          const expected = reportedEvents(input, payload);
          // Proposing also opens the termination on the client's stream, ending it closes it there.
          const extra = input.kind === 'termination' && !payload.deduplicated ? 1 : 0;
          if (stored < expected || stored > expected + extra) fail(`accepted with ${expected} events reported but ${stored} stored`, response);
        }
      }
      options.onProgress?.(index + 1);
    }
    if (!isAlive(app.pid)) failures.push({ index: inputs.length, why: 'the app is no longer running', input: inputs[inputs.length - 1] });
  } finally {
    counter.close();
  }
  return { seed: options.seed, inputs: inputs.length, accepted, refused, internalErrors, failures, durationMs: Date.now() - started };
}

/** The report as a person reads it, with how to replay the run. */
export function describeReport(report: FuzzReport): string {
  const refusedTotal = Object.values(report.refused).reduce((sum, n) => sum + n, 0);
  const lines = [
    `seed ${report.seed}: ${report.inputs} inputs, ${report.accepted} accepted, ${refusedTotal} refused with a code, ${report.internalErrors} INTERNAL_SERVER_ERROR, ${report.failures.length} failures, ${(report.durationMs / 1000).toFixed(1)} s`,
    ...Object.entries(report.refused)
      .sort(([, a], [, b]) => b - a)
      .map(([code, n]) => `  ${String(n).padStart(6)}  ${code}`),
  ];
  for (const failure of report.failures.slice(0, 20))
    lines.push(`FAILURE at input #${failure.index} (${failure.input.mutation}): ${failure.why}\n  input: ${JSON.stringify(failure.input.input).slice(0, 600)}`);
  if (report.failures.length > 0) lines.push(`Replay with: FUZZ_SEED=${report.seed} FUZZ_COUNT=${report.inputs} npm run fuzz`);
  return lines.join('\n');
}
