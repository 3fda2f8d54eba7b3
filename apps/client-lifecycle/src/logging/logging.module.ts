import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Probes and scrapes every few seconds would drown the request lines. */
const QUIET_PATHS = /^\/(health|metrics)(\/|\?|$)/;

const pathOf = (request: IncomingMessage): string | undefined => (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url;

/** One line per HTTP request (warn for a client's mistake, error for ours) and the request id on every line logged while handling it. */
@Module({})
export class LoggingModule {
  static forRoot(logger: Logger): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            quietReqLogger: true,
            genReqId: (request: IncomingMessage, response: ServerResponse) => {
              const given = request.headers['x-request-id'];
              const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
              response.setHeader('x-request-id', id);
              return id;
            },
            autoLogging: { ignore: (request: IncomingMessage) => QUIET_PATHS.test(request.url ?? '') },
            customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
            // originalUrl: Apollo's mount rewrites url to "/".
            customSuccessMessage: (request, response) => `${request.method} ${pathOf(request)} ${response.statusCode}`,
            customErrorMessage: (request, response, error) => `${request.method} ${pathOf(request)} ${response.statusCode}: ${error.message}`,
            // Method and path only: headers may carry credentials, bodies personal data.
            serializers: {
              req: (request: { id?: unknown; method?: string; url?: string; raw?: IncomingMessage }) => ({
                id: request.id,
                method: request.method,
                url: request.raw ? pathOf(request.raw) : request.url,
              }),
              res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
              err: (error: Error & { status?: number }) =>
                (error.status ?? 500) < 500 ? { type: error.name, message: error.message } : { type: error.name, message: error.message, stack: error.stack },
            },
          },
        }),
      ],
    };
  }
}
