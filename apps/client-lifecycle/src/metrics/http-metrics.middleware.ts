import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppMetrics } from './app-metrics';

/** Times every HTTP request from its first byte to the end of its answer. */
export const httpMetrics =
  (metrics: AppMetrics) =>
  (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const stop = metrics.httpDuration.startTimer();
    // Read when the answer is done; originalUrl because a mounted router (Apollo's) rewrites url.
    const path = () => (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '/';
    response.once('finish', () => stop({ method: request.method ?? 'OTHER', route: metrics.routeOf(path()), status_code: String(response.statusCode) }));
    next();
  };
