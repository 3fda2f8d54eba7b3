import type { ClientSummary, ClientSummaryStore, EventStore } from '@client-lifecycle/ports';
import { DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import type { RiskChange } from './risk-change.feed';
import type { InsightConfig } from '../insight/insight.config';
import { CoalescedRuns, yieldToEventLoop } from '../shared';
import { ClientSummaryFolder } from './client-summary.folder';

const REBUILD_PAGE = 10_000;
/** Rows per transaction while a rebuild writes the list. */
const REBUILD_COMMIT = 5_000;

/**
 * Tails the global log into the client summary list. Each row is computed as of the day of the
 * client's latest event, never of the wall clock, so a rebuild from position 0 writes exactly
 * what the incremental run wrote.
 */
export class ClientSummaryProjection {
  private readonly folder: ClientSummaryFolder;
  private readonly runs = new CoalescedRuns(() => this.catchUp());
  private unsubscribe: (() => void) | null = null;
  private serial: Promise<unknown> = Promise.resolve();
  private readonly lastRows = new Map<string, ClientSummary>();

  constructor(
    private readonly events: EventStore,
    private readonly summaries: ClientSummaryStore,
    config: InsightConfig = DEFAULT_INSIGHT_CONFIG,
    private readonly pageSize = 1_000,
    /** Told of each client whose score or band moved, once the change is committed. */
    private readonly onRiskChange: (change: RiskChange) => void = () => undefined,
  ) {
    this.folder = new ClientSummaryFolder(events, config);
  }

  /** Follows new appends as they are committed (no polling). */
  start(onError: (error: unknown) => void): void {
    // Another instance may have projected since this one last ran: fold clients afresh from their streams.
    this.folder.clear();
    this.lastRows.clear();
    this.unsubscribe = this.events.onAppended(() => this.runs.wake(onError));
    this.runs.wake(onError);
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.runs.settled();
  }

  async lag(): Promise<number> {
    return (await this.events.headPosition()) - (await this.summaries.checkpoint());
  }

  /**
   * Drops the list and projects the whole log again. Every client is folded first and assessed
   * once at the end: its row is as of its latest event, so rows for earlier pages would only be
   * overwritten. The checkpoint moves with the last rows, so a crash midway starts over from 0.
   */
  async rebuild(onProgress?: (position: number, head: number) => void): Promise<number> {
    const run = this.serial.then(async () => {
      this.folder.clear();
      this.lastRows.clear();
      await this.summaries.reset();
      const head = await this.events.headPosition();
      let position = 0;
      for (;;) {
        const page = await this.events.readAll({ after: position, maxCount: REBUILD_PAGE });
        if (page.length === 0) break;
        this.folder.applyAll(page);
        position = page[page.length - 1].position;
        onProgress?.(position, Math.max(head, position));
        await yieldToEventLoop();
      }
      const clients = this.folder.clients();
      for (let start = 0; start < clients.length; start += REBUILD_COMMIT) {
        const chunk = clients.slice(start, start + REBUILD_COMMIT);
        const rows = chunk.flatMap((clientId) => this.folder.rowOf(clientId));
        const last = start + REBUILD_COMMIT >= clients.length;
        await this.summaries.commit(rows, last ? position : 0);
        for (const row of rows) this.lastRows.set(row.clientId, row);
      }
      if (clients.length === 0) await this.summaries.commit([], position);
      return position;
    });
    this.serial = run.catch(() => undefined);
    return run;
  }

  /** Projects every event after the checkpoint; returns the new checkpoint. Calls run one after another. */
  catchUp(onProgress?: (position: number, head: number) => void): Promise<number> {
    const next = this.serial.then(() => this.project(onProgress));
    this.serial = next.catch(() => undefined);
    return next;
  }

  private async project(onProgress?: (position: number, head: number) => void): Promise<number> {
    let checkpoint = await this.summaries.checkpoint();
    const head = await this.events.headPosition();
    for (;;) {
      const page = await this.events.readAll({ after: checkpoint, maxCount: this.pageSize });
      if (page.length === 0) return checkpoint;
      checkpoint = page[page.length - 1].position;
      const rows = await this.folder.summarize(page, checkpoint);
      await this.summaries.commit(rows, checkpoint);
      this.announce(rows, checkpoint);
      onProgress?.(checkpoint, Math.max(head, checkpoint));
      await yieldToEventLoop();
    }
  }

  private announce(rows: readonly ClientSummary[], position: number): void {
    for (const row of rows) {
      const previous = this.lastRows.get(row.clientId);
      this.lastRows.set(row.clientId, row);
      if (previous && previous.score === row.score && previous.band === row.band) continue;
      this.onRiskChange({
        clientId: row.clientId,
        name: row.name,
        score: row.score,
        band: row.band,
        recommendation: row.recommendation,
        previousScore: previous?.score ?? null,
        previousBand: previous?.band ?? null,
        asOf: row.asOf,
        position,
      });
    }
  }

}
