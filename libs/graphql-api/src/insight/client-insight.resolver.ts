import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type ClientInsight, ClientInsightQueries, ClientNotFoundError } from '@client-lifecycle/application';
import { ClientModel } from '../client/client.model';
import type { GraphqlContext } from '../client/request-context';
import { CollectionModel } from './collection.model';
import { viewOfPresented } from '../client/client.presenter';
import { presentCollection, presentProfitability, presentRisk } from './insight.presenter';
import { ProfitabilityModel } from './profitability.model';
import { RiskAssessmentModel } from './risk.model';

/**
 * Risk, profitability and collection of a client, as of the client view's instant. They are
 * assessed on the history the client object was presented from (a query's or a mutation's fold),
 * once for all three fields, however many of them the query asks for.
 */
@Resolver(() => ClientModel)
export class ClientInsightResolver {
  private readonly folds = new WeakMap<ClientModel, Promise<ClientInsight>>();

  constructor(@Inject(ClientInsightQueries) private readonly insights: ClientInsightQueries) {}

  @ResolveField(() => RiskAssessmentModel, { description: 'Risk model v2: score, band, factors and rules with their evidence, archetypes, recommendation.' })
  async risk(@Parent() client: ClientModel, @Context() context: GraphqlContext): Promise<RiskAssessmentModel> {
    return presentRisk(await this.insightOf(client, context));
  }

  @ResolveField(() => ProfitabilityModel)
  async profitability(@Parent() client: ClientModel, @Context() context: GraphqlContext): Promise<ProfitabilityModel> {
    return presentProfitability(await this.insightOf(client, context));
  }

  @ResolveField(() => CollectionModel)
  async collection(@Parent() client: ClientModel, @Context() context: GraphqlContext): Promise<CollectionModel> {
    return presentCollection(await this.insightOf(client, context));
  }

  private insightOf(client: ClientModel, context: GraphqlContext): Promise<ClientInsight> {
    let fold = this.folds.get(client);
    if (!fold) {
      const view = viewOfPresented(client);
      fold = view
        ? Promise.resolve(this.insights.assess(view, client.asOf ?? undefined))
        : this.insights.insight(client.clientId, client.asOf ?? undefined, context.clientStreams).then((insight) => {
            if (!insight) throw new ClientNotFoundError(client.clientId);
            return insight;
          });
      this.folds.set(client, fold);
    }
    return fold;
  }
}
