import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/** What Apollo's cache-control plugin answers for a response it finds uncacheable. */
const UNCACHEABLE = 'no-store';

/**
 * Every GraphQL answer says `cache-control: no-store`, as Apollo's default cache-control plugin says
 * of a schema without cache hints (this one has none: each answer depends on its caller's roles and
 * on the log). That plugin worked it out field by field, a listener around each resolver (about 3%
 * of a 50-row list request's CPU), to reach the same header every time; these two plugins replace it.
 */
export const uncacheableAnswersPlugins = (): ApolloServerPlugin[] => [
  ApolloServerPluginCacheControlDisabled(),
  {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', UNCACHEABLE);
        },
      };
    },
  },
];
