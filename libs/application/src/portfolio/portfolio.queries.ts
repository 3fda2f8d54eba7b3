import { clientStreamId, type LocalDate, type PortfolioClient, type PortfolioView, portfolioView } from '@client-lifecycle/domain';
import type { ClientSummaryStore, EventStore } from '@client-lifecycle/ports';
import { historyOf } from '../client/client-facts';
import { yieldToEventLoop } from '../shared';
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
