export enum AccessErrorCode {
  Unauthenticated = 'AUTH.UNAUTHENTICATED',
  RoleRequired = 'AUTH.ROLE_REQUIRED',
  SystemActorReserved = 'AUTH.SYSTEM_ACTOR_RESERVED',
  InvalidApiKeyInput = 'AUTH.INVALID_API_KEY_INPUT',
  ApiKeyNotFound = 'AUTH.API_KEY_NOT_FOUND',
}

/** No credential, or one that is unknown, expired, revoked or fails verification; the message never says which, nor echoes it. */
export class AuthenticationError extends Error {
  readonly code = AccessErrorCode.Unauthenticated;

  constructor(message = 'A valid credential is required: send Authorization: Bearer <API key or token>') {
    super(message);
    this.name = 'AuthenticationError';
  }
}

/** The credential is valid but holds none of the roles the field declares. */
export class RoleRequiredError extends Error {
  readonly code = AccessErrorCode.RoleRequired;

  constructor(
    readonly field: string,
    readonly required: readonly string[],
    readonly had: readonly string[],
  ) {
    super(`${field} needs one of the roles ${required.join(', ')}; the credential has ${had.length === 0 ? 'none' : had.join(', ')}`);
    this.name = 'RoleRequiredError';
  }
}

/** Nobody may act under a system actor's name (the scheduler, the termination process). */
export class SystemActorReservedError extends Error {
  readonly code = AccessErrorCode.SystemActorReserved;

  constructor(readonly named: string) {
    super(`"${named}" is a system actor; no request may act as one`);
    this.name = 'SystemActorReservedError';
  }
}

export class InvalidApiKeyInputError extends Error {
  readonly code = AccessErrorCode.InvalidApiKeyInput;

  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'InvalidApiKeyInputError';
  }
}

export class ApiKeyNotFoundError extends Error {
  readonly code = AccessErrorCode.ApiKeyNotFound;

  constructor(readonly keyId: string) {
    super(`API key ${keyId} does not exist or is already revoked`);
    this.name = 'ApiKeyNotFoundError';
  }
}
