import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessRole, type ClientAssessmentView, ClientSimulation, READER_ROLES } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { CommandInputError, CommandInputReason } from '../errors';
import { presentCollection, presentProfitability, presentRisk } from '../insight/insight.presenter';
import { REQUEST_LIMITS, type RequestLimits } from '../limits/request-limits';
import { toClientCommands } from './client-command.input';
import { SimulateArgs } from './client-simulation.args';
import { type SimulatedInsightModel, SimulationModel } from './client-simulation.model';

const presentInsight = (insight: ClientAssessmentView | null): SimulatedInsightModel | null =>
  insight && { on: insight.asOfDay, risk: presentRisk(insight), profitability: presentProfitability(insight), collection: presentCollection(insight) };

/** "What if": the same command input as importClientHistory, decided and judged without storing anything. */
@Resolver()
export class ClientSimulationResolver {
  constructor(
    @Inject(ClientSimulation) private readonly simulation: ClientSimulation,
    @Inject(REQUEST_LIMITS) private readonly limits: RequestLimits,
  ) {}

  // Stores nothing, so anyone who may read clients may ask; it shows no more than they can read.
  @Allow(...READER_ROLES, AccessRole.Service)
  @Query(() => SimulationModel, {
    description:
      "What hypothetical commands would do to a client's risk, profitability and collection: decided in order on the stored client, judged before and after, nothing stored. Refused commands are listed with their codes; the others still apply.",
  })
  async simulate(@Args() args: SimulateArgs): Promise<SimulationModel> {
    if (args.commands.length > this.limits.maxImportCommands)
      throw new CommandInputError(
        CommandInputReason.BatchTooLarge,
        null,
        `${args.commands.length} commands in one simulation; at most ${this.limits.maxImportCommands} (IMPORT_MAX_COMMANDS)`,
      );
    const outcome = await this.simulation.simulate(args.clientId, toClientCommands(args.commands), args.on ?? undefined);
    return {
      clientId: args.clientId,
      before: presentInsight(outcome.before),
      after: presentInsight(outcome.after),
      refused: outcome.refused.map(({ commandIndex, refusal }) => ({ commandIndex, code: refusal.code, message: refusal.message })),
      eventCount: outcome.eventCount,
    };
  }
}
