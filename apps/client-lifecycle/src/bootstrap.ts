import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { GRAPHIQL_DEFAULT_QUERY, GRAPHIQL_EXAMPLE_TABS, GRAPHQL_PATH, registerGraphiqlRoutes } from '@client-lifecycle/graphql-api';
import { Authenticator } from '@client-lifecycle/application';
import { httpAccessMiddleware } from './access';
import { AppModule } from './app.module';
import type { AppConfig } from './config';
import { configureHttpServer } from './http';
import { requestScope } from './logging';
import { AppMetrics, httpMetrics } from './metrics';
import { httpServerSpan, type Tracing } from './telemetry';

export async function createApp(config: AppConfig, logger: Logger, tracing: Tracing | null = null): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger, tracing), {
    bufferLogs: true,
    // The HTTP settings install a JSON parser with its own limit and GraphQL-shaped errors.
    bodyParser: false,
    // A failure while the modules start reaches main, which explains it and exits 1.
    abortOnError: false,
  });
  app.useLogger(app.get(NestPinoLogger));
  // First of all middleware: every line logged while a request is handled can name it.
  app.use(requestScope);
  if (tracing) app.use(httpServerSpan);
  app.use(httpMetrics(app.get(AppMetrics)));
  configureHttpServer(app, config);
  // Routes outside GraphQL (/metrics, GraphiQL's page) need a credential too; /health* stays open.
  app.use(httpAccessMiddleware(app.get(Authenticator)));
  if (config.roles.has('api'))
    registerGraphiqlRoutes(app.getHttpAdapter().getInstance(), {
      endpoint: GRAPHQL_PATH,
      title: 'client-lifecycle GraphiQL',
      defaultQuery: GRAPHIQL_DEFAULT_QUERY,
      exampleTabs: GRAPHIQL_EXAMPLE_TABS,
    });
  app.enableShutdownHooks();
  return app;
}
