import { mutationDocument } from '../support/client-mutations';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { daysAgo, eventually } from '../support/time';

const TIMELINE = '{ client(id: "late") { timeline(first: 100) { edges { node { type data actor } } } } }';

interface Node {
  type: string;
  data: { bucket?: string; step?: string };
  actor: string;
}

async function timeline(api: GraphqlClient): Promise<Node[]> {
  const { client } = await api.data(TIMELINE);
  return client.timeline.edges.map((edge: { node: Node }) => edge.node);
}

describe('timers survive restarts and fire once', () => {
  let dataDir: string;
  let app: RunningApp;

  beforeAll(() => {
    dataDir = temporaryDataDir('scheduler');
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('a scheduler that was down catches up on every timer, and a crash makes none fire twice', async () => {
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
    let api = new GraphqlClient(app.graphqlUrl);
    await api.data(mutationDocument('registerClient'), {
      input: {
        clientId: 'late',
        name: 'Late Payer',
        contract: {
          paymentTermsDays: 30,
          exitClause: { text: 'Notice applies', immediateExitFor: [] },
          startDate: daysAgo(200),
          hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
          currency: 'EUR',
          contractedHoursPerMonth: 10,
        },
        occurredAt: `${daysAgo(200)}T09:00:00Z`,
      },
    });
    // Due 70 days ago: three aging buckets entered since.
    await api.data(mutationDocument('issueInvoice'), {
      input: {
        clientId: 'late',
        invoiceId: 'INV-1',
        amount: { amountMinor: 500_000, currency: 'EUR' },
        issuedOn: daysAgo(100),
        occurredAt: `${daysAgo(100)}T09:00:00Z`,
      },
    });
    expect((await timeline(api)).map((node) => node.type)).toEqual(['InvoiceIssued', 'ClientRegistered']);
    await app.kill('SIGKILL');

    app = await startApp({ dataDir });
    api = new GraphqlClient(app.graphqlUrl);
    await eventually(async () => (await timeline(api)).filter((node) => node.type === 'InvoiceAged').length === 3, 'three aging facts');
    await eventually(async () => (await timeline(api)).some((node) => node.type === 'CollectionStepFellDue'), 'a collection step');
    await app.kill('SIGKILL');

    app = await startApp({ dataDir });
    api = new GraphqlClient(app.graphqlUrl);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const nodes = await timeline(api);

    const aged = nodes.filter((node) => node.type === 'InvoiceAged');
    expect(aged.map((node) => node.data.bucket).sort()).toEqual(['DAYS_1_30', 'DAYS_31_60', 'DAYS_61_90']);
    expect(aged.every((node) => node.actor === 'scheduler')).toBe(true);
    const steps = nodes.filter((node) => node.type === 'CollectionStepFellDue').map((node) => node.data.step);
    expect(new Set(steps).size).toBe(steps.length);
  });
});
