import type { Browser } from 'playwright-core';
import { E2E_ADMIN_API_KEY } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { launchChromium, waitForGraphiqlEditor } from '../support/browser';

describe('a support agent works in GraphiQL on the running service, with no internet', () => {
  let dataDir: string;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    dataDir = temporaryDataDir('graphiql');
    app = await startApp({ dataDir });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('opens GraphiQL at /graphql, runs the example mutation and the client is stored', async () => {
    const context = await browser.newContext();
    const external: string[] = [];
    const pageErrors: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
      external.push(url.href);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));

    // The link the service prints at first run carries the key in its fragment.
    await page.goto(`${app.graphqlUrl}#key=${encodeURIComponent(E2E_ADMIN_API_KEY)}`, { waitUntil: 'load' });
    await waitForGraphiqlEditor(page);
    await page.locator('button.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'RegisterClient' }).click();
    await page.locator('.graphiql-response').getByText('ACME Corp registered as a client').waitFor({ timeout: 15_000 });
    await context.close();

    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
    const api = new GraphqlClient(app.graphqlUrl);
    const { client, apiKeys } = await api.data('{ apiKeys { id name } client(id: "acme") { name version timeline(first: 1) { edges { node { actor } } } } }');
    const adminKey = apiKeys.find((key: { name: string }) => key.name === 'ADMIN_API_KEY');
    expect(client).toEqual({ name: 'ACME Corp', version: 1, timeline: { edges: [{ node: { actor: `api-key:${adminKey.id}` } }] } });
  });
});
