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
  /** Tabs opened after the first one when the browser has no saved tabs, each titled by its first operation's name. */
  readonly exampleTabs?: readonly { readonly query: string }[];
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
  const config = { endpoint: options.endpoint, defaultQuery: options.defaultQuery, exampleTabs: options.exampleTabs };

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="noindex" />
<title>${escapeHtml(options.title ?? DEFAULT_GRAPHIQL_TITLE)}</title>
<link rel="icon" href="data:," />
<link rel="stylesheet" href="${assetUrl('graphiql.min.css')}" />
<style>
html, body { height: 100%; margin: 0; }
#graphiql { height: calc(100vh - 2.5rem); }
#graphiql-key { display: flex; gap: 0.75rem; align-items: center; height: 2.5rem; padding: 0 1rem; font: 14px system-ui, sans-serif; border-bottom: 1px solid #ddd; box-sizing: border-box; }
#graphiql-key input[type=password] { width: 28rem; }
</style>
</head>
<body>
<form id="graphiql-key" autocomplete="off">
<label>API key <input type="password" name="key" placeholder="paste a key (Authorization: Bearer)" /></label>
<label><input type="checkbox" name="remember" /> remember in this browser</label>
<button type="submit">Use key</button>
<span id="graphiql-key-status" role="status"></span>
</form>
<div id="graphiql">Loading GraphiQL&hellip;</div>
<script src="${assetUrl('react.production.min.js')}"></script>
<script src="${assetUrl('react-dom.production.min.js')}"></script>
<script src="${assetUrl('graphiql.min.js')}"></script>
<script src="${assetUrl('graphql-ws.min.js')}"></script>
<script id="graphiql-config" type="application/json">${jsonForScript(config)}</script>
<script>
(function () {
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  // The key arrives in the fragment (#key=...), which browsers never send to the server; it is kept
  // for this tab (sessionStorage) or, when asked, for this browser (localStorage), and removed from
  // the address bar so it is not bookmarked or shared by accident.
  var STORAGE_KEY = 'client-lifecycle.api-key';
  var key = sessionStorage.getItem(STORAGE_KEY) || localStorage.getItem(STORAGE_KEY) || '';
  var fromLink = /(?:^#|&)key=([^&]+)/.exec(location.hash);
  if (fromLink) {
    key = decodeURIComponent(fromLink[1]);
    sessionStorage.setItem(STORAGE_KEY, key);
    history.replaceState(null, '', location.pathname + location.search);
  }
  var form = document.getElementById('graphiql-key');
  var status = document.getElementById('graphiql-key-status');
  var show = function () {
    status.textContent = key ? 'using key ' + key.slice(0, 8) + '\u2026' : 'no key: paste one to send requests';
  };
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    key = form.elements.key.value.trim();
    form.elements.key.value = '';
    sessionStorage.setItem(STORAGE_KEY, key);
    if (form.elements.remember.checked) localStorage.setItem(STORAGE_KEY, key);
    else localStorage.removeItem(STORAGE_KEY);
    show();
  });
  show();
  var withKey = function (input, init) {
    var headers = Object.assign({}, init && init.headers);
    if (key) headers.Authorization = 'Bearer ' + key;
    return fetch(input, Object.assign({}, init, { headers: headers }));
  };
  // A subscription authenticates once per socket, with the key in connectionParams (browsers send
  // no headers on a WebSocket). The socket opens with the first subscription and closes after the
  // last, so a key pasted meanwhile is the one the next socket presents.
  var wsClient = graphqlWs.createClient({
    url: new URL(config.endpoint, location.href).href.replace(/^http/, 'ws'),
    lazy: true,
    connectionParams: function () {
      return key ? { Authorization: 'Bearer ' + key } : {};
    },
  });
  var props = {
    fetcher: GraphiQL.createFetcher({ url: config.endpoint, fetch: withKey, wsClient: wsClient }),
    defaultEditorToolsVisibility: true,
  };
  if (typeof config.defaultQuery === 'string') props.defaultQuery = config.defaultQuery;
  if (Array.isArray(config.exampleTabs)) {
    props.defaultTabs = (typeof config.defaultQuery === 'string' ? [{ query: config.defaultQuery }] : []).concat(config.exampleTabs);
  }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
</script>
</body>
</html>
`;
}
