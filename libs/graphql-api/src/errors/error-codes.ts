/** The `extensions.code` values clients branch on; `extensions.reason` gives the precise cause. */
export enum GraphqlErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Forbidden = 'FORBIDDEN',
  /** The request itself is unusable: malformed JSON, a refused persisted query, a GET without a query. */
  BadRequest = 'BAD_REQUEST',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** Refused before execution: over the cost, depth, alias, token or directive limit. */
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  /** The caller spent its rate budget; `details.retryAfter` says in how many seconds to retry. */
  TooManyRequests = 'TOO_MANY_REQUESTS',
  /** Execution ran past the per-request deadline and was abandoned between two resolvers. */
  RequestTimeout = 'REQUEST_TIMEOUT',
  /** The storage refused the write (disk full): nothing was recorded, retry later. */
  StorageUnavailable = 'STORAGE_UNAVAILABLE',
  Unauthenticated = 'UNAUTHENTICATED',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

export const VALIDATION_FAILED_REASON = 'INPUT.VALIDATION_FAILED';
export const INTERNAL_ERROR_REASON = 'INTERNAL';

/** `extensions.reason` of the refusals made before a resolver runs. */
export enum RequestRefusalReason {
  CostExceeded = 'LIMITS.COST_EXCEEDED',
  DepthExceeded = 'LIMITS.DEPTH_EXCEEDED',
  AliasesExceeded = 'LIMITS.ALIASES_EXCEEDED',
  TokensExceeded = 'LIMITS.TOKENS_EXCEEDED',
  DirectivesExceeded = 'LIMITS.DIRECTIVES_EXCEEDED',
  RateLimited = 'LIMITS.RATE_LIMITED',
  DeadlineExceeded = 'LIMITS.DEADLINE_EXCEEDED',
  MalformedJson = 'REQUEST.MALFORMED_JSON',
  BodyTooLarge = 'REQUEST.BODY_TOO_LARGE',
  UnsupportedBody = 'REQUEST.UNSUPPORTED_BODY',
  Malformed = 'REQUEST.MALFORMED',
  ParseFailed = 'REQUEST.PARSE_FAILED',
  ValidationFailed = 'REQUEST.VALIDATION_FAILED',
  OperationNotFound = 'REQUEST.OPERATION_NOT_FOUND',
  SubscriptionOverHttp = 'REQUEST.SUBSCRIPTION_OVER_HTTP',
  VariablesInvalid = 'INPUT.VARIABLES_INVALID',
  PersistedQueryNotFound = 'REQUEST.PERSISTED_QUERY_NOT_FOUND',
  PersistedQueryNotSupported = 'REQUEST.PERSISTED_QUERY_NOT_SUPPORTED',
  PersistedQueryHashMismatch = 'REQUEST.PERSISTED_QUERY_HASH_MISMATCH',
  PersistedQueryVersionUnsupported = 'REQUEST.PERSISTED_QUERY_VERSION_UNSUPPORTED',
}
export const STORAGE_FULL_REASON = 'STORAGE.FULL';
