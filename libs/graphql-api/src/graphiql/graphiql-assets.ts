import { readFileSync } from 'node:fs';
import { GraphiqlAssetName, resolveGraphiqlAssets } from './graphiql-asset-catalog';
import { DEFAULT_GRAPHIQL_ASSETS_PATH, GraphiqlPageOptions, renderGraphiqlPage } from './graphiql.page';

export const DEFAULT_GRAPHIQL_PAGE_PATH = '/graphiql';

export interface GraphiqlRoutesOptions extends GraphiqlPageOptions {
  /** Where the standalone page is served; `/graphiql` by default. */
  readonly pagePath?: string;
}

/** The part of an Express request and response these routes use. */
export interface GraphiqlHttpRequest {
  readonly params?: Readonly<Record<string, string | undefined>>;
}
export interface GraphiqlHttpResponse {
  statusCode: number;
  setHeader(name: string, value: string | number): unknown;
  end(body?: string | Buffer): unknown;
}
/** An Express application (`app.getHttpAdapter().getInstance()` in Nest), structurally. */
export interface GraphiqlHttpApp {
  get(path: string, handler: (req: GraphiqlHttpRequest, res: GraphiqlHttpResponse) => void): unknown;
}

interface LoadedAsset {
  readonly contentType: string;
  readonly body: Buffer;
}

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Serves the GraphiQL page at `pagePath` and its allow-listed assets at `${assetsPath}/:name`.
 * Asset names are looked up in a fixed table, never joined onto a path, so anything else is a 404.
 * In Nest, call this before `app.init()`/`app.listen()`: routes added afterwards sit behind Nest's
 * not-found handler.
 */
export function registerGraphiqlRoutes(app: GraphiqlHttpApp, options: GraphiqlRoutesOptions): void {
  const assetsPath = (options.assetsPath ?? DEFAULT_GRAPHIQL_ASSETS_PATH).replace(/\/+$/, '');
  const pagePath = options.pagePath ?? DEFAULT_GRAPHIQL_PAGE_PATH;

  const assets = new Map<string, LoadedAsset>();
  for (const asset of resolveGraphiqlAssets().values()) {
    assets.set(asset.name, { contentType: asset.contentType, body: readFileSync(asset.absolutePath) });
  }
  const html = renderGraphiqlPage(options);

  app.get(pagePath, (_req, res) => {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(html);
  });

  app.get(`${assetsPath}/:name`, (req, res) => {
    const name = req.params?.['name'];
    const asset = name === undefined ? undefined : assets.get(name as GraphiqlAssetName);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!asset) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end('Not found');
      return;
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', asset.contentType);
    res.setHeader('Content-Length', asset.body.length);
    // URLs carry the package version (`?v=`), so a year-long immutable cache is safe.
    res.setHeader('Cache-Control', `public, max-age=${ONE_YEAR_SECONDS}, immutable`);
    res.end(asset.body);
  });
}
