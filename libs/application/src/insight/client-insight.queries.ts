import {
  assessRisk,
  type ClientFact,
  type ClientHistory,
  ClientHistoryBuilder,
  type CollectionView,
  collectionView,
  clientStreamId,
  averageDaysToPay,
  dateOf,
  DEFAULT_COLLECTION_LADDER,
  DEFAULT_PROFITABILITY_CONFIG,
  DEFAULT_RISK_CONFIG,
  type LocalDate,
  paymentIndex,
  type ProfitabilityView,
  profitabilityView,
  promiseRecord,
  type RiskAssessment,
  type RiskMeasures,
} from '@client-lifecycle/domain';
import type { Clock, EventStore, RecordedEvent } from '@client-lifecycle/ports';
import { toClientEvent } from '../client/client-event.codec';
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

const toFact = (recorded: RecordedEvent): ClientFact => ({
  eventId: recorded.eventId,
  occurredAt: recorded.occurredAt,
  event: toClientEvent(recorded),
});

/**
 * Risk, profitability and collection of one client as of any instant, folded from its events.
 * "As of" is system time (recordedAt), so an answer about the past never changes when a
 * backdated import arrives later.
 */
export class ClientInsightQueries {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly config: InsightConfig = {
      ladder: DEFAULT_COLLECTION_LADDER,
      profitability: DEFAULT_PROFITABILITY_CONFIG,
      risk: DEFAULT_RISK_CONFIG,
    },
  ) {}

  async insight(clientId: string, asOf?: string): Promise<ClientInsight | null> {
    const instant = asOf ?? this.clock.now().toISOString();
    const recorded = (await this.store.readStream(clientStreamId(clientId))).filter((event) => event.recordedAt <= instant);
    if (recorded.length === 0) return null;
    const asOfDay = dateOf(instant);
    const builder = new ClientHistoryBuilder();
    for (const event of recorded.slice(0, -1)) builder.apply(toFact(event));
    const before = builder.snapshot();
    builder.apply(toFact(recorded[recorded.length - 1]));
    const history = builder.snapshot();
    if (!history) return null;

    return {
      asOf: instant,
      asOfDay,
      history,
      ...this.assess(history, asOfDay, before),
      paymentIndex: paymentIndex(history, asOfDay),
      averageDaysToPay: averageDaysToPay(history, asOfDay),
    };
  }

  private assess(history: ClientHistory, asOfDay: LocalDate, before: ClientHistory | null) {
    const collection = collectionView(history, asOfDay, this.config.ladder);
    const profitability = profitabilityView(history, asOfDay, this.config.profitability);
    const previous = before ? assessRisk(before, asOfDay, this.measures(before, asOfDay), this.config.risk) : null;
    const risk = assessRisk(history, asOfDay, this.measures(history, asOfDay, collection, profitability), this.config.risk, previous);
    return { collection, profitability, risk };
  }

  private measures(
    history: ClientHistory,
    asOfDay: LocalDate,
    collection = collectionView(history, asOfDay, this.config.ladder),
    profitability = profitabilityView(history, asOfDay, this.config.profitability),
  ): RiskMeasures {
    const promises = promiseRecord(history, asOfDay);
    return {
      paymentIndex: paymentIndex(history, asOfDay),
      overdueByBucket: collection.overdueByBucket,
      promises: { kept: promises.kept, broken: promises.broken, brokenPromiseEventIds: promises.brokenPromiseEventIds },
      averageMonthlyBillingMinor: profitability.averageMonthlyBillingMinor,
      contributionMarginMinor: profitability.contributionMarginMinor,
      contributionMarginPercent: profitability.contributionMarginPercent,
    };
  }
}
