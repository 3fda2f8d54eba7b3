import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';

/** What an authenticated request carries once the auth guard verified it; only these fields are ever logged. */
interface PrincipalLike {
  readonly id?: unknown;
  readonly name?: unknown;
}

/** A request as the logging sees it: its id once the request log gave it one, its principal once authenticated. */
export type ScopedRequest = IncomingMessage & { id?: unknown; principal?: PrincipalLike };

/** Marks the object a request's own line is logged with, naming its request (a symbol: never written itself). */
export const REQUEST_LINE = Symbol('requestLine');

const scope = new AsyncLocalStorage<ScopedRequest>();

/** Express middleware: every line logged while the request is handled can name it. */
export const requestScope = (request: IncomingMessage, _response: unknown, next: () => void): void => scope.run(request, next);

/**
 * The request fields on a log line: request id, correlation id and who asked (id and name, never a
 * credential); on the request's own line (`requestLine`), the request itself (`req`, serialized
 * by the request log) after its id, where pino-http's child logger put both.
 */
export function requestFields(request: ScopedRequest | undefined = scope.getStore(), requestLine = false): Record<string, unknown> {
  if (!request) return {};
  const fields: Record<string, unknown> = {};
  if (request.id !== undefined) fields.reqId = request.id;
  if (requestLine) fields.req = request;
  const correlationId = request.headers['x-correlation-id'];
  if (typeof correlationId === 'string' && correlationId !== '') fields.correlationId = correlationId.slice(0, 200);
  const principal = request.principal;
  if (principal && typeof principal === 'object') fields.principal = { id: String(principal.id ?? ''), name: String(principal.name ?? '') };
  return fields;
}
