import { GraphiqlAssetName, resolveGraphiqlAssets } from './graphiql-asset-catalog';

export const DEFAULT_GRAPHIQL_ASSETS_PATH = '/graphiql/assets';
export const DEFAULT_GRAPHIQL_TITLE = 'GraphiQL';

export interface GraphiqlPageOptions {
  /** URL of the GraphQL endpoint the page queries, e.g. `/graphql`. */
  readonly endpoint: string;
  /** URL path the assets are served under (see `registerGraphiqlRoutes`). */
  readonly assetsPath?: string;
  readonly title?: string;
  /** Query shown in the first editor tab when the browser has no saved tabs. */
  readonly defaultQuery?: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

/** JSON that is safe inside a `<script>` element: no `</script>` or `<!--` can be formed. */
const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const trimTrailingSlash = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/**
 * The GraphiQL page, loading React, ReactDOM and GraphiQL only from `assetsPath` (same origin), so
 * it works with no internet. Shared by the Apollo landing-page plugin and the `/graphiql` route.
 */
export function renderGraphiqlPage(options: GraphiqlPageOptions): string {
  const assets = resolveGraphiqlAssets();
  const assetsPath = trimTrailingSlash(options.assetsPath ?? DEFAULT_GRAPHIQL_ASSETS_PATH);
  const assetUrl = (name: GraphiqlAssetName): string => {
    const asset = assets.get(name);
    if (!asset) throw new Error(`Unknown GraphiQL asset ${name}`);
    return escapeHtml(`${assetsPath}/${asset.name}?v=${encodeURIComponent(asset.version)}`);
  };
  const config = { endpoint: options.endpoint, defaultQuery: options.defaultQuery };

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="noindex" />
<title>${escapeHtml(options.title ?? DEFAULT_GRAPHIQL_TITLE)}</title>
<link rel="icon" href="data:," />
<link rel="stylesheet" href="${assetUrl('graphiql.min.css')}" />
<style>html, body { height: 100%; margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL&hellip;</div>
<script src="${assetUrl('react.production.min.js')}"></script>
<script src="${assetUrl('react-dom.production.min.js')}"></script>
<script src="${assetUrl('graphiql.min.js')}"></script>
<script id="graphiql-config" type="application/json">${jsonForScript(config)}</script>
<script>
(function () {
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  var props = {
    fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
    defaultEditorToolsVisibility: true,
  };
  if (typeof config.defaultQuery === 'string') props.defaultQuery = config.defaultQuery;
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
</script>
</body>
</html>
`;
}
