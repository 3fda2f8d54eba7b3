import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

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

/** The system Chromium, headless; fails saying how to install it when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run \`apt-get install chromium\``);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Waits for GraphiQL's query editor to show. */
export async function waitForGraphiqlEditor(page: Page): Promise<void> {
  await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ state: 'visible', timeout: 30_000 });
}

/** Sets the active tab's document through CodeMirror itself: typed keys race GraphiQL's bracket closing and autocomplete. */
export async function setGraphiqlQuery(page: Page, query: string): Promise<void> {
  await page
    .locator('.graphiql-query-editor .CodeMirror')
    .evaluate((element, value) => (element as unknown as { CodeMirror: { setValue(text: string): void } }).CodeMirror.setValue(value), query);
}

/** Sets `query` and runs it until the result pane shows `answer`. */
export async function runGraphiqlQueryUntilShown(page: Page, query: string, answer: string): Promise<void> {
  await setGraphiqlQuery(page, query);
  // GraphiQL drops a click on Run that comes while it is still loading the schema: click again until it answers.
  const shown = page.locator('.graphiql-response').getByText(answer);
  for (let attempt = 0; attempt < 5 && !(await shown.isVisible()); attempt++) {
    await page.locator('button.graphiql-execute-button').click();
    await shown.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await shown.waitFor({ timeout: 15_000 });
}
