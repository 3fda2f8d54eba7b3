import { ClientHistoryBuilder, clientStreamId, type LocalDate, type PortfolioClient, type PortfolioView, portfolioView } from '@client-lifecycle/domain';
import type { ClientSummaryStore, EventStore } from '@client-lifecycle/ports';
import { toClientEvent } from '../client/client-event.codec';
import { assessClient, DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import type { InsightConfig } from '../insight/insight.config';

/**
 * The portfolio over a period, folded from every client's events as of the period's last day.
 * Costly (it reads the whole log), so one answer is kept per period until the log moves on.
 */
export class PortfolioQueries {
  private cached: { readonly key: string; readonly view: Promise<PortfolioView> } | null = null;

  constructor(
    private readonly events: EventStore,
    private readonly summaries: ClientSummaryStore,
    private readonly config: InsightConfig = DEFAULT_INSIGHT_CONFIG,
  ) {}

  async portfolio(from: LocalDate, to: LocalDate, top: number): Promise<PortfolioView> {
    const key = `${from}|${to}|${top}|${await this.events.headPosition()}`;
    if (this.cached?.key !== key) {
      const view = this.compute(from, to, top);
      this.cached = { key, view };
      view.catch(() => (this.cached = null));
    }
    return this.cached.view;
  }

  private async compute(from: LocalDate, to: LocalDate, top: number): Promise<PortfolioView> {
    const { totalCount } = await this.summaries.list({}, 'SCORE', 1, 0);
    const { rows } = await this.summaries.list({}, 'SCORE', Math.max(totalCount, 1), 0);
    const clients: PortfolioClient[] = [];
    for (const { clientId } of rows) {
      const builder = new ClientHistoryBuilder();
      for (const event of await this.events.readStream(clientStreamId(clientId)))
        builder.apply({ eventId: event.eventId, occurredAt: event.occurredAt, event: toClientEvent(event) });
      const history = builder.snapshot();
      if (!history) continue;
      const { risk, profitability } = assessClient(history, to, this.config);
      clients.push({ history, risk, profitability });
      // SQLite answers synchronously: let other requests in between clients.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return portfolioView(clients, { from, to }, { top });
  }
}
