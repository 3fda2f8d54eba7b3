import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientNotFoundError, ClientQueries } from '@client-lifecycle/application';
import { ClientModel } from '../client/client.model';
import { presentClient } from '../client/client.presenter';
import type { GraphqlContext } from '../client/request-context';
import { ClientSummaryModel } from './client-summary.model';

@Resolver(() => ClientSummaryModel)
export class ClientSummaryResolver {
  constructor(@Inject(ClientQueries) private readonly queries: ClientQueries) {}

  /** Batched per request: a page of 100 rows asking for the client (and its risk, profitability…) reads all their streams in one query. */
  @ResolveField(() => ClientModel, { description: "The client's full current view: state, timeline, risk, profitability, collection." })
  async client(@Parent() summary: ClientSummaryModel, @Context() context: GraphqlContext): Promise<ClientModel> {
    const view = await this.queries.findClient(summary.clientId, undefined, context.clientStreams);
    if (!view) throw new ClientNotFoundError(summary.clientId);
    return presentClient(view);
  }
}
