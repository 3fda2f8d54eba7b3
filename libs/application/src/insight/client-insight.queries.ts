import { type ClientHistory, dateOf, type LocalDate } from '@client-lifecycle/domain';
import type { ClientSummaryStore, Clock, EventStore } from '@client-lifecycle/ports';
import type { ClientView } from '../client/client.fold';
import { ClientQueries } from '../client/client.queries';
import type { ClientStreamSource } from '../client/client-streams';
import { DEFAULT_INSIGHT_CONFIG, type ReadyAssessment, readyAssessment } from './client-assessment';
import type { InsightConfig } from './insight.config';
import { ReadyAssessments } from './ready-assessments.cache';

/** A client's risk, profitability and collection at one instant, as `client(id)` answers them. */
export interface ClientAssessmentView extends ReadyAssessment {
  /** The instant the answer is for: only events recorded by then count. */
  readonly asOf: string;
  readonly asOfDay: LocalDate;
}

export interface ClientInsight extends ClientAssessmentView {
  readonly history: ClientHistory;
}

/**
 * Risk, profitability and collection of one client as of any instant: kept ready in the client
 * list by the projector for the present, folded from its events otherwise. "As of" is system
 * time (recordedAt), so an answer about the past never changes when a backdated import arrives
 * later.
 */
export class ClientInsightQueries {
  constructor(
    store: EventStore,
    private readonly clock: Clock,
    /** Read by the what-ifs, so they judge with the same calibration. */
    readonly config: InsightConfig = DEFAULT_INSIGHT_CONFIG,
    private readonly clients: ClientQueries = new ClientQueries(store),
    /** Where the projector keeps each client's assessment ready; without it every answer is folded. */
    private readonly summaries?: ClientSummaryStore,
    /**
     * Assessments per history snapshot and day, read from the list or assessed here: a snapshot
     * never changes, so a client read again without new events is neither read nor assessed again.
     */
    private readonly assessments: ReadyAssessments = new ReadyAssessments(),
  ) {}

  /**
   * The client's assessment now, read from its row in the client list when the row is folded up
   * to `version` (the client's revision the caller saw) and judged as of today; otherwise the
   * client `view` already folded (a query's or a mutation's) is assessed, or the client is folded
   * through the fold cache (the projector has not caught up, or the day has just changed).
   */
  async current(clientId: string, version: number, view?: ClientView, streams?: ClientStreamSource): Promise<ClientAssessmentView | null> {
    const instant = this.clock.now().toISOString();
    const asOfDay = dateOf(instant);
    const snapshot = view?.version === version ? view.history : undefined;
    const known = snapshot && this.assessments.get(clientId, snapshot, asOfDay);
    if (known) return { ...known, asOf: instant, asOfDay };
    const [row] = (await this.summaries?.find([clientId])) ?? [];
    if (row && row.version === version && row.asOf === asOfDay && row.assessment !== '') {
      // Written by the projector from the same ReadyAssessment type.
      const ready = JSON.parse(row.assessment) as ReadyAssessment;
      if (snapshot) this.assessments.set(clientId, snapshot, asOfDay, ready, row.assessment.length);
      return { ...ready, asOf: instant, asOfDay };
    }
    return view ? this.assess(view, instant) : this.insight(clientId, undefined, streams);
  }

  /**
   * What was known by `asOf` (system time; now when absent), judged as of business day `on` (the
   * day of `asOf` when absent): a backdated import is judged on the days it is about.
   */
  async insight(clientId: string, asOf?: string, streams?: ClientStreamSource, on?: LocalDate): Promise<ClientInsight | null> {
    const view = await this.clients.findClient(clientId, asOf, streams);
    return view && this.assess(view, asOf, on);
  }

  /**
   * The insight of a client already folded (the view a query or a command just produced): no read,
   * no copy. The trend compares with the same history judged 30 days before (risk model v2).
   */
  assess({ history }: ClientView, asOf?: string, on?: LocalDate): ClientInsight {
    const instant = asOf ?? this.clock.now().toISOString();
    const asOfDay = on ?? dateOf(instant);
    return { asOf: instant, asOfDay, history, ...this.assessment(history, asOfDay) };
  }

  /** `history` assessed on `asOfDay`, with its trend, once per snapshot and day while the memo holds it. */
  private assessment(history: ClientHistory, asOfDay: LocalDate): ReadyAssessment {
    const known = this.assessments.get(history.clientId, history, asOfDay);
    if (known) return known;
    const assessed = readyAssessment(history, asOfDay, this.config);
    // Counted as the row's JSON is, so both kinds share one budget (a few % of the assessing).
    this.assessments.set(history.clientId, history, asOfDay, assessed, JSON.stringify(assessed).length);
    return assessed;
  }
}
