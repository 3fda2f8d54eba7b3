import { defaultFieldResolver, GraphQLError, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { GraphqlErrorCode, RequestRefusalReason } from '../errors/error-codes';

/** Where a query's context holds its deadline while it executes (set by requestLimitsPlugin, for queries only). */
export const QUERY_DEADLINE = Symbol('queryDeadline');

/** The moment a query must be done by; once past it, every resolver still to run throws instead. */
export class QueryDeadline {
  private passed = false;

  constructor(
    private readonly at: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get timedOut(): boolean {
    return this.passed;
  }

  /** Synchronous work cannot be interrupted: this is checked between resolvers. */
  check(): void {
    if (!this.passed && this.now() <= this.at) return;
    this.passed = true;
    throw new GraphQLError('The request ran past its deadline.', {
      extensions: { code: GraphqlErrorCode.RequestTimeout, reason: RequestRefusalReason.DeadlineExceeded },
    });
  }
}

type DeadlineContext = { readonly [QUERY_DEADLINE]?: QueryDeadline } | null | undefined;

/**
 * Every field of the schema checks its context's deadline, if any, before it resolves, those without a
 * resolver of their own too. This is what an Apollo plugin's willResolveField did, without Apollo's
 * dispatch around each resolver (a listener list, a callback per field, a check of each result for a promise).
 */
export function withQueryDeadlines(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: DeadlineContext, info) => {
        context?.[QUERY_DEADLINE]?.check();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
