import { Inject } from '@nestjs/common';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessRole, ClientNotFoundError, CommandRefusedError, WorklistQueries } from '@client-lifecycle/application';
import { DomainError, type DraftLocale, type LocalDate, type WorklistEntry } from '@client-lifecycle/domain';
import { type WorklistFilter, worklistKey } from '@client-lifecycle/ports';
import { Allow } from '../access/allow.decorator';
import type { GraphqlContext } from '../client/request-context';
import { localeOf } from '../insight/localized-text.resolver';
import { moneyOf, pageInfoOf } from '../shared';
import {
  DraftArgs,
  DraftLocaleEnum,
  DraftModel,
  PaymentPlanProposalModel,
  ProposePaymentPlanArgs,
  WorklistArgs,
  WorklistConnectionModel,
  WorklistEntryModel,
} from './worklist.model';
import { keyOfWorklistCursor, worklistCursorOf } from './worklist.cursor';

/** Whoever works the collection list reads it and its drafts; a manager sees everything finance sees. */
const COLLECTOR_ROLES = [AccessRole.Agent, AccessRole.Finance, AccessRole.Manager] as const;

/** The entry as the schema shows it, keeping the domain entry for its draft. */
const toModel = (entry: WorklistEntry): WorklistEntryModel & { readonly source: WorklistEntry } => ({
  ...entry,
  invoices: entry.invoices.map((invoice) => ({
    invoiceId: invoice.invoiceId,
    dueDate: invoice.dueDate,
    openBalance: moneyOf(invoice.openBalanceMinor, entry.currency),
  })),
  total: moneyOf(entry.totalMinor, entry.currency),
  holdReason: entry.hold?.reason ?? null,
  creditLimit: entry.hold?.creditLimitMinor === null || entry.hold === undefined ? null : moneyOf(entry.hold.creditLimitMinor, entry.currency),
  source: entry,
});

@Resolver()
export class WorklistResolver {
  constructor(@Inject(WorklistQueries) private readonly worklist: WorklistQueries) {}

  @Allow(...COLLECTOR_ROLES)
  @Query(() => WorklistConnectionModel, {
    description:
      "The collector's worklist: the next collection action of every client due on or before `on`, highest priority (amount × days past due × risk) first, each with its invoices, channel, contact and a ready draft.",
  })
  async collectionWorklist(@Args() { on, first, after, filter }: WorklistArgs): Promise<WorklistConnectionModel> {
    const query = {
      on: on ?? this.worklist.today(),
      filter: { action: filter?.action ?? undefined, channel: filter?.channel ?? undefined, clientId: filter?.clientId ?? undefined },
    };
    const page = await this.worklist.list(query.on, query.filter, first, after ? keyOfWorklistCursor(after) : null);
    const edges = page.entries.map((entry) => ({ cursor: worklistCursorOf(worklistKey(entry)), node: toModel(entry) }));
    const connection: WorklistConnection = { edges, pageInfo: pageInfoOf(edges, page.hasNextPage, after !== null && after !== undefined), query };
    return connection;
  }

  @Allow(...COLLECTOR_ROLES)
  @Query(() => DraftModel, {
    description: 'A draft for the client as it stands today: a ladder step, the termination notice, the transition plan or the talking points.',
  })
  async draft(@Args() { clientId, kind, locale }: DraftArgs, @Context() context: GraphqlContext): Promise<DraftModel> {
    const draft = await this.worklist.draft(clientId, kind, localeOf(context, locale));
    if (!draft) throw new ClientNotFoundError(clientId);
    return draft;
  }

  @Allow(AccessRole.Finance, AccessRole.Manager)
  @Query(() => PaymentPlanProposalModel, {
    description:
      'A payment plan for these invoices within the configured limits (length, first instalment, interest), ready for `agreePaymentPlan`. Stores nothing.',
  })
  async proposePaymentPlan(@Args() { clientId, invoiceIds }: ProposePaymentPlanArgs): Promise<PaymentPlanProposalModel> {
    const proposal = await this.worklist.proposePaymentPlan(clientId, invoiceIds);
    if (proposal === null) throw new ClientNotFoundError(clientId);
    if (proposal instanceof DomainError) throw new CommandRefusedError(proposal);
    return { ...proposal, invoiceIds: [...proposal.invoiceIds], instalments: [...proposal.instalments] };
  }
}

/** The page with what it was asked for, so `totalCount` counts the same list, and only when selected. */
type WorklistConnection = WorklistConnectionModel & { readonly query: { readonly on: LocalDate; readonly filter: WorklistFilter } };

@Resolver(() => WorklistConnectionModel)
export class WorklistConnectionResolver {
  constructor(@Inject(WorklistQueries) private readonly worklist: WorklistQueries) {}

  @ResolveField(() => Int, { description: 'How many entries the list holds on that day with that filter, all pages together.' })
  totalCount(@Parent() connection: WorklistConnection): Promise<number> {
    return this.worklist.count(connection.query.on, connection.query.filter);
  }
}

@Resolver(() => WorklistEntryModel)
export class WorklistEntryResolver {
  constructor(@Inject(WorklistQueries) private readonly worklist: WorklistQueries) {}

  @ResolveField(() => DraftModel, { description: "The action's draft, ready to send, as of today." })
  draft(
    @Parent() entry: WorklistEntryModel & { readonly source: WorklistEntry },
    @Context() context: GraphqlContext,
    @Args('locale', { type: () => DraftLocaleEnum, nullable: true, description: 'The language; from the Accept-Language header when absent.' })
    locale?: DraftLocale | null,
  ): DraftModel {
    return this.worklist.entryDraft(entry.source, localeOf(context, locale));
  }
}
