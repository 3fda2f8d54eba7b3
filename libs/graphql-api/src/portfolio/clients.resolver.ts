import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CLIENT_SUMMARY_STORE, clientSearchOf, clientSummaryKey, type ClientSummaryStore } from '@client-lifecycle/ports';
import { READER_ROLES } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { InputValidationError } from '../errors';
import { ClientSummaryConnectionModel, ClientsArgs, presentClientSummary } from './client-summary.model';
import { pageInfoOf } from '../shared';
import { clientsCursorOf, keyOfClientsCursor } from './clients.cursor';

@Resolver()
export class ClientsResolver {
  constructor(@Inject(CLIENT_SUMMARY_STORE) private readonly summaries: ClientSummaryStore) {}

  @Allow(...READER_ROLES)
  @Query(() => ClientSummaryConnectionModel, {
    description: 'The portfolio: clients filtered by band, archetype, recommendation or a search of their names, riskiest first by default.',
  })
  async clients(@Args() { filter, orderBy, first, after }: ClientsArgs): Promise<ClientSummaryConnectionModel> {
    const search = typeof filter?.search === 'string' ? clientSearchOf(filter.search) : undefined;
    if (search === null) throw new InputValidationError([{ field: 'filter.search', messages: ['search must hold a letter or a digit'] }]);
    const page = await this.summaries.list(
      {
        band: filter?.band ?? undefined,
        minBand: filter?.minBand ?? undefined,
        archetype: filter?.archetype ?? undefined,
        recommendation: filter?.recommendation ?? undefined,
        search,
      },
      orderBy,
      first,
      after ? keyOfClientsCursor(after, orderBy, search !== undefined) : null,
    );
    const edges = page.rows.map((row) => ({
      cursor: clientsCursorOf(orderBy, clientSummaryKey(row, orderBy, search)),
      node: presentClientSummary(row),
    }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after !== null && after !== undefined),
    };
  }
}
