import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessRole, ClientSimulation, READER_ROLES } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { SimulateTerminationArgs } from './client-termination-simulation.args';
import { TerminationWhatIfModel } from './client-termination-simulation.model';

/** "What if we end it": the money of the next 12 months with and without the client, nothing stored. */
@Resolver()
export class ClientTerminationSimulationResolver {
  constructor(@Inject(ClientSimulation) private readonly simulation: ClientSimulation) {}

  // Stores nothing and shows figures readers already see on the client, so the same roles as simulate.
  @Allow(...READER_ROLES, AccessRole.Service)
  @Query(() => TerminationWhatIfModel, {
    nullable: true,
    description:
      'What terminating a client would do over the next 12 months: the revenue lost against the cost to serve saved and the credit loss avoided, what is still to collect, the notice period and the earliest lawful end date from the contract, and a verdict in plain words. Nothing is stored; null when the client is not registered.',
  })
  async simulateTermination(@Args() args: SimulateTerminationArgs): Promise<TerminationWhatIfModel | null> {
    return this.simulation.simulateTermination(args.clientId, args.on ?? undefined, args.reason ?? undefined);
  }
}
