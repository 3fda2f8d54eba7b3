import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';

/** What an authenticated request carries once the auth guard verified it; only these fields are ever logged. */
interface PrincipalLike {
  readonly id?: unknown;
  readonly name?: unknown;
}

type ScopedRequest = IncomingMessage & { id?: unknown; principal?: PrincipalLike };

const scope = new AsyncLocalStorage<ScopedRequest>();

/** Express middleware: every line logged while the request is handled can name it. */
export const requestScope = (request: IncomingMessage, _response: unknown, next: () => void): void => scope.run(request, next);

/** The request fields on a log line: request id, correlation id and who asked (id and name, never a credential). */
export function requestFields(request: ScopedRequest | undefined = scope.getStore()): Record<string, unknown> {
  if (!request) return {};
  const fields: Record<string, unknown> = {};
  const correlationId = request.headers['x-correlation-id'];
  if (typeof correlationId === 'string' && correlationId !== '') fields.correlationId = correlationId.slice(0, 200);
  const principal = request.principal;
  if (principal && typeof principal === 'object') fields.principal = { id: String(principal.id ?? ''), name: String(principal.name ?? '') };
  return fields;
}
