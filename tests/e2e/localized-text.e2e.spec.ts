import { assessClient } from '@client-lifecycle/domain';
// The stories are the domain's own test support (not part of its public surface): the same facts the pure suite judges.
import { CALIBRATION_STORIES } from '../../libs/domain/src/calibration/calibration.stories';
import { storyCommands } from '../support/client-story-commands';
import { E2E_ADMIN_API_KEY } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';

const IMPORT = `mutation Import($clientId: String!, $commands: [ClientCommandInput!]!) {
  importClientHistory(clientId: $clientId, commands: $commands) { clientId version }
}`;
const WORDS = `query Words($id: String!, $on: Date, $locale: DraftLocale) {
  client(id: $id, on: $on) {
    risk {
      factors { key explanation(locale: $locale) }
      rules { rule explanation(locale: $locale) }
    }
    timeline(first: 100) { edges { node { type summary(locale: $locale) } } }
  }
}`;

interface Words {
  client: {
    risk: { factors: { key: string; explanation: string }[]; rules: { rule: string; explanation: string }[] };
    timeline: { edges: { node: { type: string; summary: string } }[] };
  };
}

const story = CALIBRATION_STORIES.find((candidate) => candidate.title === 'Non-payer with excuses, month 3 (third broken promise)');
if (!story) throw new Error('the non-payer story is missing');
const history = story.history();

describe('risk explanations and timeline summaries in Spanish and English', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;
  const wordsIn = async (client: GraphqlClient, locale?: string) =>
    (await client.data<Words>(WORDS, { id: history.clientId, on: story.asOf, ...(locale ? { locale } : {}) })).client;

  beforeAll(async () => {
    dataDir = temporaryDataDir('localized-text');
    app = await startApp({ dataDir });
    api = new GraphqlClient(app.graphqlUrl);
    await api.data(IMPORT, { clientId: history.clientId, commands: storyCommands(history) });
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('in English by default: the words the risk model writes', async () => {
    const pure = assessClient(history, story.asOf).risk;

    const client = await wordsIn(api);

    expect(client.risk.factors.map(({ key, explanation }) => [key, explanation])).toEqual(pure.factors.map(({ key, explanation }) => [key, explanation]));
    expect(client.risk.rules.map((rule) => rule.explanation)).toEqual(pure.rules.map((rule) => rule.explanation));
    expect(client.timeline.edges.find(({ node }) => node.type === 'ExcuseRecorded')?.node.summary).toMatch(/^Excuse given about invoice /);
  });

  it('in Spanish when asked, factor by factor, rule by rule and event by event', async () => {
    const english = await wordsIn(api, 'EN');
    const spanish = await wordsIn(api, 'ES');

    const excuses = (client: Words['client']) => client.risk.factors.find((factor) => factor.key === 'EXCUSES')?.explanation;
    expect(excuses(english)).toMatch(/^excuses [\d.]+\/\d+: \d+ in the last \d+ days$/);
    expect(excuses(spanish)).toMatch(/^excusas [\d,]+\/\d+: \d+ en los últimos \d+ días$/);
    expect(spanish.risk.rules.find((rule) => rule.rule === 'REPEATED_BROKEN_PROMISES')?.explanation).toMatch(
      /^\d+ promesas de pago incumplidas en los últimos \d+ días: no más trabajo a crédito$/,
    );
    const summaries = (client: Words['client'], type: string) => client.timeline.edges.filter(({ node }) => node.type === type).map(({ node }) => node.summary);
    expect(summaries(spanish, 'InvoiceIssued')[0]).toMatch(/^Factura \S+ emitida por [\d.,]+\s€, con vencimiento el \d{4}-\d{2}-\d{2}$/);
    expect(summaries(english, 'InvoiceIssued')[0]).toMatch(/^Invoice \S+ issued for [\d.]+ EUR, due \d{4}-\d{2}-\d{2}$/);
    expect(summaries(spanish, 'ExcuseRecorded')[0]).toMatch(/^Excusa sobre la factura \S+ \(liquidez\): «/);
  });

  it('from Accept-Language when no locale is given; the argument wins over the header', async () => {
    const spanishReader = api.as(E2E_ADMIN_API_KEY, { 'accept-language': 'es-ES,es;q=0.9,en;q=0.8' });

    const byHeader = await wordsIn(spanishReader);
    const byArgument = await wordsIn(spanishReader, 'EN');

    expect(byHeader.risk.factors.find((factor) => factor.key === 'EXCUSES')?.explanation).toMatch(/^excusas /);
    expect(byArgument.risk.factors.find((factor) => factor.key === 'EXCUSES')?.explanation).toMatch(/^excuses /);
  });
});
