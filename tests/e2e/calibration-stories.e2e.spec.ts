import { assessClient } from '@client-lifecycle/domain';
// The stories are the domain's own test support (not part of its public surface): the same facts the pure suite judges.
import { CALIBRATION_STORIES, type CalibrationStory } from '../../libs/domain/src/calibration/calibration.stories';
import { storyCommands } from '../support/client-story-commands';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { eventually } from '../support/time';

const IMPORT = `mutation Import($clientId: String!, $commands: [ClientCommandInput!]!) {
  importClientHistory(clientId: $clientId, commands: $commands) { clientId version }
}`;
const RISK_ON = `query Risk($id: String!, $on: Date) { client(id: $id, on: $on) { on risk { band archetypes recommendation score } } }`;
const ROWS = `{ clients(first: 100) { edges { node { clientId band archetypes recommendation score } } } }`;

/** Through GraphQL, a handful of the calibration suite's stories, each imported as one batch. */
const CHOSEN = [
  'Non-payer with excuses, month 3 (third broken promise)',
  'Chronic complainer with unpaid scope creep',
  "Loyal client's first incident",
  'Late but profitable: always about 20 days late',
  'Abusive client: two minor reports in 90 days',
];

const stories = CHOSEN.map((title) => {
  const found = CALIBRATION_STORIES.find((story) => story.title === title);
  if (!found) throw new Error(`no calibration story "${title}"`);
  return found;
});

interface Risk {
  band: string;
  archetypes: string[];
  recommendation: string;
  score: number;
}

describe('calibration stories through GraphQL: imported with importClientHistory, judged as the pure model judges them', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('calibration');
    app = await startApp({ dataDir });
    api = new GraphqlClient(app.graphqlUrl);
    for (const story of stories) {
      const history = story.history();
      await api.data(IMPORT, { clientId: history.clientId, commands: storyCommands(history) });
    }
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it.each(stories.map((story) => [story.title, story] as const))(
    '%s: band, archetypes and recommendation on its day',
    async (_title, story: CalibrationStory) => {
      const history = story.history();
      const pure = assessClient(history, story.asOf).risk;

      const { client } = await api.data<{ client: { on: string; risk: Risk } }>(RISK_ON, { id: history.clientId, on: story.asOf });

      expect(client.on).toBe(story.asOf);
      expect({ band: client.risk.band, archetypes: client.risk.archetypes, recommendation: client.risk.recommendation }).toEqual({
        band: pure.band,
        archetypes: pure.archetypes,
        recommendation: pure.recommendation,
      });
      expect(client.risk.band).toBe(story.expected.band);
      expect(client.risk.recommendation).toBe(story.expected.recommendation);
    },
  );

  it('the list row and client(id) agree for every imported client', async () => {
    const ids = stories.map((story) => story.history().clientId);
    const rowsAndClients = async () => {
      const { clients } = await api.data<{ clients: { edges: { node: Risk & { clientId: string } }[] } }>(ROWS);
      const rows = new Map(clients.edges.map(({ node }) => [node.clientId, node]));
      const answers = await Promise.all(ids.map((id) => api.data<{ client: { risk: Risk } }>(RISK_ON, { id })));
      return ids.map((id, index) => ({ id, row: rows.get(id), client: answers[index].client.risk }));
    };
    const same = (pair: { row?: Risk; client: Risk }) =>
      pair.row !== undefined &&
      pair.row.band === pair.client.band &&
      pair.row.recommendation === pair.client.recommendation &&
      pair.row.score === pair.client.score &&
      JSON.stringify(pair.row.archetypes) === JSON.stringify(pair.client.archetypes);
    // The list is a projection: it catches up with the imports (and the scheduler's facts after them) on its own.
    await eventually(async () => (await rowsAndClients()).every(same), 'every list row agrees with client(id)');

    const pairs = await rowsAndClients();
    for (const { row, client } of pairs)
      expect({ band: row?.band, archetypes: row?.archetypes, recommendation: row?.recommendation, score: row?.score }).toEqual({
        band: client.band,
        archetypes: client.archetypes,
        recommendation: client.recommendation,
        score: client.score,
      });
  });
});
