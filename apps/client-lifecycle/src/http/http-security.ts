import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { graphiqlInlineScriptHashes } from '@client-lifecycle/graphql-api';
import type { HttpSettings } from '../config';

/**
 * Helmet's headers, with a script policy that admits the offline GraphiQL page's own inline
 * scripts by hash (its assets are served from this origin). CORS only for the origins listed.
 */
export function applyHttpSecurity(app: NestExpressApplication, settings: HttpSettings): void {
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          scriptSrc: ["'self'", ...graphiqlInlineScriptHashes()],
          // The service is reached over plain HTTP on localhost and inside networks; upgrading would break GraphiQL there.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  if (settings.corsOrigins.length > 0) app.enableCors({ origin: [...settings.corsOrigins], methods: ['GET', 'POST'], maxAge: 600 });
}
