import { ClientHistoryBuilder, clientStreamId, dateOf } from '@client-lifecycle/domain';
import type { ClientSummary, ClientSummaryStore, EventStore, RecordedEvent } from '@client-lifecycle/ports';
import { toClientEvent } from '../client/client-event.codec';
import { assessClient, DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import type { RiskChange } from './risk-change.feed';
import type { InsightConfig } from '../insight/insight.config';

const CLIENT_STREAM = 'client-';

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
  private rebuilding = false;

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

  /** Drops the list and projects the whole log again. */
  async rebuild(onProgress?: (position: number, head: number) => void): Promise<number> {
    await this.running?.catch(() => undefined);
    this.folded.clear();
    this.lastRows.clear();
    await this.summaries.reset();
    this.rebuilding = true;
    try {
      return await this.catchUp(onProgress);
    } finally {
      this.rebuilding = false;
    }
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
      // Give requests a turn between pages: SQLite answers synchronously.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private announce(rows: readonly ClientSummary[], position: number): void {
    for (const row of rows) {
      const previous = this.lastRows.get(row.clientId);
      this.lastRows.set(row.clientId, row);
      if (this.rebuilding || (previous && previous.score === row.score && previous.band === row.band)) continue;
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
      if (!event.streamId.startsWith(CLIENT_STREAM)) continue;
      const clientId = event.streamId.slice(CLIENT_STREAM.length);
      touched.set(clientId, [...(touched.get(clientId) ?? []), event]);
    }
    const rows: ClientSummary[] = [];
    for (const [clientId, events] of touched) {
      const folded = await this.foldedClient(clientId, events, upTo);
      const history = folded.builder.snapshot();
      if (!history) continue;
      const asOf = dateOf(folded.lastRecordedAt);
      const { risk, collection, profitability } = assessClient(history, asOf, this.config);
      rows.push({
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
      });
    }
    return rows;
  }

  /** The client folded up to `upTo`: from memory when it was seen since start, else from its stream. */
  private async foldedClient(clientId: string, events: readonly RecordedEvent[], upTo: number): Promise<Folded> {
    const known = this.folded.get(clientId);
    const folded = known ?? { builder: new ClientHistoryBuilder(), lastRecordedAt: '' };
    const toApply = known ? events : (await this.events.readStream(clientStreamId(clientId))).filter((event) => event.position <= upTo);
    for (const event of toApply) {
      folded.builder.apply({ eventId: event.eventId, occurredAt: event.occurredAt, event: toClientEvent(event) });
      folded.lastRecordedAt = event.recordedAt;
    }
    this.folded.set(clientId, folded);
    return folded;
  }
}
