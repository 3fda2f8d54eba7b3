import { createHash } from 'node:crypto';
import { renderGraphiqlPage } from './graphiql.page';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const DATA_BLOCK = /\btype\s*=\s*["']application\/json["']/;

/**
 * The `script-src` hashes of the GraphiQL page's inline scripts, so a Content-Security-Policy can
 * allow exactly them and nothing else inline. Hashed from the rendered page, so a change to the
 * page changes the policy with it; JSON data blocks are never executed and need no hash.
 */
export function graphiqlInlineScriptHashes(): string[] {
  // The inline scripts do not depend on the options, which travel in the JSON block.
  const html = renderGraphiqlPage({ endpoint: '/graphql' });
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/.test(attributes) || DATA_BLOCK.test(attributes)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}
