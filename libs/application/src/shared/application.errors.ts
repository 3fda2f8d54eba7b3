import { ClientErrorCode, type DomainError } from '@client-lifecycle/domain';

export enum ApplicationErrorCode {
  CommandRefused = 'APPLICATION.COMMAND_REFUSED',
  ConcurrencyConflict = 'APPLICATION.CONCURRENCY_CONFLICT',
}

/** The decider said no; carries the domain's own stable code and details. */
export class CommandRefusedError extends Error {
  readonly code = ApplicationErrorCode.CommandRefused;

  constructor(readonly refusal: DomainError) {
    super(refusal.message);
    this.name = 'CommandRefusedError';
  }
}

/** One command of an all-or-nothing batch was refused, so the batch was: `index` says which (from 0). */
export class BatchCommandRefusedError extends CommandRefusedError {
  constructor(
    readonly index: number,
    refusal: DomainError,
  ) {
    super(refusal);
    this.message = `command ${index} of the batch was refused, nothing was stored: ${refusal.message}`;
    this.name = 'BatchCommandRefusedError';
  }
}

/** The stream moved on: either the caller pinned a version that is no longer current, or retries ran out. */
export class ConcurrencyConflictError extends Error {
  readonly code = ApplicationErrorCode.ConcurrencyConflict;

  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`${streamId} is at version ${actualVersion}, not ${expectedVersion}; re-read and retry`);
    this.name = 'ConcurrencyConflictError';
  }
}

/** A read or a step outside the client's decider found no client: the same reason the decider gives, so clients branch on one code. */
export class ClientNotFoundError extends Error {
  readonly code = ClientErrorCode.NotRegistered;

  constructor(readonly clientId: string) {
    super(`Client ${clientId} is not registered`);
    this.name = 'ClientNotFoundError';
  }
}
