import { type ClientHistory, ClientHistoryBuilder, dateOf, type LocalDate } from '@client-lifecycle/domain';
import type { ClientSummaryStore, Clock, EventStore } from '@client-lifecycle/ports';
import { toClientFact } from '../client/client-facts';
import { type ClientStreamSource, DirectClientStreams } from '../client/client-streams';
import { DEFAULT_INSIGHT_CONFIG, previousRiskOf, type ReadyAssessment, readyAssessment } from './client-assessment';
import type { InsightConfig } from './insight.config';

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
 * Risk, profitability and collection of one client as of any instant, folded from its events.
 * "As of" is system time (recordedAt), so an answer about the past never changes when a
 * backdated import arrives later.
 */
export class ClientInsightQueries {
  private readonly direct: ClientStreamSource;

  constructor(
    store: EventStore,
    private readonly clock: Clock,
    private readonly config: InsightConfig = DEFAULT_INSIGHT_CONFIG,
    /** Where the projector keeps each client's assessment ready; without it every answer is folded. */
    private readonly summaries?: ClientSummaryStore,
  ) {
    this.direct = new DirectClientStreams(store);
  }

  /**
   * The client's assessment now, read from its row in the client list when the row is folded up
   * to `version` (the client's revision the caller saw) and judged as of today; folded from the
   * stream otherwise (the projector has not caught up, or the day has just changed).
   */
  async current(clientId: string, version: number, streams: ClientStreamSource = this.direct): Promise<ClientAssessmentView | null> {
    const instant = this.clock.now().toISOString();
    const asOfDay = dateOf(instant);
    const [row] = (await this.summaries?.find([clientId])) ?? [];
    if (row && row.version === version && row.asOf === asOfDay && row.assessment !== '') {
      // Written by the projector from the same ReadyAssessment type.
      const ready = JSON.parse(row.assessment) as ReadyAssessment;
      return { ...ready, asOf: instant, asOfDay };
    }
    return this.insight(clientId, instant, streams);
  }

  async insight(clientId: string, asOf?: string, streams: ClientStreamSource = this.direct): Promise<ClientInsight | null> {
    const instant = asOf ?? this.clock.now().toISOString();
    const recorded = (await streams.read(clientId)).filter((event) => event.recordedAt <= instant);
    if (recorded.length === 0) return null;
    const asOfDay = dateOf(instant);
    const builder = new ClientHistoryBuilder();
    for (const event of recorded.slice(0, -1)) builder.apply(toClientFact(event));
    // The trend's reference is assessed before the latest event is folded in, as the projector does.
    const previous = previousRiskOf(builder.current(), asOfDay, this.config);
    builder.apply(toClientFact(recorded[recorded.length - 1]));
    // The builder is dropped here, so its history can be handed out without a copy.
    const history = builder.current();
    if (!history) return null;
    return { asOf: instant, asOfDay, history, ...readyAssessment(history, asOfDay, this.config, previous) };
  }
}
