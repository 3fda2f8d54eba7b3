import type { ClientCommandHandler, CommandOutcome } from '@client-lifecycle/application';
import type { ClientCommandType } from '@client-lifecycle/domain';
import type { CommandInput } from '../shared';
import { toClientCommand } from './client-input.mapper';
import { presentClient, presentEvent } from './client.presenter';
import type { CommandPayloadModel } from './command-payload.model';
import { commandContextOf, type GraphqlContext } from './request-context';

/** What a command or batch stored, and the client after it; `stored` names what was stored, for the error should the client be missing. */
export function presentCommandPayload(outcome: CommandOutcome, stored: string): CommandPayloadModel {
  // The client as the command handler left it: its stream is not read a second time.
  const view = outcome.client;
  if (!view) throw new Error(`Client ${outcome.clientId} vanished right after ${stored} was stored`);
  return {
    clientId: outcome.clientId,
    version: outcome.version,
    deduplicated: outcome.deduplicated,
    events: outcome.events.map(presentEvent),
    client: presentClient(view),
  };
}

/** Runs the client command a mutation stands for (`explicitNulls`: fields where null is a value the caller chose) and presents what it stored. */
export async function executeClientCommand(
  handler: ClientCommandHandler,
  type: ClientCommandType,
  input: CommandInput,
  context: GraphqlContext,
  explicitNulls?: readonly string[],
): Promise<CommandPayloadModel> {
  const outcome = await handler.handle(toClientCommand(type, input, explicitNulls), commandContextOf(context, input));
  return presentCommandPayload(outcome, 'a command');
}
