import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { PortfolioQueries, READER_ROLES } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { agingBucketsOf } from '../insight/profitability.model';
import { InputValidationError } from '../errors';
import { PortfolioArgs, PortfolioModel } from './portfolio.model';

const counts = <K extends string, F extends string>(record: Readonly<Record<K, number>>, field: F) =>
  (Object.entries(record) as [K, number][]).map(([key, clients]) => ({ [field]: key, clients }) as Record<F, K> & { clients: number });

@Resolver()
export class PortfolioResolver {
  constructor(@Inject(PortfolioQueries) private readonly portfolios: PortfolioQueries) {}

  @Allow(...READER_ROLES)
  @Query(() => PortfolioModel, {
    description: 'Clients per band and archetype, aging, DSO, CEI and top lists over a period (kept ready for a period ending today).',
  })
  async portfolio(@Args() { from, to, top }: PortfolioArgs): Promise<PortfolioModel> {
    if (from > to) throw new InputValidationError([{ field: 'from', messages: ['from must be on or before to'] }]);
    const view = await this.portfolios.portfolio(from, to, top);
    return {
      from,
      to,
      daysInPeriod: view.daysInPeriod,
      clientCount: view.clientCount,
      clientsByBand: counts(view.clientsByBand, 'band'),
      clientsByArchetype: counts(view.clientsByArchetype, 'archetype'),
      clientsByRecommendation: counts(view.clientsByRecommendation, 'recommendation'),
      byCurrency: view.byCurrency.map((money) => ({ ...money, agingReport: agingBucketsOf(money.agingReport) })),
      topByRisk: view.topByRisk.map((item) => ({ ...item })),
      topByLostMargin: view.topByLostMargin.map((item) => ({ ...item })),
    };
  }
}
