import { createHash } from 'node:crypto';
import { graphiqlInlineScriptHashes } from './graphiql-csp';
import { renderGraphiqlPage } from './graphiql.page';

describe('the GraphiQL page under a Content-Security-Policy', () => {
  it('hashes each inline script that runs, and only those', () => {
    const html = renderGraphiqlPage({ endpoint: '/graphql', defaultQuery: '{ __typename }' });
    const runnable = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);

    expect(runnable.length).toBeGreaterThan(0);
    expect(graphiqlInlineScriptHashes()).toEqual(runnable);
  });
});
