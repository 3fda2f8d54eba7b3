import { type ClientHistory, ClientHistoryBuilder, clientIdOfStream, clientStreamId, dateOf, type LocalDate } from '@client-lifecycle/domain';
import type { ClientSummaryRecord, EventStore, RecordedEvent } from '@client-lifecycle/ports';
import { toClientFact } from '../client/client-facts';
import type { FoldedHistories } from '../client/client-folds.cache';
import { DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import type { InsightConfig } from '../insight/insight.config';
import { type ClientRowInput, clientRowOf } from './client-row';

/** Clients whose fold stays in memory unless told otherwise: a rebuild of 1M events peaks at 443 MiB RSS with 1,000, 672 MiB with 5,000. */
export const DEFAULT_FOLD_CACHE_CLIENTS = 1_000;

export interface ClientSummaryFolderOptions {
  readonly config?: InsightConfig;
  /** How many clients' folds are kept in memory (least recently changed go first); any other is folded again from its stream. */
  readonly cacheClients?: number;
  /**
   * Whether rows carry the full assessment (with its trend) that `client(id)` serves and the
   * client's portfolio entry; the relay only needs the summary columns.
   */
  readonly withAssessment?: boolean;
  /**
   * Histories the process folded already (the API's `ClientFolds`, right after a command): a
   * client out of the cache is resumed from the one just before the event instead of being read
   * and folded again, and a row is assessed on the frozen snapshot of its version, whose
   * unchanged lists carry the answers of the previous assessment (domain `memoisedByList`).
   */
  readonly histories?: FoldedHistories;
}

interface Folded {
  /** Every event folded so far. */
  readonly builder: ClientHistoryBuilder;
  version: number;
  lastRecordedAt: string;
}

/**
 * Client histories folded as the log is followed, for the rows of the client list and the
 * relay's risk records. Memory is bounded: only the most recently changed clients stay folded
 * (a least-recently-used cache); a client that was evicted is folded again from its stream the
 * next time it changes, up to the position being projected.
 */
export class ClientSummaryFolder {
  private readonly cache = new Map<string, Folded>();
  private readonly config: InsightConfig;
  private readonly cacheClients: number;
  private readonly withAssessment: boolean;
  private readonly histories: FoldedHistories | undefined;

  constructor(
    private readonly events: EventStore,
    options: ClientSummaryFolderOptions = {},
  ) {
    this.config = options.config ?? DEFAULT_INSIGHT_CONFIG;
    this.cacheClients = Math.max(1, options.cacheClients ?? DEFAULT_FOLD_CACHE_CLIENTS);
    this.withAssessment = options.withAssessment ?? false;
    this.histories = options.histories;
  }

  clear(): void {
    this.cache.clear();
  }

  /** How many clients are folded in memory. */
  get cachedClients(): number {
    return this.cache.size;
  }

  /** Folds a page of the log, in order; returns the clients it touched, in the order first touched. */
  async apply(page: readonly RecordedEvent[]): Promise<string[]> {
    const touched: string[] = [];
    // An append writes its events next to each other, so the client is looked up once per run of a stream.
    let streamId: string | null = null;
    let clientId: string | null = null;
    let folded: Folded | undefined;
    for (const event of page) {
      if (event.streamId !== streamId) {
        streamId = event.streamId;
        clientId = clientIdOfStream(streamId);
        folded = clientId === null ? undefined : await this.foldedBefore(clientId, event);
        if (clientId !== null && !touched.includes(clientId)) touched.push(clientId);
      }
      if (!folded || clientId === null) continue;
      if (event.type === 'ClientForgotten') {
        // After an erasure the fold in memory still holds the name read before it: fold the stream afresh (it reads erased).
        folded = await this.foldedThrough(clientId, event);
        continue;
      }
      folded.builder.apply(toClientFact(event));
      folded.version = event.revision;
      folded.lastRecordedAt = event.recordedAt;
    }
    return touched;
  }

  /** The rows of the clients a page of the log touched, folded up to the page's end, each as of the day of its latest event. */
  async summarize(page: readonly RecordedEvent[]): Promise<ClientSummaryRecord[]> {
    const rows = (await this.apply(page)).flatMap((clientId) => this.rowOf(clientId));
    this.evict();
    return rows;
  }

  /**
   * The client's row as of `day` (by default the day of its latest folded event), from the
   * cache; none before it is registered or when it is not cached.
   */
  rowOf(clientId: string, day?: LocalDate): ClientSummaryRecord[] {
    const input = this.rowInputOf(clientId, day);
    return input ? [clientRowOf(input, this.config, this.withAssessment)] : [];
  }

  /** What `rowOf` makes the client's row of, for a row made elsewhere (a rebuild's worker thread); null when it would make none. */
  rowInputOf(clientId: string, day?: LocalDate): ClientRowInput | null {
    const folded = this.cache.get(clientId);
    if (!folded) return null;
    // The command's own fold when it has it; else a snapshot rather than the history being folded: its lists that no
    // event changed since the last row are the same frozen arrays, so what the assessment made of them then is not
    // computed again (memoisedByList).
    const history = this.histories?.historyAt(clientId, folded.version) ?? folded.builder.snapshot();
    if (!history) return null;
    return { clientId, history, asOf: day ?? dateOf(folded.lastRecordedAt), version: folded.version };
  }

  /**
   * The client's row folded afresh from its stream up to `upTo`, as of `day`: a new day moves
   * every assessment on (and its trend, judged against 30 days before).
   */
  async reassessed(clientId: string, upTo: number, day: LocalDate): Promise<ClientSummaryRecord[]> {
    return (await this.refolded(clientId, upTo)) ? this.rowOf(clientId, day) : [];
  }

  /**
   * The client's history as folded through the pages applied so far, as a snapshot (see `rowOf`);
   * undefined when it is not folded in memory, null before it is registered.
   */
  history(clientId: string): ClientHistory | null | undefined {
    return this.cache.get(clientId)?.builder.snapshot();
  }

  /** The client's history folded afresh from its stream up to `upTo`, kept as just used; null before it is registered. */
  async refolded(clientId: string, upTo: number): Promise<ClientHistory | null> {
    this.cache.delete(clientId);
    const stream = await this.events.readStream(clientStreamId(clientId));
    const upToEvents = stream.filter((event) => event.position <= upTo);
    if (upToEvents.length === 0) return null;
    const folded = this.foldedFrom(upToEvents);
    this.cache.set(clientId, folded);
    return folded.builder.snapshot();
  }

  /** Drops the least recently changed folds over the budget; returns the clients dropped. */
  evict(): string[] {
    const dropped = this.overBudget();
    for (const clientId of dropped) this.cache.delete(clientId);
    return dropped;
  }

  /** The clients `evict` would drop now, least recently changed first; none is dropped yet. */
  overBudget(): string[] {
    const over: string[] = [];
    for (const clientId of this.cache.keys()) {
      if (this.cache.size - over.length <= this.cacheClients) break;
      over.push(clientId);
    }
    return over;
  }

  /**
   * Whether the client's stream holds an event after the one its fold ends with: a rebuild
   * folds the client again when the log reaches it, so a row now would be written for nothing.
   */
  async changesLater(clientId: string): Promise<boolean> {
    const folded = this.cache.get(clientId);
    if (!folded) return false;
    return (await this.events.readStream(clientStreamId(clientId), { fromRevision: folded.version + 1, maxCount: 1 })).length > 0;
  }

  /** Clients in the cache, least recently changed first. */
  clients(): string[] {
    return [...this.cache.keys()];
  }

  /**
   * The client's fold up to the event before `event`, marked as just used: from the cache, new
   * for a stream's first event, else folded again from its stream.
   */
  private async foldedBefore(clientId: string, event: RecordedEvent): Promise<Folded> {
    let folded = this.cache.get(clientId);
    if (folded) this.cache.delete(clientId);
    else if (event.revision <= 1) folded = this.foldedFrom([]);
    else if ((folded = this.resumedBefore(clientId, event)) === undefined) {
      const stream = await this.events.readStream(clientStreamId(clientId), { maxCount: event.revision - 1 });
      folded = this.foldedFrom(stream.filter((recorded) => recorded.position < event.position));
    }
    this.cache.set(clientId, folded);
    return folded;
  }

  /** The client's fold just before `event`, resumed from a history the process holds at that version; undefined when it holds none. */
  private resumedBefore(clientId: string, event: RecordedEvent): Folded | undefined {
    const history = this.histories?.historyAt(clientId, event.revision - 1);
    // lastRecordedAt is that of `event`, applied next.
    return history ? { builder: ClientHistoryBuilder.resumed(history), version: event.revision - 1, lastRecordedAt: event.recordedAt } : undefined;
  }

  /** The client's fold read again from its stream up to and including `event`, marked as just used. */
  private async foldedThrough(clientId: string, event: RecordedEvent): Promise<Folded> {
    this.cache.delete(clientId);
    const stream = await this.events.readStream(clientStreamId(clientId), { maxCount: event.revision });
    const folded = this.foldedFrom(stream.filter((recorded) => recorded.position <= event.position));
    this.cache.set(clientId, folded);
    return folded;
  }

  private foldedFrom(events: readonly RecordedEvent[]): Folded {
    const builder = new ClientHistoryBuilder();
    for (const event of events) builder.apply(toClientFact(event));
    const last = events[events.length - 1];
    return { builder, version: last?.revision ?? 0, lastRecordedAt: last?.recordedAt ?? '' };
  }
}
