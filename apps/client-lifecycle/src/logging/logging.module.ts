import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type Logger, stdSerializers } from 'pino';

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
            // The serializers below read the request and response themselves: pino's standard ones would first copy
            // every header of each (two objects a request) only for these to keep a few fields.
            wrapSerializers: false,
            // Method and path only: headers may carry credentials, bodies personal data.
            serializers: {
              req: (request: IncomingMessage & { id?: unknown }) => ({ id: request.id, method: request.method, url: pathOf(request) }),
              // Null until the status line is sent (a request its client gave up on), as pino's own serializer says.
              res: (response: ServerResponse) => ({ statusCode: response.headersSent ? response.statusCode : null }),
              err: (raw: Error) => {
                // pino's error serializer first (causes in the message and stack), as before.
                const error: { name?: string; message: string; stack: string; status?: number } = stdSerializers.err(raw);
                return (error.status ?? 500) < 500
                  ? { type: error.name, message: error.message }
                  : { type: error.name, message: error.message, stack: error.stack };
              },
            },
          },
        }),
      ],
    };
  }
}
