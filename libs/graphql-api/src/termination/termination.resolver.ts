import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CommandRefusedError, READER_ROLES, TerminationQueries } from '@client-lifecycle/application';
import { TerminationErrors, TerminationStatus } from '@client-lifecycle/domain';
import { Allow } from '../access/allow.decorator';
import { ClientModel } from '../client/client.model';
import { InputValidationError } from '../errors';
import { IsEntityId, pageInfoOf } from '../shared';
import { TerminationStatusEnum } from './termination.enums';
import { TerminationConnectionModel, TerminationModel } from './termination.model';
import { presentTermination } from './termination.presenter';

const TERMINATIONS_MAX_PAGE = 100;
const CURSOR_PREFIX = 'termination-offset:';
const cursorAt = (offset: number) => Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');

function offsetOf(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0)
    throw new InputValidationError([{ field: 'after', messages: ['after must be an endCursor returned by this list'] }]);
  return offset;
}

@ArgsType()
export class TerminationArgs {
  @Field({ description: 'The termination id chosen when proposing it.' })
  @IsEntityId()
  id!: string;
}

@ArgsType()
export class TerminationsArgs {
  @Field(() => TerminationStatusEnum, { nullable: true, description: 'Only terminations at this step; omit for all.' })
  @IsOptional()
  @IsEnum(TerminationStatus)
  status?: TerminationStatus | null;

  @Field(() => Int, { defaultValue: 20, description: `1 to ${TERMINATIONS_MAX_PAGE}` })
  @IsInt()
  @Min(1)
  @Max(TERMINATIONS_MAX_PAGE)
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

@Resolver()
export class TerminationResolver {
  constructor(@Inject(TerminationQueries) private readonly queries: TerminationQueries) {}

  @Allow(...READER_ROLES)
  @Query(() => TerminationModel, {
    nullable: true,
    description: 'Where a termination is at: its step, what it waits for, due dates, escalations and its history.',
  })
  async termination(@Args() { id }: TerminationArgs): Promise<TerminationModel> {
    const view = await this.queries.find(id);
    if (!view) throw new CommandRefusedError(TerminationErrors.notProposed(id));
    return presentTermination(view);
  }

  @Allow(...READER_ROLES)
  @Query(() => TerminationConnectionModel, { description: 'Terminations by step, oldest proposal first.' })
  async terminations(@Args() { status, first, after }: TerminationsArgs): Promise<TerminationConnectionModel> {
    const start = after ? offsetOf(after) + 1 : 0;
    const page = await this.queries.list(status ?? undefined, first, start);
    const edges = page.views.map((view, index) => ({ cursor: cursorAt(start + index), node: presentTermination(view) }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: pageInfoOf(edges, page.hasNextPage, start > 0),
    };
  }
}

/** The client's link to its termination; the risk recommendation stays on `Client.risk` and proposes nothing. */
@Resolver(() => ClientModel)
export class ClientTerminationResolver {
  constructor(@Inject(TerminationQueries) private readonly queries: TerminationQueries) {}

  @ResolveField(() => TerminationModel, { nullable: true, description: "The client's latest termination, whatever its status; null when none was proposed." })
  async termination(@Parent() client: ClientModel): Promise<TerminationModel | null> {
    const view = await this.queries.forClient(client.clientId);
    return view ? presentTermination(view) : null;
  }
}
