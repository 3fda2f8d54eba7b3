import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ClientInsightQueries, ClientQueries, PortfolioQueries } from '@client-lifecycle/application';
import { CLIENT_SUMMARY_STORE, type ClientSummaryStore, CLOCK, type Clock, EVENT_STORE, type EventStore } from '@client-lifecycle/ports';
import { ClientMutationsResolver, ClientResolver } from './client';
import { GraphqlExceptionFilter, InputValidationError } from './errors';
import { ClientInsightResolver } from './insight';
import { ClientsResolver, PortfolioResolver, RiskChangedResolver } from './portfolio';
import { ClientTerminationResolver, TerminationMutationsResolver, TerminationProgressedResolver, TerminationResolver } from './termination';
import { offlineGraphiqlPlugin } from './graphiql';
import { GRAPHIQL_DEFAULT_QUERY } from './graphiql-default-query';

export const GRAPHQL_PATH = '/graphql';

export interface GraphqlApiOptions {
  /** Where to write the SDL on boot, or `true` to keep it in memory only. */
  readonly schemaFile: string | true;
}

/**
 * The GraphQL gateway. It needs EVENT_STORE, CLOCK, CLIENT_SUMMARY_STORE, the RiskChangeFeed, the ClientCommandHandler and the
 * termination's TerminationService, TerminationQueries and TerminationProgressFeed from a global
 * module: which adapters stand behind them is the app's choice, and one handler per process
 * keeps every writer to a client (API, scheduler) in the same per-client queue.
 */
@Module({})
export class GraphqlApiModule {
  static forRoot(options: GraphqlApiOptions): DynamicModule {
    return {
      module: GraphqlApiModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: GRAPHQL_PATH,
          autoSchemaFile: options.schemaFile,
          sortSchema: true,
          playground: false,
          includeStacktraceInErrorResponses: false,
          fieldResolverEnhancers: ['filters'],
          subscriptions: { 'graphql-ws': { path: GRAPHQL_PATH } },
          plugins: [offlineGraphiqlPlugin({ endpoint: GRAPHQL_PATH, title: 'client-lifecycle GraphiQL', defaultQuery: GRAPHIQL_DEFAULT_QUERY })],
          context: ({ req }: { req: unknown }) => ({ req }),
        }),
      ],
      providers: [
        { provide: ClientQueries, inject: [EVENT_STORE], useFactory: (store: EventStore) => new ClientQueries(store) },
        {
          provide: ClientInsightQueries,
          inject: [EVENT_STORE, CLOCK],
          useFactory: (store: EventStore, clock: Clock) => new ClientInsightQueries(store, clock),
        },
        ClientInsightResolver,
        ClientsResolver,
        RiskChangedResolver,
        PortfolioResolver,
        {
          provide: PortfolioQueries,
          inject: [EVENT_STORE, CLIENT_SUMMARY_STORE],
          useFactory: (store: EventStore, summaries: ClientSummaryStore) => new PortfolioQueries(store, summaries),
        },
        ClientResolver,
        ClientMutationsResolver,
        TerminationResolver,
        ClientTerminationResolver,
        TerminationMutationsResolver,
        TerminationProgressedResolver,
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            validationError: { target: false, value: false },
            exceptionFactory: (errors) => InputValidationError.from(errors),
          }),
        },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}
