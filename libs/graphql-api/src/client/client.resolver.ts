import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientNotFoundError, ClientQueries, READER_ROLES } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { InputValidationError } from '../errors';
import { pageInfoOf } from '../shared';
import { ClientArgs, TimelineArgs } from './client.args';
import { ClientModel } from './client.model';
import { presentClient, presentEvent, revisionOfCursor, timelineCursor } from './client.presenter';
import type { GraphqlContext } from './request-context';
import { TimelineConnectionModel } from './timeline.model';

@Resolver(() => ClientModel)
export class ClientResolver {
  constructor(@Inject(ClientQueries) private readonly queries: ClientQueries) {}

  @Allow(...READER_ROLES)
  @Query(() => ClientModel, {
    nullable: true,
    description:
      "A client's current state; null with a NOT_FOUND error when no such client is registered. Without asOf and on, risk, profitability and collection come from the ready client list row.",
  })
  async client(@Args() { id, asOf, on }: ClientArgs, @Context() context: GraphqlContext): Promise<ClientModel> {
    // Stored instants are UTC ISO strings compared as text: "…T12:00:00+02:00" must become "…T10:00:00.000Z" first.
    const instant = asOf ? new Date(asOf).toISOString() : undefined;
    const view = await this.queries.findClient(id, instant, context.clientStreams);
    if (!view) throw new ClientNotFoundError(id);
    return presentClient(view, instant ?? null, on ?? null);
  }

  @ResolveField(() => TimelineConnectionModel, { description: 'Everything that happened with this client, newest first.' })
  async timeline(@Parent() client: ClientModel, @Args() { first, after }: TimelineArgs): Promise<TimelineConnectionModel> {
    const before = after ? revisionOfCursor(after) : undefined;
    if (before === null) throw new InputValidationError([{ field: 'after', messages: ['after must be an endCursor returned by this timeline'] }]);
    const page = await this.queries.timeline(client.clientId, first, before, client.asOf === null ? undefined : client.version);
    const edges = page.events.map((event) => ({ cursor: timelineCursor(event.revision), node: presentEvent(event) }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: pageInfoOf(edges, page.hasNextPage, before !== undefined && before <= page.totalCount),
    };
  }
}
