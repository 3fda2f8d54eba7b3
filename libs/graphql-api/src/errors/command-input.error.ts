/** `extensions.reason` of a batch of commands whose shape is refused before any is decided. */
export enum CommandInputReason {
  /** A ClientCommandInput must set exactly one member. */
  OneCommandKind = 'INPUT.ONE_COMMAND_KIND_REQUIRED',
  /** idempotencyKey and expectedVersion belong to the batch, not to one of its commands. */
  BatchOption = 'INPUT.BATCH_OPTION_ON_COMMAND',
  /** More commands than IMPORT_MAX_COMMANDS. */
  BatchTooLarge = 'INPUT.BATCH_TOO_LARGE',
}

/** A batch of commands refused for its shape, with the index of the command at fault (null for the whole batch). */
export class CommandInputError extends Error {
  constructor(
    readonly reason: CommandInputReason,
    readonly commandIndex: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'CommandInputError';
  }
}
