import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { rememberEstimatedCost } from './estimated-cost';
import { principalKeyOf, type PrincipalSource } from './principal-key';
import { type LimitExceeded, QueryLimitsCheck } from './query-limits.check';
import { queryTooComplexError } from './request-refusals';

export const QUERY_LIMITS_CHECK = Symbol('QUERY_LIMITS_CHECK');

interface GraphqlHttpRequest extends PrincipalSource {
  readonly method: string;
  readonly body?: unknown;
  readonly query?: unknown;
}

interface GraphqlHttpResponse {
  status(code: number): GraphqlHttpResponse;
  json(body: unknown): unknown;
}

interface RequestParameters {
  readonly query?: unknown;
  readonly operationName?: unknown;
  readonly variables?: unknown;
}

/**
 * Refuses a query over a limit before Apollo parses or validates it: graphql-js validation of a
 * large document is itself costly, and Apollo's hooks before validation cannot answer a request.
 * Documents sent by persisted-query hash alone were measured when they were registered.
 */
@Injectable()
export class QueryLimitsMiddleware implements NestMiddleware<GraphqlHttpRequest, GraphqlHttpResponse> {
  private readonly logger = new Logger('RequestLimits');

  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(QUERY_LIMITS_CHECK) private readonly limits: QueryLimitsCheck,
  ) {}

  use(request: GraphqlHttpRequest, response: GraphqlHttpResponse, next: () => void): void {
    const parameters = (request.method === 'GET' ? request.query : request.body) as RequestParameters | undefined;
    if (typeof parameters?.query !== 'string' || parameters.query === '') return next();
    const operationName = typeof parameters.operationName === 'string' ? parameters.operationName : null;
    const verdict = this.limits.check(this.schemaHost.schema, parameters.query, { operationName, variables: variablesOf(parameters.variables) });
    const [first] = verdict.exceeded;
    if (!first) {
      if (verdict.cost !== null) rememberEstimatedCost(request, parameters.query, operationName, verdict.cost);
      return next();
    }
    this.logger.warn(`Refused a query from ${principalKeyOf(request)}: ${describe(first)}`);
    const error = queryTooComplexError(first, verdict.exceeded);
    response.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
  }
}

/** GET carries variables as JSON text; anything unreadable is left for Apollo to refuse. */
function variablesOf(value: unknown): Record<string, unknown> | null {
  if (typeof value === 'string') {
    try {
      return variablesOf(JSON.parse(value));
    } catch {
      return null;
    }
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

const describe = (exceeded: LimitExceeded): string => `${exceeded.measure} ${exceeded.found} over the limit of ${exceeded.limit}`;
