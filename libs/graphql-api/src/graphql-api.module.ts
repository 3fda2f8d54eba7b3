import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Logger, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  Authenticator,
  AuthenticationError,
  BatchedClientStreams,
  ClientFolds,
  ClientInsightQueries,
  ClientSimulation,
  ClientQueries,
  PortfolioQueries,
  type Principal,
  ReadyAssessments,
  WorklistQueries,
} from '@client-lifecycle/application';
import {
  CLIENT_SUMMARY_STORE,
  type ClientSummaryStore,
  CLOCK,
  type Clock,
  EVENT_STORE,
  type EventStore,
  WORKLIST_STORE,
  type WorklistStore,
} from '@client-lifecycle/ports';
import type { PaymentPlanLimits } from '@client-lifecycle/domain';
import { GraphQLError } from 'graphql';
import { AccessGuard } from './access';
import { uncacheableAnswersPlugins } from './caching';
import type { GraphqlContext } from './client/request-context';
import { GraphqlErrorCode, GraphqlExceptionFilter, graphqlErrorFormatter, InputValidationPipe } from './errors';
import { offlineGraphiqlPlugin } from './graphiql';
import { GRAPHIQL_DEFAULT_QUERY, GRAPHIQL_EXAMPLE_TABS } from './graphiql-default-query';
import {
  DEFAULT_REQUEST_LIMITS,
  QUERY_LIMITS_CHECK,
  REQUEST_LIMITS,
  QueryLimitsCheck,
  QueryLimitsMiddleware,
  RateLimiter,
  type RequestLimits,
  requestLimitsPlugin,
  withQueryDeadlines,
} from './limits';
import { PortfolioFollower } from './portfolio/portfolio.follower';
import { GRAPHQL_RESOLVERS } from './schema/resolvers';

export const GRAPHQL_PATH = '/graphql';

/** What graphql-ws keeps per socket: the principal its connection authenticated as. */
interface SocketExtra {
  principal?: Principal;
}

const authorizationParam = (params: Readonly<Record<string, unknown>> | undefined): string | undefined => {
  const value = params?.Authorization ?? params?.authorization;
  return typeof value === 'string' ? value : undefined;
};

/** Every HTTP operation needs a credential, introspection and `{ __typename }` included; the refusal is a GraphQL error with HTTP 401. */
async function authenticated(authenticator: Authenticator, request: NonNullable<GraphqlContext['req']>): Promise<Principal> {
  const header = request.headers.authorization;
  try {
    return await authenticator.authenticate(Array.isArray(header) ? header[0] : header);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: {
        code: GraphqlErrorCode.Unauthenticated,
        reason: error.code,
        details: {},
        http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) },
      },
    });
  }
}

export interface GraphqlApiOptions {
  /** Where to write the SDL on boot, or `true` to keep it in memory only. */
  readonly schemaFile: string | true;
  /** Cost, size, rate and time bounds per request; the defaults when absent. */
  readonly limits?: RequestLimits;
  /** The guardrails of `proposePaymentPlan`; the domain's defaults when absent. */
  readonly paymentPlanLimits?: PaymentPlanLimits;
  /** Heap for the client list's assessments `client(id)` keeps parsed; ReadyAssessments' default when absent. */
  readonly assessmentCacheBytes?: number;
}

/**
 * The GraphQL gateway. It needs EVENT_STORE, CLOCK, CLIENT_SUMMARY_STORE, WORKLIST_STORE, the RiskChangeFeed, the ClientCommandHandler, ClientFolds and the
 * termination's TerminationService, TerminationQueries and TerminationProgressFeed from a global
 * module: which adapters stand behind them is the app's choice, and one handler per process
 * keeps every writer to a client (API, scheduler) in the same per-client queue.
 */
