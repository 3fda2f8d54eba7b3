/**
 * What one append costs the read models that follow the log, in process CPU: the client list
 * (its row with the ready assessment) and the worklist, each caught up after every append (the
 * worst case, a page of one event) and after every `--batch` appends (a busy log's pages), on
 * SQLite files as the app opens them. The client folds the command handler keeps are offered to
 * both, as in the app, so the figure is what the projections add to a command.
 * Usage: node -r @swc-node/register bench/projection-append.bench.ts [--clients N] [--appends N] [--batch N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 } from 'uuid';
import { SqliteClientSummaryStore, SqliteEventStore, SqliteWorklistStore, SystemClock } from '@client-lifecycle/adapters';
import { ClientFolds, ClientSummaryProjection, WorklistProjection } from '@client-lifecycle/application';
import { CLIENT_EVENT_SCHEMA_VERSION, clientDecider, clientStreamId, isDomainError, type LogTime } from '@client-lifecycle/domain';
import { flag, generateLog, machine } from './support/generated-log';

const cpuMsSince = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function main(): Promise<void> {
  const clients = flag('clients', 2_000);
  const appends = flag('appends', 1_000);
  const batch = flag('batch', 10);
  const folder = mkdtempSync(join(tmpdir(), 'projection-append-bench-'));
  try {
    console.log(machine());
    const clock = new SystemClock();
    const events = SqliteEventStore.open({ filename: join(folder, 'events.sqlite'), clock, synchronous: 'NORMAL' });
    process.stderr.write(`generating a log of ${clients} clients...\n`);
    const { clientIds } = await generateLog(events, clients);
    const summaries = SqliteClientSummaryStore.open(join(folder, 'read-models.sqlite'));
    const worklist = SqliteWorklistStore.open(join(folder, 'worklist.sqlite'));
    const folds = new ClientFolds(events);
    const list = new ClientSummaryProjection(events, summaries, clock, { histories: folds });
    const work = new WorklistProjection(events, worklist, clock, { histories: folds });
    await list.rebuild();
    await work.rebuild();
    const today = clock.now().toISOString().slice(0, 10);
    let sent = 0;
    /** A logTime as the command handler runs it: folded, decided, appended, the fold moved on. */
    const logTime = async (): Promise<void> => {
      const index = sent++;
      const clientId = clientIds[(index * 7919) % clientIds.length];
      const fold = await folds.fold(clientId);
      const { state, version } = fold.loaded();
      const command: LogTime = {
        type: 'LogTime',
        data: { clientId, timeEntryId: `BENCH-${index}`, activity: 'DELIVERY', minutes: 30, billable: true, workedOn: today },
        metadata: { occurredAt: clock.now().toISOString(), now: clock.now().toISOString() },
      };
      const decided = clientDecider.decide(command, state);
      if (isDomainError(decided)) throw new Error(`logTime refused: ${decided.code}`);
      const metadata = { correlationId: 'bench', causationId: null, actor: 'bench' };
      const streamId = clientStreamId(clientId);
      const result = await events.append(
        streamId,
        decided.map((event) => ({
          eventId: v7(),
          type: event.type,
          schemaVersion: CLIENT_EVENT_SCHEMA_VERSION[event.type],
          occurredAt: command.metadata.occurredAt,
          data: event.data,
          metadata,
        })),
        { expectedVersion: version },
      );
      folds.appended(streamId, result);
    };
    for (const [label, perCatchUp] of [
      ['a catch-up per append', 1],
      [`a catch-up per ${batch} appends`, batch],
    ] as const) {
      let listMs = 0;
      let worklistMs = 0;
      for (let done = 0; done < appends; done += perCatchUp) {
        for (let count = 0; count < perCatchUp; count++) await logTime();
        const listCpu = process.cpuUsage();
        await list.catchUp();
        listMs += cpuMsSince(listCpu);
        const worklistCpu = process.cpuUsage();
        await work.catchUp();
        worklistMs += cpuMsSince(worklistCpu);
      }
      console.log(
        `${label}, ${clients.toLocaleString('en-US')} clients: client list ${(listMs / appends).toFixed(3)} ms, worklist ${(worklistMs / appends).toFixed(3)} ms of CPU an append (${appends} appends)`,
      );
    }
    await summaries.close();
    await worklist.close();
    await events.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
