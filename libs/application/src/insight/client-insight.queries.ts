import {
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
import { assessClient, DEFAULT_INSIGHT_CONFIG } from './client-assessment';
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
   * no copy. The risk "before" is the one of the history just before the latest event.
   */
  assess({ history, previous }: ClientView, asOf?: string): ClientInsight {
    const instant = asOf ?? this.clock.now().toISOString();
    const asOfDay = dateOf(instant);
    return {
      asOf: instant,
      asOfDay,
      history,
      ...assessClient(history, asOfDay, this.config, previous ? assessClient(previous, asOfDay, this.config).risk : null),
      paymentIndex: paymentIndex(history, asOfDay),
      averageDaysToPay: averageDaysToPay(history, asOfDay),
    };
  }
}
