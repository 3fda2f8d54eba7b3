import {
  assessClientWithTrend,
  averageDaysToPay,
  type ClientHistory,
  type CollectionView,
  dateOf,
  type LocalDate,
  paymentIndex,
  type ProfitabilityView,
  type RiskAssessment,
} from '@client-lifecycle/domain';
import type { Clock, EventStore } from '@client-lifecycle/ports';
import type { ClientView } from '../client/client.fold';
import { ClientQueries } from '../client/client.queries';
import type { ClientStreamSource } from '../client/client-streams';
import { type ClientAssessment, DEFAULT_INSIGHT_CONFIG } from './client-assessment';
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

interface Assessed {
  readonly assessment: ClientAssessment;
  readonly payments: Pick<ClientInsight, 'paymentIndex' | 'averageDaysToPay'>;
}

/**
 * Risk, profitability and collection of one client as of any instant, folded from its events.
 * "As of" is system time (recordedAt), so an answer about the past never changes when a
 * backdated import arrives later.
 */
export class ClientInsightQueries {
  /**
   * Assessments of history snapshots, per day: a snapshot never changes, so neither does what it
   * assesses to, and a client read again without new events is not assessed again. Dropped with
   * the snapshot when the fold moves on.
   */
  private readonly assessed = new WeakMap<ClientHistory, Map<LocalDate, Assessed>>();

  constructor(
    store: EventStore,
    private readonly clock: Clock,
    private readonly config: InsightConfig = DEFAULT_INSIGHT_CONFIG,
    private readonly clients: ClientQueries = new ClientQueries(store),
  ) {}

  async insight(clientId: string, asOf?: string, streams?: ClientStreamSource): Promise<ClientInsight | null> {
    const view = await this.clients.findClient(clientId, asOf, streams);
    return view && this.assess(view, asOf);
  }

  /**
   * The insight of a client already folded (the view a query or a command just produced): no read,
   * no copy. The trend compares with the same history judged 30 days before (risk model v2).
   */
  assess({ history }: ClientView, asOf?: string): ClientInsight {
    const instant = asOf ?? this.clock.now().toISOString();
    const asOfDay = dateOf(instant);
    const { assessment, payments } = this.assessment(history, asOfDay);
    return { asOf: instant, asOfDay, history, ...assessment, ...payments };
  }

  /** `history` assessed on `asOfDay`, with its trend, once per snapshot and day. */
  private assessment(history: ClientHistory, asOfDay: LocalDate): Assessed {
    let byDay = this.assessed.get(history);
    const known = byDay?.get(asOfDay);
    if (known) return known;
    const assessed: Assessed = {
      assessment: assessClientWithTrend(history, asOfDay, this.config),
      payments: { paymentIndex: paymentIndex(history, asOfDay), averageDaysToPay: averageDaysToPay(history, asOfDay) },
    };
    if (!byDay) this.assessed.set(history, (byDay = new Map()));
    byDay.set(asOfDay, assessed);
    return assessed;
  }
}
