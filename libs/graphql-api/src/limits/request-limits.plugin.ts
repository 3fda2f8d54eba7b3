import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphqlErrorCode, RequestRefusalReason } from '../errors/error-codes';
import { estimatedCostOf } from './estimated-cost';
import type { FieldCost } from './field-costs';
import { principalKeyOf, type PrincipalSource } from './principal-key';
import { QUERY_DEADLINE, QueryDeadline } from './query-deadline';
import { estimateQueryCost } from './query-cost';
import type { RateLimiter } from './rate-limiter';
import { subscriptionOverHttpError, tooManyRequestsError } from './request-refusals';
import type { RequestLimits } from './request-limits';

interface LimitsContext {
  readonly req?: PrincipalSource;
  [QUERY_DEADLINE]?: QueryDeadline;
}

export interface RequestLimitsPluginOptions {
  readonly limits: RequestLimits;
  readonly rateLimiter: RateLimiter;
  readonly costs?: Readonly<Record<string, FieldCost>>;
}

/**
 * Bounds every GraphQL operation once Apollo has resolved it and before it runs: the principal pays
 * for its estimated cost out of its rate budget (the size limits were checked earlier, by
 * QueryLimitsMiddleware); during the execution of a query a deadline is checked before each
 * resolver (by the schema's fields, see withQueryDeadlines). Mutations are not abandoned half-way: their root resolver writes, and the answer must
 * say what was stored.
 */
export function requestLimitsPlugin(options: RequestLimitsPluginOptions): ApolloServerPlugin<LimitsContext> {
  const { limits, rateLimiter } = options;
  const logger = new Logger('RequestLimits');
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          rateLimiter.close();
        },
      };
    },
    async requestDidStart({ contextValue }) {
      const deadline = new QueryDeadline(performance.now() + limits.executionDeadlineMs);
      return {
        // Apollo answers an error thrown here with its extensions.http, and runs nothing.
        async didResolveOperation({ schema, document, source, request, operation }) {
          // Over HTTP a subscription would reach a resolver that returns an event stream Apollo cannot send.
          if (operation?.operation === 'subscription') throw subscriptionOverHttpError();
          if (!rateLimiter.enabled) return;
          // QueryLimitsMiddleware estimated the same text, operation and variables on its way in.
          const cost = estimatedCostOf(contextValue.req, source, request.operationName) ?? estimateQueryCost(schema, document, request, options.costs);
          const spent = await rateLimiter.spend(principalKeyOf(contextValue.req), Math.max(1, Math.ceil(cost / limits.costPerPoint)));
          if (spent.allowed) return;
          const error = tooManyRequestsError(spent.retryAfterSeconds);
          error.extensions.http = { status: 429, headers: new HeaderMap([['retry-after', String(spent.retryAfterSeconds)]]) };
          throw error;
        },
        async executionDidStart({ operation }) {
          // No operation when the request names an unknown one: Apollo refuses it right after.
          if (operation?.operation === 'query') contextValue[QUERY_DEADLINE] = deadline;
        },
        async willSendResponse(requestContext: GraphQLRequestContext<LimitsContext>) {
          if (!deadline.timedOut) return;
          logger.warn(`Abandoned ${requestContext.operationName ?? 'an anonymous operation'} after its deadline of ${limits.executionDeadlineMs} ms`);
          requestContext.response.http.status = 503;
          requestContext.response.body = {
            kind: 'single',
            singleResult: {
              errors: [
                {
                  message: `The request ran past its deadline of ${limits.executionDeadlineMs} ms and was abandoned; ask for less, e.g. smaller pages.`,
                  extensions: {
                    code: GraphqlErrorCode.RequestTimeout,
                    reason: RequestRefusalReason.DeadlineExceeded,
                    details: { deadlineMs: limits.executionDeadlineMs },
                  },
                },
              ],
            },
          };
        },
      };
    },
  };
}
