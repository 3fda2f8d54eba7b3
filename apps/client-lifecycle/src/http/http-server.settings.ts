import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config';
import { applyHttpSecurity } from './http-security';
import { requestBodyErrorHandler } from './request-body.errors';
import { applySocketTimeouts } from './socket-timeouts';

/**
 * Everything the HTTP server does before a route sees a request: security headers, CORS, the
 * JSON body parser with its size limit and coded errors, socket timeouts. Call it right after
 * creating the app (created with `bodyParser: false`), before `listen`.
 */
export function configureHttpServer(app: NestExpressApplication, config: AppConfig): void {
  applyHttpSecurity(app, config.http);
  app.useBodyParser('json', { limit: config.http.bodyLimitBytes });
  app.use(requestBodyErrorHandler);
  applySocketTimeouts(app.getHttpServer(), config.http);
}
