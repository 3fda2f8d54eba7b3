import type { ApolloServerPlugin } from '@apollo/server';
import { GraphiqlPageOptions, renderGraphiqlPage } from './graphiql.page';

export type OfflineGraphiqlOptions = GraphiqlPageOptions;

/**
 * Apollo Server landing page (shown for browser GETs with `Accept: text/html`) that is GraphiQL
 * loaded from this server instead of a CDN. Pair it with `registerGraphiqlRoutes`, which serves
 * the assets, and with `playground: false` in the Nest GraphQL module.
 */
export function offlineGraphiqlPlugin(options: OfflineGraphiqlOptions): ApolloServerPlugin {
  return {
    async serverWillStart() {
      // Rendered once at start, so a missing package fails the boot rather than the first visit.
      const html = renderGraphiqlPage(options);
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
