import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessRole, ClientNotFoundError, ClientSimulation, READER_ROLES } from '@client-lifecycle/application';
import type { TerminationWhatIf } from '@client-lifecycle/domain';
import { Allow } from '../access/allow.decorator';
import { days, moneyOf, ratio } from '../shared';
import { SimulateTerminationArgs } from './client-termination-simulation.args';
import { TerminationWhatIfModel } from './client-termination-simulation.model';

function present(whatIf: TerminationWhatIf): TerminationWhatIfModel {
  const money = (amountMinor: number) => moneyOf(amountMinor, whatIf.currency);
  const { basis } = whatIf;
  return {
    ...whatIf,
    monthsWithoutClient: days(whatIf.monthsWithoutClient),
    basis: {
      from: basis.from,
      to: basis.to,
      months: days(basis.months),
      invoiced: money(basis.invoicedMinor),
      cost: money(basis.costMinor),
      monthlyBilling: money(basis.monthlyBillingMinor),
      monthlyCost: money(basis.monthlyCostMinor),
      expectedLossRatio: ratio(basis.expectedLossRate),
    },
    revenueLost: money(whatIf.revenueLostMinor),
    costToServeSaved: money(whatIf.costToServeSavedMinor),
    creditLossAvoided: money(whatIf.creditLossAvoidedMinor),
    stillToCollect: money(whatIf.stillToCollectMinor),
    expectedLossOnOpen: money(whatIf.expectedLossOnOpenMinor),
    netEffect: money(whatIf.netEffectMinor),
  };
}

/** "What if we end it": the money of the next 12 months with and without the client, nothing stored. */
@Resolver()
export class ClientTerminationSimulationResolver {
  constructor(@Inject(ClientSimulation) private readonly simulation: ClientSimulation) {}

  // Stores nothing and shows figures readers already see on the client, so the same roles as simulate.
  @Allow(...READER_ROLES, AccessRole.Service)
  @Query(() => TerminationWhatIfModel, {
    description:
      'What terminating a client would do over the next 12 months: the revenue lost against the cost to serve saved and the credit loss avoided, what is still to collect, the notice period and the earliest lawful end date from the contract, and a verdict in plain words. Nothing is stored. An unknown client is NOT_FOUND.',
  })
  async simulateTermination(@Args() args: SimulateTerminationArgs): Promise<TerminationWhatIfModel> {
    const whatIf = await this.simulation.simulateTermination(args.clientId, args.on ?? undefined, args.reason ?? undefined);
    if (whatIf === null) throw new ClientNotFoundError(args.clientId);
    return present(whatIf);
  }
}
