/** The `extensions.code` values clients branch on; `extensions.reason` gives the precise cause. */
export enum GraphqlErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Forbidden = 'FORBIDDEN',
  /** The storage refused the write (disk full): nothing was recorded, retry later. */
  StorageUnavailable = 'STORAGE_UNAVAILABLE',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

export const VALIDATION_FAILED_REASON = 'INPUT.VALIDATION_FAILED';
export const INTERNAL_ERROR_REASON = 'INTERNAL';
export const STORAGE_FULL_REASON = 'STORAGE.FULL';
