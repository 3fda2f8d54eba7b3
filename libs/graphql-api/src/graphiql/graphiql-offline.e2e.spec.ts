import type { AddressInfo } from 'node:net';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { INestApplication } from '@nestjs/common';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import type { Browser, Page } from 'playwright-core';
import { offlineGraphiqlPlugin, registerGraphiqlRoutes } from '@client-lifecycle/graphql-api';
import { launchChromium, waitForGraphiqlEditor } from '../../../../tests/support/browser';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

interface PageVisit {
  readonly externalRequests: string[];
  readonly pageErrors: string[];
  readonly failedResponses: string[];
}

describe('GraphiQL served offline', () => {
  let app: INestApplication;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const moduleRef = await Test.createTestingModule({
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          playground: false,
          plugins: [offlineGraphiqlPlugin({ endpoint: '/graphql', defaultQuery: '{ ping }' })],
        }),
      ],
      providers: [PingResolver],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    // Before listen(): routes added after Nest's init sit behind its not-found handler.
    registerGraphiqlRoutes(app.getHttpAdapter().getInstance(), { endpoint: '/graphql', defaultQuery: '{ ping }' });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Opens `path` as a browser navigation, blocking and recording every request that leaves localhost. */
  async function visit(path: string, run: (page: Page) => Promise<void>): Promise<PageVisit> {
    const context = await browser.newContext();
    const result: PageVisit = { externalRequests: [], pageErrors: [], failedResponses: [] };
    try {
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        const isLocal = (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname);
        if (isLocal || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
        result.externalRequests.push(url.href);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => result.pageErrors.push(String(error)));
      page.on('response', (response) => {
        if (response.status() >= 400) result.failedResponses.push(`${response.status()} ${response.url()}`);
      });
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      expect(response?.headers()['content-type']).toMatch(/^text\/html/);
      await run(page);
    } finally {
      await context.close();
    }
    return result;
  }

  async function runDefaultQuery(page: Page): Promise<void> {
    await waitForGraphiqlEditor(page);
    await page.locator('.graphiql-query-editor').getByText('ping').first().waitFor({ timeout: 10_000 });
    await page.locator('button.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('"pong"').waitFor({ timeout: 15_000 });
  }

  it.each(['/graphql', '/graphiql'])('runs `{ ping }` from %s with every request staying on localhost', async (path) => {
    const result = await visit(path, runDefaultQuery);

    expect(result).toEqual({ externalRequests: [], pageErrors: [], failedResponses: [] });
  });

  it('serves allow-listed assets with a content type and a long cache, and 404s anything else', async () => {
    const css = await fetch(`${baseUrl}/graphiql/assets/graphiql.min.css?v=1`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toMatch(/max-age=31536000/);

    const react = await fetch(`${baseUrl}/graphiql/assets/react.production.min.js`);
    expect(react.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(await react.text()).toContain('React');

    for (const path of ['graphiql.js', 'package.json', '..%2Fpackage.json', '..%2F..%2Fpackage.json', '__proto__', 'constructor']) {
      const response = await fetch(`${baseUrl}/graphiql/assets/${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });

  it('renders a page with no absolute or protocol-relative URL in it', async () => {
    const html = await (await fetch(`${baseUrl}/graphiql`)).text();

    expect(html).not.toMatch(/(?:https?:)?\/\/[a-z0-9]/i);
    expect(html).toContain('/graphiql/assets/graphiql.min.js?v=');
  });
});
