import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type ClientAssessmentView, ClientInsightQueries, ClientNotFoundError } from '@client-lifecycle/application';
import { ClientModel } from '../client/client.model';
import type { GraphqlContext } from '../client/request-context';
import { CollectionModel } from './collection.model';
import { viewOfPresented } from '../client/client.presenter';
import { presentCollection, presentProfitability, presentRisk } from './insight.presenter';
import { ProfitabilityModel } from './profitability.model';
import { RiskAssessmentModel } from './risk.model';

/**
 * Risk, profitability and collection of a client, as of the client view's instant: kept ready
 * by the projector for the present (the stored row, when at the client's version and today),
 * else assessed on the history the client object was presented from (a query's or a mutation's
 * fold). One answer serves all three fields of a client object, however many the query asks for.
 */
@Resolver(() => ClientModel)
export class ClientInsightResolver {
  private readonly folds = new WeakMap<ClientModel, Promise<ClientAssessmentView>>();

  constructor(@Inject(ClientInsightQueries) private readonly insights: ClientInsightQueries) {}

  @ResolveField(() => RiskAssessmentModel, { description: 'Risk model v2: score, band, factors and rules with their evidence, archetypes, recommendation.' })
  async risk(@Parent() client: ClientModel, @Context() context: GraphqlContext): Promise<RiskAssessmentModel> {
    return presentRisk(await this.insightOf(client, context));
  }

  @ResolveField(() => ProfitabilityModel, { description: 'What the client brings in and what it costs, as of the view.' })
  async profitability(@Parent() client: ClientModel, @Context() context: GraphqlContext): Promise<ProfitabilityModel> {
    return presentProfitability(await this.insightOf(client, context));
  }

  @ResolveField(() => CollectionModel, { description: 'The open invoices on the collection ladder, as of the view.' })
  async collection(@Parent() client: ClientModel, @Context() context: GraphqlContext): Promise<CollectionModel> {
    return presentCollection(await this.insightOf(client, context));
  }

  private insightOf(client: ClientModel, context: GraphqlContext): Promise<ClientAssessmentView> {
    let fold = this.folds.get(client);
    if (!fold) {
      const view = viewOfPresented(client);
      const asOf = client.asOf ?? undefined;
      const on = client.on ?? undefined;
      const answer =
        asOf === undefined && on === undefined
          ? this.insights.current(client.clientId, client.version, view, context.clientStreams)
          : view
            ? Promise.resolve(this.insights.assess(view, asOf, on))
            : this.insights.insight(client.clientId, asOf, context.clientStreams, on);
      fold = answer.then((insight) => {
        if (!insight) throw new ClientNotFoundError(client.clientId);
        return insight;
      });
      this.folds.set(client, fold);
    }
    return fold;
  }
}
