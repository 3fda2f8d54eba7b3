import type { Browser } from 'playwright-core';
import { launchChromium, runGraphiqlQueryUntilShown, setGraphiqlQuery, waitForGraphiqlEditor } from '../support/browser';
import { mutationDocument, registerClientWithAbuseExit } from '../support/client-mutations';
import { E2E_ADMIN_API_KEY } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { eventually } from '../support/time';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';

const PERSONA_TABS = ['SupportAgent_FindClient', 'CreditController_RedClients', 'Manager_AwaitingDecision'];

describe('GraphiQL runs subscriptions over graphql-ws and opens with a tab per person', () => {
  let dataDir: string;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    dataDir = temporaryDataDir('graphiql-subscriptions');
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('shows the riskChanged event a mutation over HTTP causes, in the result pane of a subscription tab', async () => {
    const api = new GraphqlClient(app.graphqlUrl);
    await registerClientWithAbuseExit(api, 'ready');
    const context = await browser.newContext();
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const socketKeys: unknown[] = [];
    let subscribed = false;
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        const message = JSON.parse(String(payload)) as { type: string; payload?: { Authorization?: unknown } };
        if (message.type === 'connection_init') socketKeys.push(message.payload?.Authorization);
        if (message.type === 'subscribe') subscribed = true;
      }),
    );

    await page.goto(`${app.graphqlUrl}#key=${encodeURIComponent(E2E_ADMIN_API_KEY)}`, { waitUntil: 'load' });
    await waitForGraphiqlEditor(page);
    const tabTitles = await page.locator('.graphiql-tab .graphiql-tab-button').allTextContents();
    // A query first, clicked until GraphiQL answers it.
    await runGraphiqlQueryUntilShown(page, '{ client(id: "ready") { name } }', 'ready Ltd');

    await page.locator('.graphiql-tab', { hasText: 'SupportAgent_FindClient' }).click();
    await setGraphiqlQuery(page, 'subscription WatchRisk { riskChanged { clientId band previousBand } }');
    // The tab takes the operation's name once GraphiQL has parsed the document, and only a parsed subscription goes over the socket.
    await page.locator('.graphiql-tab-active', { hasText: 'WatchRisk' }).waitFor({ timeout: 15_000 });
    await page.locator('button.graphiql-execute-button').click();
    await eventually(async () => subscribed, 'GraphiQL sent the subscription over its socket');
    // A subscription is not acknowledged: each attempt makes another client one to let go, until one reaches the pane.
    const event = page.locator('.graphiql-response').getByText('LET_GO');
    for (let attempt = 0; attempt < 5 && !(await event.isVisible()); attempt++) {
      const clientId = `rude-${attempt}`;
      await registerClientWithAbuseExit(api, clientId);
      await api.data(mutationDocument('reportAbuse'), {
        input: { clientId, reportId: 'AB-1', severity: 'SEVERE', description: 'Threatened the designer', reportedBy: 'Studio lead' },
      });
      await event.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    await event.waitFor({ timeout: 15_000 });
    const shown = await page.locator('.graphiql-response').innerText();
    await context.close();

    expect(shown).toMatch(/"clientId": "rude-\d"/);
    expect(shown).toContain('"band": "LET_GO"');
    expect(subscribed).toBe(true);
    expect(socketKeys).toEqual([`Bearer ${E2E_ADMIN_API_KEY}`]);
    expect(tabTitles).toEqual(['RegisterClient', ...PERSONA_TABS]);
    expect(pageErrors).toEqual([]);
  });
});
