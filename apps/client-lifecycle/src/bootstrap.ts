import type { INestApplication, LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GRAPHIQL_DEFAULT_QUERY, GRAPHQL_PATH, registerGraphiqlRoutes } from '@client-lifecycle/graphql-api';
import { Authenticator } from '@client-lifecycle/application';
import { httpAccessMiddleware } from './access';
import { AppModule } from './app.module';
import type { AppConfig, LogLevel } from './config';

const LEVELS: readonly LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

const nestLogLevels = (level: LogLevel): NestLogLevel[] => [...LEVELS.slice(0, LEVELS.indexOf(level) + 1), 'fatal'];

export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: nestLogLevels(config.logLevel),
  });
  app.use(httpAccessMiddleware(app.get(Authenticator)));
  if (config.roles.has('api'))
    registerGraphiqlRoutes(app.getHttpAdapter().getInstance(), {
      endpoint: GRAPHQL_PATH,
      title: 'client-lifecycle GraphiQL',
      defaultQuery: GRAPHIQL_DEFAULT_QUERY,
    });
  app.enableShutdownHooks();
  return app;
}
