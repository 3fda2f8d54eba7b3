import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { LoggerService } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { GraphqlErrorCode, INTERNAL_ERROR_REASON, RequestRefusalReason } from './error-codes';

export interface GraphqlErrorFormatterOptions {
  /** Whether "Did you mean ..." hints, which name schema fields, may reach clients. */
  readonly fieldSuggestions: boolean;
  readonly logger: Pick<LoggerService, 'error'>;
}

export type GraphqlErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Apollo's own codes for refusals of the request, each given the reason clients read. */
const APOLLO_REFUSALS: Readonly<Record<string, RequestRefusalReason>> = {
  [ApolloServerErrorCode.GRAPHQL_PARSE_FAILED]: RequestRefusalReason.ParseFailed,
  [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED]: RequestRefusalReason.ValidationFailed,
  [ApolloServerErrorCode.BAD_USER_INPUT]: RequestRefusalReason.VariablesInvalid,
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND]: RequestRefusalReason.PersistedQueryNotFound,
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: RequestRefusalReason.PersistedQueryNotSupported,
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE]: RequestRefusalReason.OperationNotFound,
  [ApolloServerErrorCode.BAD_REQUEST]: RequestRefusalReason.Malformed,
};

/** Refusals Apollo and graphql-js raise without a code, which would otherwise read as our fault. */
const UNCODED_REFUSALS: readonly { readonly test: (message: string) => boolean; readonly code: GraphqlErrorCode; readonly reason: RequestRefusalReason }[] = [
  {
    test: (message) => message === 'provided sha does not match query',
    code: GraphqlErrorCode.BadRequest,
    reason: RequestRefusalReason.PersistedQueryHashMismatch,
  },
  {
    test: (message) => message === 'Unsupported persisted query version',
    code: GraphqlErrorCode.BadRequest,
    reason: RequestRefusalReason.PersistedQueryVersionUnsupported,
  },
  {
    test: (message) => message.startsWith('Too many errors processing variables'),
    code: GraphqlErrorCode.BadUserInput,
    reason: RequestRefusalReason.VariablesInvalid,
  },
];

const OUR_CODES: ReadonlySet<string> = new Set(Object.values(GraphqlErrorCode).filter((code) => code !== GraphqlErrorCode.InternalServerError));
const SUGGESTION = / ?Did you mean [^?]*\?/g;
const INTERNAL_MESSAGE = 'An internal error occurred; retrying with the same idempotencyKey is safe.';

/**
 * The last step of every GraphQL error on its way out: each refusal of the client's request gets a
 * client code and a reason, and INTERNAL_SERVER_ERROR is left only for faults on our side, which
 * are logged here unless the exception filter already logged them.
 */
export function graphqlErrorFormatter(options: GraphqlErrorFormatterOptions): GraphqlErrorFormatter {
  return (formatted, error) => {
    const result = classify(formatted, error, options.logger);
    return options.fieldSuggestions ? result : { ...result, message: result.message.replace(SUGGESTION, '').trimEnd() };
  };
}

function classify(formatted: GraphQLFormattedError, error: unknown, logger: GraphqlErrorFormatterOptions['logger']): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : ApolloServerErrorCode.INTERNAL_SERVER_ERROR;
  // Ours always carry a reason; Apollo reuses two of the names (BAD_USER_INPUT, BAD_REQUEST) without one.
  if (OUR_CODES.has(code) && extensions.reason !== undefined) return formatted;
  const refusedValue = refusedLiteral(code, error);
  if (refusedValue) return { ...formatted, extensions: refusedValue };
  const apolloReason = APOLLO_REFUSALS[code];
  if (apolloReason) return { ...formatted, extensions: { ...extensions, reason: extensions.reason ?? apolloReason } };
  if (extensions.reason === INTERNAL_ERROR_REASON) return formatted;

  const uncoded = UNCODED_REFUSALS.find((refusal) => refusal.test(formatted.message));
  if (uncoded) return { message: formatted.message, extensions: { code: uncoded.code, reason: uncoded.reason } };
  if (!formatted.path && isClientStatus(error))
    return { message: formatted.message, extensions: { code: GraphqlErrorCode.BadRequest, reason: RequestRefusalReason.Malformed } };

  logger.error(describe(error, formatted));
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: GraphqlErrorCode.InternalServerError, reason: INTERNAL_ERROR_REASON },
  };
}

/**
 * graphql-js reports a value a scalar refuses in the query text (`portfolio(from: "2026-02-30")`)
 * as a validation failure; the scalar's own code says it is bad input, as it is in a variable.
 */
function refusedLiteral(code: string, error: unknown): Record<string, unknown> | null {
  if (code !== ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED || !(error instanceof GraphQLError)) return null;
  const cause = error.originalError;
  return cause instanceof GraphQLError && cause.extensions.code === GraphqlErrorCode.BadUserInput ? { ...cause.extensions } : null;
}

function isClientStatus(error: unknown): boolean {
  const status = error instanceof GraphQLError ? (error.extensions.http as { status?: unknown } | undefined)?.status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function describe(error: unknown, formatted: GraphQLFormattedError): string {
  const where = formatted.path ? ` at ${formatted.path.join('.')}` : '';
  const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return `Unexpected error${where}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`;
}
