import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CLIENT_SUMMARY_STORE, clientSummaryKey, type ClientSummaryStore } from '@client-lifecycle/ports';
import { READER_ROLES } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { ClientSummaryConnectionModel, ClientsArgs, presentClientSummary } from './client-summary.model';
import { pageInfoOf } from '../shared';
import { clientsCursorOf, keyOfClientsCursor } from './clients.cursor';

@Resolver()
export class ClientsResolver {
  constructor(@Inject(CLIENT_SUMMARY_STORE) private readonly summaries: ClientSummaryStore) {}

  @Allow(...READER_ROLES)
  @Query(() => ClientSummaryConnectionModel, {
    description: 'The portfolio: clients filtered by band, archetype or recommendation, riskiest first by default.',
  })
  async clients(@Args() { filter, orderBy, first, after }: ClientsArgs): Promise<ClientSummaryConnectionModel> {
    const page = await this.summaries.list(
      {
        band: filter?.band ?? undefined,
        minBand: filter?.minBand ?? undefined,
        archetype: filter?.archetype ?? undefined,
        recommendation: filter?.recommendation ?? undefined,
      },
      orderBy,
      first,
      after ? keyOfClientsCursor(after, orderBy) : null,
    );
    const edges = page.rows.map((row) => ({
      cursor: clientsCursorOf(orderBy, clientSummaryKey(row, orderBy)),
      node: presentClientSummary(row),
    }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after !== null && after !== undefined),
    };
  }
}
