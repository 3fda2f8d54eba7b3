import {
  clientIdOfStream,
  dateOf,
  DEFAULT_WORKLIST_CONFIG,
  type LocalDate,
  type WorklistConfig,
  worklistChangesOn,
  worklistCollection,
  worklistEntriesOf,
} from '@client-lifecycle/domain';
import type { Clock, EventStore, RecordedEvent, WorklistClient, WorklistStore } from '@client-lifecycle/ports';
import type { FoldedHistories } from '../client/client-folds.cache';
import { assessClient, DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import type { InsightConfig } from '../insight/insight.config';
import { ClientSummaryFolder } from '../read-models/client-summary.folder';
import { LogAndCalendarFollower, timeSlices, yieldToEventLoop } from '../shared';

/** Clients judged again per transaction when their day comes. */
const REFRESH_PAGE = 500;

export interface WorklistProjectionOptions {
  readonly config?: InsightConfig;
  /** The key-account threshold; the ladder comes from `config`. */
  readonly keyAccountInvoicedMinor?: number;
  /** Events read per page while following the log. */
  readonly pageSize?: number;
  /** How many clients' folds are kept in memory (see ClientSummaryFolder). */
  readonly cacheClients?: number;
  /**
   * Histories the process folded already (the API's `ClientFolds`): a client a page touched is
   * judged on the one at its last event in the page, when held, so the client list's assessment of
   * that same snapshot is reused instead of made again.
   */
  readonly histories?: FoldedHistories;
}

/**
 * Tails the global log into the collector's worklist: each client whose stream a page touches is
 * folded up to the page's end and judged as of the projector's today. Folds stay in memory
 * between pages (least recently changed evicted), so a page reads the events it holds and not
 * the whole stream of each client it touches again. Entries keep the day they
 * fall due, so the list answers any day by index; the day a client's entries may next change
 * without an event (a rung's day, a promise running out) is stored too, and the client is judged
 * again once the calendar reaches it. Deterministic given the log and the day.
 */
export class WorklistProjection {
  private readonly follower: LogAndCalendarFollower;
  private readonly config: InsightConfig;
  private readonly worklist: WorklistConfig;
  private readonly pageSize: number;
  private readonly folder: ClientSummaryFolder;
  private readonly histories: FoldedHistories | undefined;
  private serial: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly events: EventStore,
    private readonly store: WorklistStore,
    private readonly clock: Clock,
    options: WorklistProjectionOptions = {},
  ) {
    this.config = options.config ?? DEFAULT_INSIGHT_CONFIG;
    this.worklist = { ladder: this.config.ladder, keyAccountInvoicedMinor: options.keyAccountInvoicedMinor ?? DEFAULT_WORKLIST_CONFIG.keyAccountInvoicedMinor };
    this.pageSize = options.pageSize ?? 1_000;
    // The histories resume a client that is out of this fold cache, as for the client list: without them, half the appends
    // over 2,000 clients (the cache holding 1,000) read and folded the client's whole stream again.
    this.folder = new ClientSummaryFolder(events, { cacheClients: options.cacheClients, histories: options.histories });
    this.histories = options.histories;
    this.follower = new LogAndCalendarFollower(events, clock, () => this.catchUp());
  }

  /** Follows new appends as they are committed, and the calendar: a run right after each midnight. */
  start(onError: (error: unknown) => void): void {
    // Another instance may have projected since this one last ran: fold clients afresh from their streams.
    this.folder.clear();
    this.follower.start(onError);
  }

  async stop(): Promise<void> {
    await this.follower.stop();
  }

  async lag(): Promise<number> {
    return (await this.events.headPosition()) - (await this.store.checkpoint());
  }

  /** Drops the worklist and projects the whole log again; a crash midway starts over from 0. */
  async rebuild(): Promise<number> {
    const run = this.serial.then(async () => {
      this.folder.clear();
      await this.store.reset();
      return this.projectAndRefresh();
    });
    this.serial = run.catch(() => undefined);
    return run;
  }

  /** Projects every event after the checkpoint, then judges again every client whose day has come; returns the checkpoint. */
  catchUp(): Promise<number> {
    const next = this.serial.then(() => this.projectAndRefresh());
    this.serial = next.catch(() => undefined);
    return next;
  }

  private async projectAndRefresh(): Promise<number> {
    try {
      return await this.projectAndRefreshFolded();
    } catch (error) {
      // The folds may have gone past the checkpoint the store kept: the next run folds afresh from it.
      this.folder.clear();
      throw error;
    }
  }

  private async projectAndRefreshFolded(): Promise<number> {
    let checkpoint = await this.store.checkpoint();
    for (;;) {
      const page = await this.events.readAll({ after: checkpoint, maxCount: this.pageSize });
      if (page.length === 0) break;
      checkpoint = page[page.length - 1].position;
      const touched = await this.folder.apply(page);
      await this.store.commit(await this.judged(touched, checkpoint, lastRevisions(page)), checkpoint);
      this.folder.evict();
      await yieldToEventLoop();
    }
    const today = this.today();
    let after = '';
    for (;;) {
      const due = await this.store.dueForRefresh(today, REFRESH_PAGE, after);
      if (due.length === 0) return checkpoint;
      after = due[due.length - 1];
      await this.store.commit(await this.judged(due, checkpoint), checkpoint);
      this.folder.evict();
      await yieldToEventLoop();
    }
  }

  /**
   * Each client as folded up to `upTo` (the checkpoint every fold in memory is at; else from its
   * stream), judged as of today: the process's own snapshot at its last revision up to there
   * (`revisions`, from a page that ends at `upTo`) when held, else this projection's fold.
   */
  private async judged(clientIds: readonly string[], upTo: number, revisions?: ReadonlyMap<string, number>): Promise<WorklistClient[]> {
    const today = this.today();
    const judged: WorklistClient[] = [];
    // A page touching a few clients with long histories held the loop for 100 ms and more: requests get in between clients.
    const slice = timeSlices();
    for (const clientId of clientIds) {
      await slice();
      const revision = revisions?.get(clientId);
      const folded = (revision === undefined ? undefined : this.histories?.historyAt(clientId, revision)) ?? this.folder.history(clientId);
      const history = folded === undefined ? await this.folder.refolded(clientId, upTo) : folded;
      if (!history) {
        judged.push({ clientId, entries: [], asOf: today, refreshOn: null });
        continue;
      }
      const { score, recommendation } = assessClient(history, today, this.config).risk;
      // One walk of the client's invoices for both: on a long history each walk was a millisecond.
      const collection = worklistCollection(history, today, this.worklist);
      judged.push({
        clientId,
        entries: worklistEntriesOf(history, today, { score, recommendation }, this.worklist, collection),
        asOf: today,
        refreshOn: worklistChangesOn(history, today, this.worklist, collection),
      });
    }
    return judged;
  }

  private today(): LocalDate {
    return dateOf(this.clock.now().toISOString());
  }
}

/** The revision of each client's last event in a page of the log. */
function lastRevisions(page: readonly RecordedEvent[]): Map<string, number> {
  const revisions = new Map<string, number>();
  for (const event of page) {
    const clientId = clientIdOfStream(event.streamId);
    if (clientId !== null) revisions.set(clientId, event.revision);
  }
  return revisions;
}
