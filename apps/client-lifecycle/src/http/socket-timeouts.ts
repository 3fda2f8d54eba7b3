import type { Server } from 'node:http';
import type { HttpSettings } from '../config';

/**
 * Bounds how long a client may hold a socket: slow headers, a slow body, an idle keep-alive, a
 * silent connection. Node checks the headers and request timeouts on its own interval (30 s by
 * default), so a slow client is cut within that interval after its timeout.
 */
export function applySocketTimeouts(server: Server, settings: HttpSettings): void {
  server.headersTimeout = settings.headersTimeoutMs;
  server.requestTimeout = settings.requestTimeoutMs;
  server.keepAliveTimeout = settings.keepAliveTimeoutMs;
  // With no 'timeout' listener on the server, Node destroys a socket idle for this long.
  server.setTimeout(settings.idleSocketTimeoutMs);
}
