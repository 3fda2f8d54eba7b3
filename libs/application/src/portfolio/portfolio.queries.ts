import { clientStreamId, dateOf, type LocalDate, type PortfolioClient, type PortfolioView, portfolioView } from '@client-lifecycle/domain';
import type { ClientSummaryStore, Clock, EventStore } from '@client-lifecycle/ports';
import { historyOf } from '../client/client-facts';
import { assessClient, DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import type { InsightConfig } from '../insight/insight.config';
import { yieldToEventLoop } from '../shared';
import { PortfolioAggregates } from './portfolio.aggregates';

/**
 * Records read per query while catching up with the list's changes. Each page is read and added
 * in one turn of the event loop: 5,000 held it for 200 ms and more while the first pass read
 * 100,000 records; 500 keep a turn to about 20 ms, so requests are served in between.
 */
const SYNC_PAGE = 500;

/** Different questions (period and list size) answered from the same sums that are kept for the next asking. */
const ANSWERS_KEPT = 64;

/** How often `keepReady` follows the list's changes between answers. */
export const PORTFOLIO_FOLLOW_MS = 1_000;

/** A pass over the list's changes cut short because the process is stopping. */
export class PortfolioStoppedError extends Error {
  constructor() {
    super('The portfolio stopped following the client list');
    this.name = 'PortfolioStoppedError';
  }
}

/**
 * The portfolio over a period. A period ending today (the day the projector judges every row
 * as of) is answered from running sums over the stored rows, caught up with the rows changed
 * since the last answer (PortfolioAggregates explains why that is exact for any `from`).
 * A period ending on another day needs every client judged as of that day: folded from every
 * client's events, and kept per period until the log moves on.
 */
export class PortfolioQueries {
  private readonly aggregates = new PortfolioAggregates();
  private sequence = 0;
  /** Whether the first pass (`readEveryRecord`) is over: until then `sequence` means nothing. */
  private everyRecordRead = false;
  private syncing: Promise<void> | null = null;
  private cached: { readonly key: string; readonly view: Promise<PortfolioView> } | null = null;
  /**
   * The answers from the sums at `answeredAt` (the aggregates' revision), by period and list
   * size: given again, the same object, until a record changes (every change moves the revision,
   * so none outlives it), so a burst of the same questions costs one of each.
   */
  private readonly answered = new Map<string, PortfolioView>();
  private answeredAt = -1;
  private following: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly events: EventStore,
    private readonly summaries: ClientSummaryStore,
    private readonly clock: Clock,
    private readonly config: InsightConfig = DEFAULT_INSIGHT_CONFIG,
  ) {}

  async portfolio(from: LocalDate, to: LocalDate, top: number): Promise<PortfolioView> {
    await this.sync();
    if (to === dateOf(this.clock.now().toISOString()) && this.aggregates.isJudgedOn(to)) return this.fromSums(from, to, top);
    return this.folded(from, to, top);
  }

  /**
   * Reads every record now and then follows the list's changes every `everyMs`, in the
   * background: the first answer no longer reads 100,000 records, and each answer only applies
   * the few changed since the last pass. A request arriving during the first pass waits for it.
   * Resolves once the first pass is over (a failed pass is told to `onError` and tried again).
   */
  keepReady(onError: (error: unknown) => void, everyMs = PORTFOLIO_FOLLOW_MS): Promise<void> {
    this.stopped = false;
    const follow = () => this.sync().catch((error: unknown) => (error instanceof PortfolioStoppedError ? undefined : onError(error)));
    if (this.following) return follow();
    this.following = setInterval(() => void follow(), everyMs);
    this.following.unref();
    return follow();
  }

  /** Stops following before the store closes; a pass under way ends at its next page. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.following) clearInterval(this.following);
    this.following = null;
    await this.syncing?.catch(() => undefined);
  }

  private fromSums(from: LocalDate, to: LocalDate, top: number): PortfolioView {
    if (this.answeredAt !== this.aggregates.revision) {
      this.answered.clear();
      this.answeredAt = this.aggregates.revision;
    }
    const key = `${from}|${to}|${top}`;
    let view = this.answered.get(key);
    if (!view) {
      // Each period asked since the last change is one entry: past a few, forget them rather than grow without bound.
      if (this.answered.size === ANSWERS_KEPT) this.answered.clear();
      view = this.aggregates.view({ from, to }, top);
      this.answered.set(key, view);
    }
    return view;
  }

  /** Applies the rows written since the last call; concurrent callers share one pass. */
  private sync(): Promise<void> {
    this.syncing ??= (async () => {
      try {
        if (!this.everyRecordRead) await this.readEveryRecord();
        for (;;) {
          if (this.stopped) throw new PortfolioStoppedError();
          const { records, sequence } = await this.summaries.changedSince(this.sequence, SYNC_PAGE);
          for (const record of records) this.aggregates.put(record);
          this.sequence = sequence;
          if (records.length < SYNC_PAGE) return;
          await yieldToEventLoop();
        }
      } finally {
        this.syncing = null;
      }
    })();
    return this.syncing;
  }

  /**
   * The first pass reads every record in the order stored (a third of the CPU of reading them in
   * change order), then the changes go on from the change number before it began: a record
   * changed meanwhile is read again, which `put` makes harmless. A pass cut short starts over.
   */
  private async readEveryRecord(): Promise<void> {
    let after = '';
    let from: number | null = null;
    for (;;) {
      if (this.stopped) throw new PortfolioStoppedError();
      const { records, sequence } = await this.summaries.recordsAfter(after, SYNC_PAGE);
      from ??= sequence;
      for (const record of records) this.aggregates.put(record);
      if (records.length < SYNC_PAGE) break;
      after = records[records.length - 1].clientId;
      await yieldToEventLoop();
    }
    this.sequence = from;
    this.everyRecordRead = true;
  }

  private folded(from: LocalDate, to: LocalDate, top: number): Promise<PortfolioView> {
    return (async () => {
      const key = `${from}|${to}|${top}|${await this.events.headPosition()}`;
      if (this.cached?.key !== key) {
        const view = this.compute(from, to, top);
        this.cached = { key, view };
        view.catch(() => (this.cached = null));
      }
      return this.cached.view;
    })();
  }

  private async compute(from: LocalDate, to: LocalDate, top: number): Promise<PortfolioView> {
    const { totalCount } = await this.summaries.list({}, 'SCORE', 1, null);
    const { rows } = await this.summaries.list({}, 'SCORE', Math.max(totalCount, 1), null);
    const clients: PortfolioClient[] = [];
    for (const { clientId } of rows) {
      const history = historyOf(await this.events.readStream(clientStreamId(clientId)));
      if (!history) continue;
      const { risk, profitability } = assessClient(history, to, this.config);
      clients.push({ history, risk, profitability });
      await yieldToEventLoop();
    }
    return portfolioView(clients, { from, to }, { top });
  }
}
