import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config';
import { PINO_LEVEL } from './log-levels';
import { REQUEST_LINE, requestFields, type ScopedRequest } from './request-scope';

/** Header values that must never reach a log line, whatever a serializer lets through. */
export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'headers.authorization', 'authorization'];

/**
 * The process's one pino logger: JSON lines in production, readable lines in development
 * (pino-pretty, a development dependency, loaded only then). Each line carries the request's
 * request id, correlation id and principal and the active trace id, when there are some.
 */
export function createRootLogger(config: AppConfig, destination: DestinationStream = pino.destination({ fd: 1, sync: true })): Logger {
  const options: pino.LoggerOptions = {
    level: PINO_LEVEL[config.logLevel],
    base: { service: 'client-lifecycle' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: (line: { [REQUEST_LINE]?: ScopedRequest }) => {
      const request = line[REQUEST_LINE];
      const fields = request ? requestFields(request, true) : requestFields();
      const span = trace.getActiveSpan()?.spanContext();
      return span && isSpanContextValid(span) ? { ...fields, traceId: span.traceId, spanId: span.spanId } : fields;
    },
  };
  if (config.operations.logFormat === 'json') return pino({ ...options, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  // LOG_FORMAT=pretty where pino-pretty is not installed (the production image) falls back to JSON.
  return pino(options, prettyStream(config, destination) ?? destination);
}

function prettyStream(config: AppConfig, destination: DestinationStream): DestinationStream | null {
  let pretty: typeof import('pino-pretty');
  try {
    // A development dependency: absent from the production image, which logs JSON.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pretty = require('pino-pretty') as typeof import('pino-pretty');
  } catch {
    return null;
  }
  return pretty({
    // Colour codes only for a person at a terminal: never in files, pipes or under NO_COLOR.
    colorize: process.stdout.isTTY === true && !config.operations.noColour,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
    messageKey: 'msg',
    destination,
    sync: true,
  });
}
