export { offlineGraphiqlPlugin, type OfflineGraphiqlOptions } from './offline-graphiql.plugin';
export {
  registerGraphiqlRoutes,
  DEFAULT_GRAPHIQL_PAGE_PATH,
  type GraphiqlRoutesOptions,
  type GraphiqlHttpApp,
  type GraphiqlHttpRequest,
  type GraphiqlHttpResponse,
} from './graphiql-assets';
export { renderGraphiqlPage, DEFAULT_GRAPHIQL_ASSETS_PATH, type GraphiqlPageOptions } from './graphiql.page';
export { graphiqlInlineScriptHashes } from './graphiql-csp';
