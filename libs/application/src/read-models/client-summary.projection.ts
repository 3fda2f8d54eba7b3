import { ClientHistoryBuilder, clientIdOfStream, clientStreamId, dateOf } from '@client-lifecycle/domain';
import type { ClientSummary, ClientSummaryStore, EventStore, RecordedEvent } from '@client-lifecycle/ports';
import { toClientFact } from '../client/client-facts';
import { assessClient, DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import type { RiskChange } from './risk-change.feed';
import type { InsightConfig } from '../insight/insight.config';
import { yieldToEventLoop } from '../shared';

const REBUILD_PAGE = 10_000;
/** Rows per transaction while a rebuild writes the list. */
const REBUILD_COMMIT = 5_000;

interface Folded {
  readonly builder: ClientHistoryBuilder;
  lastRecordedAt: string;
}

/**
 * Tails the global log into the client summary list. Each row is computed as of the day of the
 * client's latest event, never of the wall clock, so a rebuild from position 0 writes exactly
 * what the incremental run wrote.
 */
export class ClientSummaryProjection {
  private readonly folded = new Map<string, Folded>();
  private running: Promise<number> | null = null;
  private again = false;
  private unsubscribe: (() => void) | null = null;
  private serial: Promise<unknown> = Promise.resolve();
  private readonly lastRows = new Map<string, ClientSummary>();

  constructor(
    private readonly events: EventStore,
    private readonly summaries: ClientSummaryStore,
    private readonly config: InsightConfig = DEFAULT_INSIGHT_CONFIG,
    private readonly pageSize = 1_000,
    /** Told of each client whose score or band moved, once the change is committed. */
    private readonly onRiskChange: (change: RiskChange) => void = () => undefined,
  ) {}

  /** Follows new appends as they are committed (no polling). */
  start(onError: (error: unknown) => void): void {
    this.unsubscribe = this.events.onAppended(() => this.wake(onError));
    this.wake(onError);
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.running?.catch(() => undefined);
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
      this.folded.clear();
      this.lastRows.clear();
      await this.summaries.reset();
      const head = await this.events.headPosition();
      let position = 0;
      for (;;) {
        const page = await this.events.readAll({ after: position, maxCount: REBUILD_PAGE });
        if (page.length === 0) break;
        // An append writes its events next to each other, so the client is looked up once per run of a stream.
        let streamId: string | null = null;
        let folded: Folded | undefined;
        for (const event of page) {
          if (event.streamId !== streamId) {
            streamId = event.streamId;
            folded = this.foldedOrNew(clientIdOfStream(streamId));
          }
          if (!folded) continue;
          folded.builder.apply(toClientFact(event));
          folded.lastRecordedAt = event.recordedAt;
        }
        position = page[page.length - 1].position;
        onProgress?.(position, Math.max(head, position));
        await yieldToEventLoop();
      }
      const clients = [...this.folded.keys()];
      for (let start = 0; start < clients.length; start += REBUILD_COMMIT) {
        const chunk = clients.slice(start, start + REBUILD_COMMIT);
        const rows = chunk.flatMap((clientId) => this.rowOf(clientId));
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
      const rows = await this.summarize(page, checkpoint);
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

  private wake(onError: (error: unknown) => void): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.catchUp().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake(onError);
      }
    });
    this.running.catch(onError);
  }

  private async summarize(page: readonly RecordedEvent[], upTo: number): Promise<ClientSummary[]> {
    const touched = new Map<string, RecordedEvent[]>();
    for (const event of page) {
      const clientId = clientIdOfStream(event.streamId);
      if (clientId === null) continue;
      touched.set(clientId, [...(touched.get(clientId) ?? []), event]);
    }
    const rows: ClientSummary[] = [];
    for (const [clientId, events] of touched) {
      await this.foldedClient(clientId, events, upTo);
      rows.push(...this.rowOf(clientId));
    }
    return rows;
  }

  /** The client's row as of the day of its latest folded event; none before it is registered. */
  private rowOf(clientId: string): ClientSummary[] {
    const folded = this.folded.get(clientId);
    const history = folded?.builder.current();
    if (!folded || !history) return [];
    const asOf = dateOf(folded.lastRecordedAt);
    const { risk, collection, profitability } = assessClient(history, asOf, this.config);
    return [
      {
        clientId,
        name: history.name,
        currency: history.contract.currency,
        score: risk.score,
        band: risk.band,
        recommendation: risk.recommendation,
        archetypes: risk.archetypes,
        overdueMinor: collection.totalOverdueMinor,
        contributionMarginMinor: profitability.contributionMarginMinor,
        asOf,
      },
    ];
  }

  /** The client's fold so far, started when it is new; none for a stream that is not a client's. */
  private foldedOrNew(clientId: string | null): Folded | undefined {
    if (clientId === null) return undefined;
    let folded = this.folded.get(clientId);
    if (!folded) {
      folded = { builder: new ClientHistoryBuilder(), lastRecordedAt: '' };
      this.folded.set(clientId, folded);
    }
    return folded;
  }

  /** The client folded up to `upTo`: from memory when it was seen since start, else from its stream. */
  private async foldedClient(clientId: string, events: readonly RecordedEvent[], upTo: number): Promise<void> {
    const known = this.folded.get(clientId);
    const folded = known ?? { builder: new ClientHistoryBuilder(), lastRecordedAt: '' };
    const toApply = known ? events : (await this.events.readStream(clientStreamId(clientId))).filter((event) => event.position <= upTo);
    for (const event of toApply) {
      folded.builder.apply(toClientFact(event));
      folded.lastRecordedAt = event.recordedAt;
    }
    this.folded.set(clientId, folded);
  }
}
