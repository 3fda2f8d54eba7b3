import {
  assessClientWithTrend,
  averageDaysToPay,
  type ClientHistory,
  ClientHistoryBuilder,
  type CollectionView,
  dateOf,
  type LocalDate,
  paymentIndex,
  type ProfitabilityView,
  type RiskAssessment,
} from '@client-lifecycle/domain';
import type { Clock, EventStore } from '@client-lifecycle/ports';
import { toClientFact } from '../client/client-facts';
import { type ClientStreamSource, DirectClientStreams } from '../client/client-streams';
import { DEFAULT_INSIGHT_CONFIG } from './client-assessment';
import type { InsightConfig } from './insight.config';

export interface ClientInsight {
  /** The instant the answer is for: only events recorded by then count. */
  readonly asOf: string;
  readonly asOfDay: LocalDate;
  readonly history: ClientHistory;
  readonly collection: CollectionView;
  readonly profitability: ProfitabilityView;
  readonly risk: RiskAssessment;
  readonly paymentIndex: number | null;
  readonly averageDaysToPay: { readonly mean: number | null; readonly amountWeighted: number | null };
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
  ) {
    this.direct = new DirectClientStreams(store);
  }

  async insight(clientId: string, asOf?: string, streams: ClientStreamSource = this.direct): Promise<ClientInsight | null> {
    const instant = asOf ?? this.clock.now().toISOString();
    const recorded = (await streams.read(clientId)).filter((event) => event.recordedAt <= instant);
    if (recorded.length === 0) return null;
    const asOfDay = dateOf(instant);
    const builder = new ClientHistoryBuilder();
    for (const event of recorded) builder.apply(toClientFact(event));
    const history = builder.snapshot();
    if (!history) return null;

    return {
      asOf: instant,
      asOfDay,
      history,
      // The trend compares with the same history judged 30 days before (risk model v2).
      ...assessClientWithTrend(history, asOfDay, this.config),
      paymentIndex: paymentIndex(history, asOfDay),
      averageDaysToPay: averageDaysToPay(history, asOfDay),
    };
  }
}
