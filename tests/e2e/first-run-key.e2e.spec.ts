import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { GraphqlClient } from '../support/graphql-client';
import { eventually } from '../support/time';

const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PRINTED_LINK = /(http:\/\/[^\s]+\/graphiql#key=([^\s]+))/;

describe('first run stays two commands: a fresh DATA_DIR prints an admin key and a GraphiQL link that works', () => {
  let dataDir: string;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run \`apt-get install chromium\``);
    dataDir = temporaryDataDir('first-run');
    app = await startApp({ dataDir, firstRun: true });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor({ state: 'visible', timeout: 30_000 });
    // Set through CodeMirror itself: typed keys race GraphiQL's bracket closing and autocomplete once the schema arrives.
    await editor.evaluate(
      (element, query) => (element as unknown as { CodeMirror: { setValue(value: string): void } }).CodeMirror.setValue(query),
      '{ apiKeys { name roles } }',
    );
    // GraphiQL drops a click on Run that comes while it is still loading the schema: click again until it answers.
    const answer = page.locator('.graphiql-response').getByText('first-run admin');
    for (let attempt = 0; attempt < 5 && !(await answer.isVisible()); attempt++) {
      await page.locator('button.graphiql-execute-button').click();
      await answer.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await answer.waitFor({ timeout: 15_000 });

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
