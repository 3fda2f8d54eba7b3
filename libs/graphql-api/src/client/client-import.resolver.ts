import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AccessRole, ClientCommandHandler } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { CommandInputError, CommandInputReason } from '../errors';
import { REQUEST_LIMITS, type RequestLimits } from '../limits/request-limits';
import { toClientCommands } from './client-command.input';
import { ImportClientHistoryArgs } from './client-import.args';
import { CommandPayloadModel } from './command-payload.model';
import { presentCommandPayload } from './command-payload.presenter';
import { commandContextOf, type GraphqlContext } from './request-context';

/**
 * A CRM migrating a client's past: its backdated commands decided in order and stored in one
 * append, or refused together. The scheduler sees the batch at once, so a timer never fires
 * between an invoice and the payment the same import records for it.
 */
@Resolver()
export class ClientImportResolver {
  constructor(
    @Inject(ClientCommandHandler) private readonly handler: ClientCommandHandler,
    @Inject(REQUEST_LIMITS) private readonly limits: RequestLimits,
  ) {}

  // A migration writes facts of every role at once (payments, complaints, abuse reports): an admin's or an integration's job.
  @Allow(AccessRole.Service)
  @Mutation(() => CommandPayloadModel, {
    description:
      "Import a client's backdated history in one atomic batch: every command is decided in order and all are stored, or none is (the refusal names the command in details.commandIndex). Time-driven facts are judged after the batch.",
  })
  async importClientHistory(@Args() args: ImportClientHistoryArgs, @Context() context: GraphqlContext): Promise<CommandPayloadModel> {
    if (args.commands.length > this.limits.maxImportCommands)
      throw new CommandInputError(
        CommandInputReason.BatchTooLarge,
        null,
        `${args.commands.length} commands in one batch; at most ${this.limits.maxImportCommands} (IMPORT_MAX_COMMANDS): split the history`,
      );
    const commands = toClientCommands(args.commands);
    const outcome = await this.handler.importHistory(args.clientId, commands, commandContextOf(context, args));
    return presentCommandPayload(outcome, 'its history');
  }
}
