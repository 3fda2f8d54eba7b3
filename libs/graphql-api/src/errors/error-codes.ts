/** The `extensions.code` values clients branch on; `extensions.reason` gives the precise cause. */
export enum GraphqlErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Forbidden = 'FORBIDDEN',
  Unauthenticated = 'UNAUTHENTICATED',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

export const VALIDATION_FAILED_REASON = 'INPUT.VALIDATION_FAILED';
export const INTERNAL_ERROR_REASON = 'INTERNAL';
