import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CLIENT_SUMMARY_STORE, type ClientSummaryStore } from '@client-lifecycle/ports';
import { InputValidationError } from '../errors';
import { ClientSummaryConnectionModel, ClientsArgs } from './client-summary.model';

const CURSOR_PREFIX = 'offset:';
const cursorAt = (offset: number) => Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');

function offsetOf(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0)
    throw new InputValidationError([{ field: 'after', messages: ['after must be an endCursor returned by this list'] }]);
  return offset;
}

@Resolver()
export class ClientsResolver {
  constructor(@Inject(CLIENT_SUMMARY_STORE) private readonly summaries: ClientSummaryStore) {}

  @Query(() => ClientSummaryConnectionModel, { description: 'The portfolio: clients filtered by band, archetype or recommendation, riskiest first by default.' })
  async clients(@Args() { filter, orderBy, first, after }: ClientsArgs): Promise<ClientSummaryConnectionModel> {
    const start = after ? offsetOf(after) + 1 : 0;
    const page = await this.summaries.list(
      { band: filter?.band ?? undefined, archetype: filter?.archetype ?? undefined, recommendation: filter?.recommendation ?? undefined },
      orderBy,
      first,
      start,
    );
    const edges = page.rows.map((row, index) => ({ cursor: cursorAt(start + index), node: { ...row, archetypes: [...row.archetypes] } }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges[edges.length - 1]?.cursor ?? null },
    };
  }
}
