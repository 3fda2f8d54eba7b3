import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The only files the offline GraphiQL page may load, each taken from an installed package.
 * React 18 ships UMD builds under `umd/`; graphiql 4 ships one UMD bundle (`graphiql.min.js`,
 * which already contains the doc explorer and history plugins and CodeMirror) and its CSS with
 * fonts inlined as data URLs. graphql-ws ships a UMD build too (global `graphqlWs`), the client that
 * runs subscriptions from the page. None of these paths are in the packages' `exports` maps, so they
 * are resolved from each package's `package.json`, which is exported.
 */
export const GRAPHIQL_ASSETS = [
  { name: 'react.production.min.js', packageName: 'react', file: 'umd/react.production.min.js', contentType: 'application/javascript; charset=utf-8' },
  {
    name: 'react-dom.production.min.js',
    packageName: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    contentType: 'application/javascript; charset=utf-8',
  },
  { name: 'graphiql.min.js', packageName: 'graphiql', file: 'graphiql.min.js', contentType: 'application/javascript; charset=utf-8' },
  { name: 'graphql-ws.min.js', packageName: 'graphql-ws', file: 'umd/graphql-ws.min.js', contentType: 'application/javascript; charset=utf-8' },
  { name: 'graphiql.min.css', packageName: 'graphiql', file: 'graphiql.min.css', contentType: 'text/css; charset=utf-8' },
] as const;

export type GraphiqlAssetName = (typeof GRAPHIQL_ASSETS)[number]['name'];

export interface ResolvedGraphiqlAsset {
  readonly name: GraphiqlAssetName;
  readonly absolutePath: string;
  readonly contentType: string;
  /** Version of the owning package, used as a cache-busting query string. */
  readonly version: string;
}

let resolved: ReadonlyMap<GraphiqlAssetName, ResolvedGraphiqlAsset> | undefined;

/** Resolves every allow-listed asset once; throws a clear error if a package or file is missing. */
export function resolveGraphiqlAssets(): ReadonlyMap<GraphiqlAssetName, ResolvedGraphiqlAsset> {
  if (resolved) return resolved;
  const assets = new Map<GraphiqlAssetName, ResolvedGraphiqlAsset>();
  for (const asset of GRAPHIQL_ASSETS) {
    let manifestPath: string;
    try {
      manifestPath = require.resolve(`${asset.packageName}/package.json`);
    } catch (error) {
      throw new Error(`Offline GraphiQL needs the npm package "${asset.packageName}", which is not installed`, { cause: error });
    }
    const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const absolutePath = join(dirname(manifestPath), asset.file);
    if (!statSync(absolutePath, { throwIfNoEntry: false })?.isFile()) {
      throw new Error(`Offline GraphiQL asset ${asset.packageName}/${asset.file} is missing from ${asset.packageName}@${version}`);
    }
    assets.set(asset.name, { name: asset.name, absolutePath, contentType: asset.contentType, version });
  }
  resolved = assets;
  return assets;
}
