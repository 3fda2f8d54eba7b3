import type { Browser } from 'playwright-core';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { launchChromium, runGraphiqlQueryUntilShown, waitForGraphiqlEditor } from '../support/browser';
import { GraphqlClient } from '../support/graphql-client';
import { eventually } from '../support/time';

const PRINTED_LINK = /(http:\/\/[^\s]+\/graphiql#key=([^\s]+))/;

describe('first run stays two commands: a fresh DATA_DIR prints an admin key and a GraphiQL link that works', () => {
  let dataDir: string;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    dataDir = temporaryDataDir('first-run');
    app = await startApp({ dataDir, firstRun: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('opens the printed link, runs a query with the key, and keeps the key out of the address bar', async () => {
    await eventually(async () => PRINTED_LINK.test(app.output()), 'the first-run link is printed');
    const [, link, encodedKey] = PRINTED_LINK.exec(app.output())!;
    const page = await (await browser.newContext()).newPage();
    const authorizations: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') authorizations.push(request.headers().authorization);
    });

    await page.goto(link, { waitUntil: 'load' });
    await waitForGraphiqlEditor(page);
    await runGraphiqlQueryUntilShown(page, '{ apiKeys { name roles } }', 'first-run admin');

    expect(new URL(page.url()).hash).toBe('');
    expect(authorizations).toContain(`Bearer ${decodeURIComponent(encodedKey)}`);
    expect(await page.locator('#graphiql-key-status').textContent()).toMatch(/^using key clk_/);
    const { apiKeys } = await new GraphqlClient(app.graphqlUrl, {}, decodeURIComponent(encodedKey)).data('{ apiKeys { name roles createdBy } }');
    expect(apiKeys).toEqual([{ name: 'first-run admin', roles: ['ADMIN'], createdBy: 'system' }]);
  });

  it('prints the key once: a restart on the same DATA_DIR makes no other', async () => {
    await app.stop();
    app = await startApp({ dataDir, firstRun: true });

    expect(app.output()).not.toMatch(PRINTED_LINK);
  });
});
