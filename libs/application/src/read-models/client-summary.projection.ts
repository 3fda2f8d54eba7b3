import { dateOf, type LocalDate } from '@client-lifecycle/domain';
import type {
  ClientSummaryRecord,
  ClientSummaryRisk,
  ClientSummaryRows,
  ClientSummaryShadow,
  ClientSummaryStore,
  Clock,
  EventStore,
} from '@client-lifecycle/ports';
import type { FoldedHistories } from '../client/client-folds.cache';
import { DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import type { InsightConfig } from '../insight/insight.config';
import { LogAndCalendarFollower, yieldToEventLoop } from '../shared';
import type { ClientRowInput } from './client-row';
import { type ClientRowMaker, clientRowMaker } from './client-row.workers';
import { ClientSummaryFolder } from './client-summary.folder';
import { RebuildRowWriter } from './rebuild.row-writer';
import type { RiskChange } from './risk-change.feed';

const REBUILD_PAGE = 10_000;
/** Rows per transaction while a rebuild writes the list (each holds a client's assessment: a few KiB). */
const REBUILD_COMMIT = 1_000;
/**
 * Clients of a rebuild handed over to be assessed and not written yet, at most: their histories'
 * copies (about 11 KiB each in the generated log) wait in the worker's memory. A few pages' worth.
 */
const REBUILD_IN_FLIGHT = 500;
/** Clients re-assessed per transaction when the day changes. */
const REASSESS_PAGE = 500;
/** Clients whose committed score and band the projector remembers (the latest committed): about 100 bytes each. */
const KNOWN_RISKS = 10_000;

export interface ClientSummaryProjectionOptions {
  readonly config?: InsightConfig;
  /** Events read per page while following the log. */
  readonly pageSize?: number;
  /** How many clients' folds stay in memory (see ClientSummaryFolder). */
  readonly cacheClients?: number;
  /** Told of each client whose score or band moved, once the change is committed. */
  readonly onRiskChange?: (change: RiskChange) => void;
  /** Histories the process folded already, used instead of folding a client again (see ClientSummaryFolder). */
  readonly histories?: FoldedHistories;
  /**
   * Worker threads a rebuild assesses clients on while this thread reads the log; by default
   * none, this thread doing it all. A worker takes the assessment off the main thread, but costs
   * a sixth to a third more CPU in all and 30 to 140 MiB more RSS (503 to 508 MiB for the built
   * app at 1M events, the budget being 512), so it pays only with idle cores
   * (docs/rebuild-performance.md).
   */
  readonly rebuildWorkers?: number;
}

/**
 * Tails the global log into the client summary list, each row with the client's assessment
 * (risk, profitability, collection) kept ready for `client(id)`. Every row is judged as of the
 * projector's today (its clock) and follows the calendar: when the day changes, every row judged
 * as of an earlier day is re-assessed from its stream, so the list and `client(id)` agree
 * whether or not the client had an event since. Deterministic given the log and the day: a
 * rebuild on the same day writes exactly what the incremental run wrote.
 */
export class ClientSummaryProjection {
  private readonly folder: ClientSummaryFolder;
  private readonly follower: LogAndCalendarFollower;
  private readonly pageSize: number;
  private readonly onRiskChange: (change: RiskChange) => void;
  private serial: Promise<unknown> = Promise.resolve();
  /** The day every row was last seen to be judged as of, so the store is asked once a day. */
  private reassessedOn: LocalDate | null = null;
  /** The re-assessment under way: its day, and the last client id it re-assessed. */
  private reassessing: { readonly day: LocalDate; after: string } | null = null;
  /**
   * The score and band of the rows this projector committed last, by client (least recently
   * committed first): what a new row is compared with to tell a risk change, so the store is
   * asked only for the others. Forgotten whenever the list may have been written otherwise.
   */
  private readonly committedRisks = new Map<string, ClientSummaryRisk>();

  constructor(
    private readonly events: EventStore,
    private readonly summaries: ClientSummaryRows,
    private readonly clock: Clock,
    private readonly options: ClientSummaryProjectionOptions = {},
  ) {
    this.follower = new LogAndCalendarFollower(events, clock, () => this.catchUp());
    this.pageSize = options.pageSize ?? 1_000;
    this.onRiskChange = options.onRiskChange ?? (() => undefined);
    this.folder = new ClientSummaryFolder(events, {
      config: options.config ?? DEFAULT_INSIGHT_CONFIG,
      cacheClients: options.cacheClients,
      withAssessment: true,
      histories: options.histories,
    });
  }

  /** Follows new appends as they are committed (no polling), and the calendar: a run right after each midnight. */
  start(onError: (error: unknown) => void): void {
    // Another instance may have projected since this one last ran: fold clients afresh from their streams.
    this.folder.clear();
    this.committedRisks.clear();
    this.reassessedOn = null;
    this.reassessing = null;
    this.follower.start(onError);
  }

  async stop(): Promise<void> {
    await this.follower.stop();
  }

  async lag(): Promise<number> {
    return (await this.events.headPosition()) - (await this.summaries.checkpoint());
  }

  /** Clients folded in memory now (bounded by the cache budget). */
  get cachedClients(): number {
    return this.folder.cachedClients;
  }

  /**
   * Drops the list and projects the whole log again. Clients are assessed once, as of today:
   * when their fold leaves the cache with no later event in their stream, or at the end; on
   * worker threads (`rebuildWorkers`) while this one reads and folds the log on. The checkpoint
   * moves with the last rows, so a crash midway starts over from 0.
   */
  async rebuild(onProgress?: (position: number, head: number) => void): Promise<number> {
    const run = this.serial.then(async () => {
      const maker = clientRowMaker(this.options.rebuildWorkers ?? 0, this.options.config ?? DEFAULT_INSIGHT_CONFIG);
      try {
        return await this.rebuildWith(maker, onProgress);
      } finally {
        await maker.close();
      }
    });
    this.serial = run.catch(() => undefined);
    return run;
  }

  private async rebuildWith(maker: ClientRowMaker, onProgress?: (position: number, head: number) => void): Promise<number> {
    this.folder.clear();
    this.committedRisks.clear();
    await this.summaries.reset();
    const today = this.today();
    const head = await this.events.headPosition();
    // Rows written a thousand per transaction rather than a page's evictions each; a client evicted and then seen again
    // later in the log is written twice, the second row, written later, winning.
    const writer = new RebuildRowWriter(maker, this.summaries, REBUILD_COMMIT, REBUILD_IN_FLIGHT);
    let position = 0;
    for (;;) {
      const page = await this.events.readAll({ after: position, maxCount: REBUILD_PAGE });
      if (page.length === 0) break;
      await this.folder.apply(page);
      // A client leaving the cache is assessed now only if the log holds nothing more of it: in a log whose clients
      // interleave, one that comes back is folded again then, and assessing each of its intermediate versions would
      // cost an assessment per return (one point read of its stream tells).
      const leaving: ClientRowInput[] = [];
      for (const clientId of this.folder.overBudget()) {
        const input = (await this.folder.changesLater(clientId)) ? null : this.folder.rowInputOf(clientId, today);
        if (input) leaving.push(input);
      }
      await writer.add(leaving);
      this.folder.evict();
      position = page[page.length - 1].position;
      onProgress?.(position, Math.max(head, position));
      await yieldToEventLoop();
    }
    // The clients still folded, handed over in a few batches so that the first ones' rows are written while the last are assessed.
    const clients = this.folder.clients();
    const batch = REBUILD_IN_FLIGHT / 2;
    for (let start = 0; start < clients.length; start += batch) {
      const inputs = clients.slice(start, start + batch).map((clientId) => this.folder.rowInputOf(clientId, today));
      await writer.add(inputs.filter((input) => input !== null));
      await yieldToEventLoop();
    }
    await writer.finish(position);
    this.reassessedOn = today;
    return position;
  }

  /**
   * Projects every event after the checkpoint (up to `upTo`, when given) and re-assesses every
   * row judged before today, a page of clients at a time with the new events projected between
   * pages, so a new day does not hold the list back; returns the new checkpoint. Calls run one
   * after another.
   */
  catchUp(onProgress?: (position: number, head: number) => void, upTo = Number.POSITIVE_INFINITY): Promise<number> {
    const next = this.serial.then(async () => {
      let checkpoint = await this.project(onProgress, upTo);
      while (await this.reassessStaleRows()) checkpoint = await this.project(onProgress, upTo);
      return checkpoint;
    });
    this.serial = next.catch(() => undefined);
    return next;
  }

  /**
   * Swaps in a list a rebuild built beside this one (docs/rebuild-performance.md): projects
   * this list to the head (only when it announces risk changes: else there is nothing to gain),
   * brings the shadow to the same checkpoint, and swaps, all between two runs of this projector.
   * So none of its commits lands on a list being replaced, the list never moves back, and every
   * risk change of the meantime is announced once. Returns the checkpoint the projector goes on from.
   */
  swapIn(shadow: ClientSummaryShadow): Promise<number> {
    const next = this.serial.then(() => this.swapInNow(shadow));
    this.serial = next.catch(() => undefined);
    return next;
  }

  /**
   * `swapIn` of the shadow a rebuild left ready, if any, looked for between two runs of this
   * projector, so two calls never swap the same shadow; null when there was none.
   */
  swapInReady(store: Pick<ClientSummaryStore, 'readyShadow'>): Promise<number | null> {
    const next = this.serial.then(async () => {
      const shadow = await store.readyShadow();
      return shadow ? this.swapInNow(shadow) : null;
    });
    this.serial = next.catch(() => undefined);
    return next;
  }

  private async swapInNow(shadow: ClientSummaryShadow): Promise<number> {
    // The live list is projected first only to announce its risk changes: with nobody told of them (the rebuild CLI,
    // swapping while the service is stopped) it would only write rows the swap replaces, and a list far behind (new, or
    // stopped for long) was projected whole, costing as much CPU as the rebuild and more memory. The shadow goes to the
    // head instead, which no live checkpoint is past.
    const checkpoint = this.options.onRiskChange ? await this.project() : await this.events.headPosition();
    const { onRiskChange: _announcedByThisOne, ...options } = this.options;
    await new ClientSummaryProjection(this.events, shadow, this.clock, options).catchUp(undefined, checkpoint);
    await shadow.swapIn();
    // The folds in memory are those of the log up to the checkpoint, whatever list they were written to; cleared anyway, as a
    // shadow built by another build of the code may fold differently.
    this.folder.clear();
    this.committedRisks.clear();
    this.reassessedOn = null;
    this.reassessing = null;
    return checkpoint;
  }

  private async project(onProgress?: (position: number, head: number) => void, upTo = Number.POSITIVE_INFINITY): Promise<number> {
    let checkpoint = await this.summaries.checkpoint();
    const head = await this.events.headPosition();
    for (;;) {
      const read = checkpoint < upTo ? await this.events.readAll({ after: checkpoint, maxCount: this.pageSize }) : [];
      const page = read.length > 0 && read[read.length - 1].position > upTo ? read.filter((event) => event.position <= upTo) : read;
      if (page.length === 0) return checkpoint;
      checkpoint = page[page.length - 1].position;
      const today = this.today();
      const rows = (await this.folder.apply(page)).flatMap((clientId) => this.folder.rowOf(clientId, today));
      await this.commitAndAnnounce(rows, checkpoint);
      this.folder.evict();
      onProgress?.(checkpoint, Math.max(head, checkpoint));
      await yieldToEventLoop();
    }
  }

  /**
   * A new day moves every assessment on (days past due, ladder steps, promises falling due)
   * without any event: rows judged as of an earlier day are folded again up to the checkpoint
   * and judged as of today, one page of clients per call, by client id. False once none is left.
   */
  private async reassessStaleRows(): Promise<boolean> {
    const today = this.today();
    if (this.reassessedOn === today) return false;
    if (this.reassessing?.day !== today) this.reassessing = { day: today, after: '' };
    // After the last client seen: a row whose stream folds to no client is passed over, not asked for forever.
    const stale = await this.summaries.staleBefore(today, REASSESS_PAGE, this.reassessing.after);
    if (stale.length === 0) {
      this.reassessedOn = today;
      this.reassessing = null;
      return false;
    }
    this.reassessing.after = stale[stale.length - 1];
    const checkpoint = await this.summaries.checkpoint();
    const rows: ClientSummaryRecord[] = [];
    for (const clientId of stale) rows.push(...(await this.folder.reassessed(clientId, checkpoint, today)));
    await this.commitAndAnnounce(rows, checkpoint);
    this.folder.evict();
    await yieldToEventLoop();
    return true;
  }

  private async commitAndAnnounce(rows: readonly ClientSummaryRecord[], checkpoint: number): Promise<void> {
    const previous = new Map<string, ClientSummaryRisk>();
    const unknown: string[] = [];
    for (const { clientId } of rows) {
      const known = this.committedRisks.get(clientId);
      if (known) previous.set(clientId, known);
      else unknown.push(clientId);
    }
    // A point read of a row of the list costs a tenth of a millisecond and more: its key is compared within kilobytes of JSON.
    if (unknown.length > 0) for (const risk of await this.summaries.risksOf(unknown)) previous.set(risk.clientId, risk);
    await this.summaries.commit(rows, checkpoint);
    for (const { clientId, score, band } of rows) {
      this.committedRisks.delete(clientId);
      this.committedRisks.set(clientId, { clientId, score, band });
    }
    for (const clientId of this.committedRisks.keys()) {
      if (this.committedRisks.size <= KNOWN_RISKS) break;
      this.committedRisks.delete(clientId);
    }
    for (const row of rows) {
      const before = previous.get(row.clientId);
      if (before && before.score === row.score && before.band === row.band) continue;
      this.onRiskChange({
        clientId: row.clientId,
        name: row.name,
        score: row.score,
        band: row.band,
        recommendation: row.recommendation,
        previousScore: before?.score ?? null,
        previousBand: before?.band ?? null,
        asOf: row.asOf,
        position: checkpoint,
      });
    }
  }

  private today(): LocalDate {
    return dateOf(this.clock.now().toISOString());
  }
}
