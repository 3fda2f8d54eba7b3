import { GraphQLError } from 'graphql';
import { GraphqlErrorCode, RequestRefusalReason } from '../errors/error-codes';
import type { LimitExceeded } from './query-limits.check';

const DESCRIPTION: Readonly<Record<LimitExceeded['measure'], string>> = {
  cost: 'estimated cost',
  tokens: 'tokens',
  aliases: 'aliases',
  depth: 'depth',
  directives: 'directives',
};

/** A query over a limit: the first limit exceeded in `reason` and `details`, every one in `details.exceeded`. */
export function queryTooComplexError(first: LimitExceeded, all: readonly LimitExceeded[]): GraphQLError {
  const overs = all.map((exceeded) => `${DESCRIPTION[exceeded.measure]} ${exceeded.found} over the limit of ${exceeded.limit}`);
  return new GraphQLError(`Query refused before execution: ${overs.join('; ')}.`, {
    extensions: {
      code: GraphqlErrorCode.QueryTooComplex,
      reason: first.reason,
      details: { [first.measure]: first.found, limit: first.limit, exceeded: all.map(({ reason, found, limit }) => ({ reason, found, limit })) },
    },
  });
}

/** The principal spent its budget; HTTP 429 with Retry-After. */
export function tooManyRequestsError(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests: retry in ${retryAfterSeconds} s.`, {
    extensions: {
      code: GraphqlErrorCode.TooManyRequests,
      reason: RequestRefusalReason.RateLimited,
      details: { retryAfter: retryAfterSeconds },
    },
  });
}

/** Subscriptions run over WebSocket (graphql-ws) on the same path; HTTP 400. */
export function subscriptionOverHttpError(): GraphQLError {
  return new GraphQLError('Subscriptions run over WebSocket (the graphql-ws protocol) at /graphql, not over HTTP.', {
    extensions: { code: GraphqlErrorCode.BadRequest, reason: RequestRefusalReason.SubscriptionOverHttp, http: { status: 400 } },
  });
}
