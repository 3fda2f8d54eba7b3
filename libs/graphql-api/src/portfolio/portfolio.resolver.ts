import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { PortfolioQueries, READER_ROLES } from '@client-lifecycle/application';
import type { PortfolioView } from '@client-lifecycle/domain';
import { Allow } from '../access/allow.decorator';
import { agingBucketsOf } from '../insight/profitability.model';
import { InputValidationError } from '../errors';
import { days, moneyOf, percent } from '../shared';
import { PortfolioArgs, PortfolioModel } from './portfolio.model';

const counts = <K extends string, F extends string>(record: Readonly<Record<K, number>>, field: F) =>
  (Object.entries(record) as [K, number][]).map(([key, clients]) => ({ [field]: key, clients }) as Record<F, K> & { clients: number });

@Resolver()
export class PortfolioResolver {
  /**
   * The answer made of each view: the queries give the same view again until a client's row
   * changes, so a burst of the same question builds the answer once. Only read after, never
   * changed, by the execution; a view no longer given is collected with its answer.
   */
  private readonly answers = new WeakMap<PortfolioView, PortfolioModel>();

  constructor(@Inject(PortfolioQueries) private readonly portfolios: PortfolioQueries) {}

  @Allow(...READER_ROLES)
  @Query(() => PortfolioModel, {
    description: 'Clients per band and archetype, aging, DSO, CEI and top lists over a period (kept ready for a period ending today).',
  })
  async portfolio(@Args() { from, to, top }: PortfolioArgs): Promise<PortfolioModel> {
    if (from > to) throw new InputValidationError([{ field: 'from', messages: ['from must be on or before to'] }]);
    const view = await this.portfolios.portfolio(from, to, top);
    let answer = this.answers.get(view);
    if (!answer) {
      answer = answerOf(view);
      this.answers.set(view, answer);
    }
    return answer;
  }
}

function answerOf(view: PortfolioView): PortfolioModel {
  return {
    from: view.period.from,
    to: view.period.to,
    daysInPeriod: view.daysInPeriod,
    clientCount: view.clientCount,
    clientsByBand: counts(view.clientsByBand, 'band'),
    clientsByArchetype: counts(view.clientsByArchetype, 'archetype'),
    clientsByRecommendation: counts(view.clientsByRecommendation, 'recommendation'),
    byCurrency: view.byCurrency.map((figures) => {
      const money = (amountMinor: number) => moneyOf(amountMinor, figures.currency);
      return {
        currency: figures.currency,
        agingReport: agingBucketsOf(figures.agingReport, figures.currency),
        accountsReceivable: money(figures.accountsReceivableMinor),
        currentAccountsReceivable: money(figures.currentAccountsReceivableMinor),
        openingAccountsReceivable: money(figures.openingAccountsReceivableMinor),
        creditSales: money(figures.creditSalesMinor),
        dso: days(figures.dso),
        bestPossibleDso: days(figures.bestPossibleDso),
        averageDaysDelinquent: days(figures.averageDaysDelinquent),
        ceiPercent: percent(figures.cei),
        expectedCreditLoss: money(figures.expectedCreditLossMinor),
        contributionMargin: money(figures.contributionMarginMinor),
      };
    }),
    topByRisk: view.topByRisk.map((item) => ({ ...item })),
    topByLostMargin: view.topByLostMargin.map(({ contributionMarginMinor, ...item }) => ({
      ...item,
      contributionMargin: moneyOf(contributionMarginMinor, item.currency),
    })),
  };
}
