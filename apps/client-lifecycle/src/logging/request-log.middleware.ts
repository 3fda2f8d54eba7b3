import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Logger, stdSerializers } from 'pino';
import { REQUEST_LINE, type ScopedRequest } from './request-scope';

const REQUEST_ID = /^[\w.:-]{1,100}$/;
/** Probes and scrapes every few seconds would drown the request lines. */
const QUIET_PATHS = /^\/(health|metrics)(\/|\?|$)/;

const pathOf = (request: IncomingMessage): string | undefined => (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url;

/** Method and path only: headers may carry credentials, bodies personal data. */
const serializers = {
  req: (request: ScopedRequest) => ({ id: request.id, method: request.method, url: pathOf(request) }),
  // Null until the status line is sent (a request its client gave up on).
  res: (response: ServerResponse) => ({ statusCode: response.headersSent ? response.statusCode : null }),
  err: (raw: Error) => {
    // pino's error serializer first (causes in the message and stack).
    // It names the error's class `type` (an Error's `name` is not its own property, so it is not copied).
    const error: { type: string; message: string; stack: string; status?: number } = stdSerializers.err(raw);
    return (error.status ?? 500) < 500 ? { type: error.type, message: error.message } : { type: error.type, message: error.message, stack: error.stack };
  },
};

export type RequestLogMiddleware = (request: ScopedRequest, response: ServerResponse, next: () => void) => void;

/**
 * Express middleware: a request id (the caller's `x-request-id` when it is a sane one, answered
 * back) and one line per HTTP request once it is answered or abandoned: warn for a client's
 * mistake, error for ours. The line is the one pino-http wrote (`reqId`, `req`, the request
 * fields, `res`, `responseTime`, the message), without the two child loggers pino-http made for
 * every request: the request's fields come from the root logger's mixin (see root-logger.ts).
 */
export function requestLog(root: Logger): RequestLogMiddleware {
  const log = root.child({}, { serializers });
  return (request, response, next) => {
    if (!request.id) request.id = requestIdOf(request, response);
    const started = Date.now();
    const done = (error?: Error): void => {
      response.removeListener('close', done);
      response.removeListener('finish', done);
      response.removeListener('error', done);
      writeLine(log, request, response, Date.now() - started, error);
    };
    if (!QUIET_PATHS.test(request.url ?? '')) {
      response.on('close', done);
      response.on('finish', done);
    }
    // Even on quiet paths, as pino-http did: a response that fails is worth a line.
    response.on('error', done);
    next();
  };
}

function requestIdOf(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}

function writeLine(log: Logger, request: ScopedRequest, response: ServerResponse, responseTime: number, error: Error | undefined): void {
  const level = error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info';
  const line = `${request.method} ${pathOf(request)} ${response.statusCode}`;
  const failure = error ?? (response.statusCode >= 500 ? new Error(`failed with status code ${response.statusCode}`) : undefined);
  if (failure) log[level]({ [REQUEST_LINE]: request, res: response, err: failure, responseTime }, `${line}: ${failure.message}`);
  else log[level]({ [REQUEST_LINE]: request, res: response, responseTime }, line);
}
