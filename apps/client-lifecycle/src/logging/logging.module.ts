import { type DynamicModule, Inject, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { type RequestLogMiddleware, requestLog } from './request-log.middleware';

const REQUEST_LOG = Symbol('RequestLog');

/**
 * Nest's own lines through pino (nestjs-pino's Logger, on the root logger), one line per HTTP
 * request (warn for a client's mistake, error for ours), and the request id on every line logged
 * while handling it (the root logger's mixin).
 */
@Module({})
export class LoggingModule implements NestModule {
  static forRoot(logger: Logger): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        // nestjs-pino for its Nest logger only, on no route: its pino-http made two child loggers per request and its
        // AsyncLocalStorage a second store for every promise, where the request log and requestScope do with one.
        LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true, forRoutes: [] }),
      ],
      providers: [{ provide: REQUEST_LOG, useValue: requestLog(logger) }],
    };
  }

  constructor(@Inject(REQUEST_LOG) private readonly requestLog: RequestLogMiddleware) {}

  configure(consumer: MiddlewareConsumer): void {
    // Where nestjs-pino applied pino-http: a module's middleware, after the app's own (body parser, access), on every route.
    consumer.apply(this.requestLog).forRoutes({ path: '*', method: RequestMethod.ALL });
  }
}
