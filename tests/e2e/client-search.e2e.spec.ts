import { mutationDocument } from '../support/client-mutations';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { eventually } from '../support/time';

const CONTRACT = {
  paymentTermsDays: 30,
  exitClause: { text: 'Standard notice', immediateExitFor: [] },
  startDate: '2026-01-01',
  hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
  currency: 'EUR',
  contractedHoursPerMonth: 20,
};
const NAMES: Readonly<Record<string, string>> = {
  'nw-dental': 'Northwind Dental Ltd',
  'nw-motors': 'Northwind Motors GmbH',
  north: 'North',
  'old-north': 'Old North Bakeries',
  zurich: 'Zürich Zahnärzte AG',
};
const SEARCH = `query Search($text: String!, $after: String) {
  clients(filter: { search: $text }, first: 2, after: $after) {
    totalCount
    edges { node { clientId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('a support agent finds a client by part of its name', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('client-search');
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
    api = new GraphqlClient(app.graphqlUrl);
    for (const [clientId, name] of Object.entries(NAMES)) await api.data(mutationDocument('registerClient'), { input: { clientId, name, contract: CONTRACT } });
    await eventually(async () => (await api.data('{ clients(first: 1) { totalCount } }')).clients.totalCount === 5, 'the client list caught up');
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('matches the start of any word whatever the case and accents, the exact name first, then names starting so, page by page', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: { totalCount: number; edges: { node: { clientId: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await api.data(SEARCH, { text: 'NORTH', after })
      ).clients;
      ids.push(...page.edges.map((edge) => edge.node.clientId));
      totalCount = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);

    expect(ids).toEqual(['north', 'nw-dental', 'nw-motors', 'old-north']);
    expect(totalCount).toBe(4);
    expect((await api.data(SEARCH, { text: 'zahnarzte zur' })).clients.edges).toEqual([{ node: { clientId: 'zurich' } }]);
    expect((await api.data(SEARCH, { text: 'orthwind' })).clients.totalCount).toBe(0);
  });

  it.each([
    ['a control character', 'north\u0007'],
    ['more than 100 characters', 'n'.repeat(101)],
    ['no letter or digit', '-- !'],
  ])('refuses a search with %s, as bad input', async (_, text) => {
    const { data, errors } = await api.request(SEARCH, { text });

    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.VALIDATION_FAILED' });
    expect(errors?.[0].extensions.details?.violations).toEqual([expect.objectContaining({ field: 'filter.search' })]);
  });

  it('refuses to continue a search with a cursor of the unsearched list', async () => {
    const { endCursor } = (await api.data('{ clients(first: 1) { pageInfo { endCursor } } }')).clients.pageInfo;

    const { errors } = await api.request(SEARCH, { text: 'north', after: endCursor });

    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.VALIDATION_FAILED' });
  });
});
