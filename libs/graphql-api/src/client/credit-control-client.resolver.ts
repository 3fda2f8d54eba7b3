import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientNotFoundError, ClientQueries } from '@client-lifecycle/application';
import { type ClientHistory, creditHoldOn, creditLimitOn } from '@client-lifecycle/domain';
import { ClientModel } from './client.model';
import { viewOfPresented } from './client.presenter';
import { CreditControlModel } from './credit-control.model';
import type { GraphqlContext } from './request-context';

const creditControlOf = (history: ClientHistory): CreditControlModel => {
  const hold = creditHoldOn(history);
  const limit = creditLimitOn(history)?.amountMinor ?? null;
  const { currency } = history.contract;
  let writtenOffMinor = 0;
  for (const invoice of history.invoices) for (const writeOff of invoice.writeOffs ?? []) writtenOffMinor += writeOff.amountMinor;
  return {
    onCreditHold: hold !== null,
    creditHoldSince: hold?.placedOn ?? null,
    creditLimit: limit === null ? null : { amountMinor: limit, currency },
    writtenOff: { amountMinor: writtenOffMinor, currency },
  };
};

/** The client's credit standing, from the history the client object was presented from (read again for a list row). */
@Resolver(() => ClientModel)
export class ClientCreditControlResolver {
  constructor(@Inject(ClientQueries) private readonly clients: ClientQueries) {}

  @ResolveField(() => CreditControlModel, { description: 'Credit hold and limit in force, and what was written off (docs/collections.md).' })
  async creditControl(@Parent() client: ClientModel, @Context() context: GraphqlContext): Promise<CreditControlModel> {
    const view = viewOfPresented(client) ?? (await this.clients.findClient(client.clientId, client.asOf ?? undefined, context.clientStreams));
    if (!view) throw new ClientNotFoundError(client.clientId);
    return creditControlOf(view.history);
  }
}