@Module({})
export class GraphqlApiModule implements NestModule {
  static forRoot(options: GraphqlApiOptions): DynamicModule {
    const limits = options.limits ?? DEFAULT_REQUEST_LIMITS;
    return {
      module: GraphqlApiModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [EVENT_STORE, Authenticator],
          useFactory: (store: EventStore, authenticator: Authenticator) => ({
            path: GRAPHQL_PATH,
            autoSchemaFile: options.schemaFile,
            sortSchema: true,
            // The deadline of requestLimitsPlugin, checked by each field before it resolves.
            transformSchema: withQueryDeadlines,
            playground: false,
            // Support staff explore the schema in GraphiQL; Apollo would turn introspection off under NODE_ENV=production.
            introspection: true,
            includeStacktraceInErrorResponses: false,
            formatError: graphqlErrorFormatter({ fieldSuggestions: limits.fieldSuggestions, logger: new Logger('GraphQL') }),
            fieldResolverEnhancers: ['filters'],
            subscriptions: {
              'graphql-ws': {
                path: GRAPHQL_PATH,
                // A subscription authenticates once, with connectionParams.Authorization; a refused connection closes with 4403.
                onConnect: async (connection: { connectionParams?: Readonly<Record<string, unknown>>; extra: unknown }) => {
                  const principal = await authenticator.authenticate(authorizationParam(connection.connectionParams)).catch(() => null);
                  if (!principal) return false;
                  (connection.extra as SocketExtra).principal = principal; // graphql-ws's per-socket object ({ socket, request })
                  return true;
                },
              },
            },
            plugins: [
              ...uncacheableAnswersPlugins(),
              requestLimitsPlugin({ limits, rateLimiter: new RateLimiter(limits.rateLimitPoints, limits.rateLimitWindowMs) }),
              offlineGraphiqlPlugin({
                endpoint: GRAPHQL_PATH,
                title: 'client-lifecycle GraphiQL',
                defaultQuery: GRAPHIQL_DEFAULT_QUERY,
                exampleTabs: GRAPHIQL_EXAMPLE_TABS,
              }),
            ],
            context: async ({ req, extra }: { req?: unknown; extra?: SocketExtra }): Promise<GraphqlContext> => {
              if (extra) return { principal: extra.principal };
              const request = req as NonNullable<GraphqlContext['req']>; // Apollo's Express integration hands its request here
              const principal = await authenticated(authenticator, request);
              // On the request too: the rate limit spends this principal's budget and log lines name it.
              (request as { principal?: Principal }).principal = principal;
              return { req: request, principal, clientStreams: new BatchedClientStreams(store) };
            },
          }),
        }),
      ],
      providers: [
        { provide: ClientQueries, inject: [EVENT_STORE, ClientFolds], useFactory: (store: EventStore, folds: ClientFolds) => new ClientQueries(store, folds) },
        {
          provide: ClientInsightQueries,
          inject: [EVENT_STORE, CLOCK, ClientQueries, CLIENT_SUMMARY_STORE],
          useFactory: (store: EventStore, clock: Clock, clients: ClientQueries, summaries: ClientSummaryStore) =>
            new ClientInsightQueries(
              store,
              clock,
              undefined,
              clients,
              summaries,
              new ReadyAssessments(options.assessmentCacheBytes === undefined ? undefined : { budgetBytes: options.assessmentCacheBytes }),
            ),
        },
        {
          provide: ClientSimulation,
          inject: [EVENT_STORE, CLOCK, ClientInsightQueries, ClientFolds],
          useFactory: (store: EventStore, clock: Clock, insights: ClientInsightQueries, folds: ClientFolds) =>
            new ClientSimulation(store, clock, insights, folds),
        },
        ...GRAPHQL_RESOLVERS,
        {
          provide: PortfolioQueries,
          inject: [EVENT_STORE, CLIENT_SUMMARY_STORE, CLOCK],
          useFactory: (store: EventStore, summaries: ClientSummaryStore, clock: Clock) => new PortfolioQueries(store, summaries, clock),
        },
        PortfolioFollower,
        {
          provide: WorklistQueries,
          inject: [WORKLIST_STORE, ClientQueries, CLOCK],
          useFactory: (worklist: WorklistStore, clients: ClientQueries, clock: Clock) =>
            new WorklistQueries(worklist, clients, clock, { paymentPlanLimits: options.paymentPlanLimits }),
        },
        { provide: APP_PIPE, useValue: new InputValidationPipe() },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: QUERY_LIMITS_CHECK, useValue: new QueryLimitsCheck(limits) },
        { provide: REQUEST_LIMITS, useValue: limits },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(QueryLimitsMiddleware).forRoutes(GRAPHQL_PATH);
  }
}
