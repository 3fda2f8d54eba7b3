import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet, { type HelmetOptions } from 'helmet';
import { graphiqlInlineScriptHashes } from '@client-lifecycle/graphql-api';
import type { HttpSettings } from '../config';

/** Helmet's headers, with a script policy that admits the offline GraphiQL page's own inline scripts by hash (its assets are served from this origin). */
export const helmetOptions = (): HelmetOptions => ({
  contentSecurityPolicy: {
    directives: {
      scriptSrc: ["'self'", ...graphiqlInlineScriptHashes()],
      // The service is reached over plain HTTP on localhost and inside networks; upgrading would break GraphiQL there.
      upgradeInsecureRequests: null,
    },
  },
});

type HeaderChange = readonly [name: string, value: string | null];

/**
 * Express middleware setting what helmet sets, header for header and in its order, worked out
 * once: none of these headers depends on the request (the script policy names hashes, no nonce),
 * and helmet's chain of fourteen middleware per request cost more than the headers. Should a
 * policy ever read the request, working it out throws at start-up instead.
 */
export function securityHeaders(options: HelmetOptions) {
  const changes: HeaderChange[] = [];
  const request = new Proxy(
    {},
    {
      get: () => {
        throw new Error('A helmet policy reads the request: its headers cannot be worked out once');
      },
    },
  );
  const recorder = {
    setHeader: (name: string, value: string) => changes.push([name, String(value)]),
    removeHeader: (name: string) => changes.push([name, null]),
  };
  let failure: unknown = null;
  helmet(options)(request as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error ?? null;
  });
  if (failure !== null) throw failure;
  return (_request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    for (const [name, value] of changes) {
      if (value === null) response.removeHeader(name);
      else response.setHeader(name, value);
    }
    next();
  };
}

/** Helmet's headers; CORS only for the origins listed. */
export function applyHttpSecurity(app: NestExpressApplication, settings: HttpSettings): void {
  app.disable('x-powered-by');
  app.use(securityHeaders(helmetOptions()));
  if (settings.corsOrigins.length > 0) app.enableCors({ origin: [...settings.corsOrigins], methods: ['GET', 'POST'], maxAge: 600 });
}
