import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mutationDocument } from '../support/client-mutations';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { actingAs, registerLatePayer, terminationMutation } from '../support/termination-mutations';
import { eventually } from '../support/time';

/** The client's personal strings: none may survive an erasure in any byte under DATA_DIR. */
const PERSONAL = {
  email: 'ines.quillon@vantablack.example',
  phone: '+49 30 555 0142 77',
  complaint: 'Ines Quillon says the March invoice double-counts the workshop',
  excuse: 'Our bookkeeper Ines Quillon is on holiday until the 14th',
  explanation: 'Quillon Vantablack stopped answering after the third reminder',
  name: 'Quillon Vantablack Ateliers',
};
/** The name's words as the client list's search index keeps them: folded to lower case, one by one. */
const NAME_WORDS = ['quillon', 'vantablack', 'ateliers'];

const NUMBERS = `query Numbers($id: String!) {
  client(id: $id) {
    name version outstanding { amountMinor }
    risk { score band recommendation }
    profitability { contributionMargin { amountMinor } }
  }
}`;
const EXPORT = 'query Export($id: String!) { exportClientData(clientId: $id) }';
const FORGET = 'mutation Forget($input: ForgetClientInput!) { forgetClient(input: $input) { clientId forgottenOn version } }';
const LIST = '{ clients(first: 50) { edges { node { clientId name score overdue { amountMinor } } } } }';
const SEARCH = 'query Search($text: String!) { clients(filter: { search: $text }, first: 5) { edges { node { clientId name } } } }';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file under DATA_DIR holding one of the strings, in UTF-8 as SQLite and JSON store them. */
const filesHolding = (folder: string, strings: readonly string[]): string[] =>
  filesUnder(folder).flatMap((file) => {
    const bytes = readFileSync(file);
    return strings.filter((text) => bytes.includes(Buffer.from(text, 'utf8'))).map((text) => `${file}: ${text}`);
  });

describe('personal data: export and erasure', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('personal-data');
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
    api = new GraphqlClient(app.graphqlUrl);
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('exports every event of the client decrypted, then after forgetClient reads erased everywhere with the numbers unchanged and no personal byte left on disk', async () => {
    await registerLatePayer(api, 'qv', PERSONAL.name);
    await api.data(mutationDocument('amendContract'), {
      input: { clientId: 'qv', reason: `Contact changed to ${PERSONAL.email}, ${PERSONAL.phone}`, paymentTermsDays: 45 },
    });
    await api.data(mutationDocument('fileComplaint'), {
      input: { clientId: 'qv', complaintId: 'K-1', subject: `Call ${PERSONAL.phone}`, text: PERSONAL.complaint },
    });
    await api.data(mutationDocument('recordExcuse'), {
      input: { clientId: 'qv', excuseId: 'E-1', invoiceId: 'INV-1', category: 'OTHER', text: PERSONAL.excuse },
    });
    await actingAs(app.graphqlUrl, 'alice').data(terminationMutation('proposeTermination'), {
      input: { terminationId: 'T-QV', clientId: 'qv', reason: 'NON_PAYMENT', explanation: PERSONAL.explanation },
    });
    const personal = [PERSONAL.email, PERSONAL.phone, PERSONAL.complaint, PERSONAL.excuse, PERSONAL.explanation, PERSONAL.name, ...NAME_WORDS];

    const before = (await api.data(NUMBERS, { id: 'qv' })).client;
    expect(before.name).toBe(PERSONAL.name);
    const exported = (await api.data(EXPORT, { id: 'qv' })).exportClientData;
    expect(exported.streams).toEqual(['client-qv', 'termination-T-QV']);
    expect(exported.events.map((event: { type: string }) => event.type)).toEqual(
      expect.arrayContaining(['ClientRegistered', 'ComplaintFiled', 'ExcuseRecorded', 'TerminationProposed']),
    );
    expect(JSON.stringify(exported)).toContain(PERSONAL.complaint);
    // The actor is the authenticated principal: the e2e admin key.
    expect(exported.events[0]).toMatchObject({ streamId: 'client-qv', revision: 1, metadata: { actor: expect.stringMatching(/^api-key:/) } });
    await eventually(async () => JSON.stringify(await api.data(LIST)).includes(PERSONAL.name), 'the client list caught up');
    expect((await api.data(SEARCH, { text: 'vanta quil' })).clients.edges).toEqual([{ node: { clientId: 'qv', name: PERSONAL.name } }]);
    // The search sees them before: read models hold the name and the termination's explanation in clear, the log holds none.
    const beforeErasure = filesHolding(dataDir, personal);
    expect(beforeErasure.some((hit) => hit.includes('read-models.sqlite'))).toBe(true);
    expect(beforeErasure.some((hit) => hit.includes('terminations.sqlite'))).toBe(true);
    // The search index holds the name's words folded to lower case ("ateliers" is in no other text).
    expect(beforeErasure).toEqual(expect.arrayContaining([expect.stringMatching(/read-models\.sqlite(-wal)?: ateliers$/)]));
    expect(beforeErasure.filter((hit) => hit.includes('events.sqlite'))).toEqual([]);

    const forgotten = (await api.data(FORGET, { input: { clientId: 'qv', reason: 'erasure request 2026-118' } })).forgetClient;
    expect(forgotten).toMatchObject({ clientId: 'qv', version: before.version + 1 });

    const after = (await api.data(NUMBERS, { id: 'qv' })).client;
    expect(after).toEqual({ ...before, name: '[erased]', version: before.version + 1 });
    const erasedExport = JSON.stringify((await api.data(EXPORT, { id: 'qv' })).exportClientData);
    for (const text of personal) expect(erasedExport).not.toContain(text);
    expect(erasedExport).toContain('[erased]');
    await eventually(async () => {
      const row = (await api.data(LIST)).clients.edges.find((edge: { node: { clientId: string } }) => edge.node.clientId === 'qv');
      return row?.node.name === '[erased]';
    }, 'the client list row shows the erased name');
    expect((await api.data(SEARCH, { text: 'vantablack' })).clients.edges).toEqual([]);
    await eventually(
      async () => !JSON.stringify(await api.data('{ termination(id: "T-QV") { explanation } }').catch(() => ({}))).includes(PERSONAL.explanation),
      'the termination read model folded the erased explanation',
    );

    // Stopping the app closes every SQLite file, checkpointing its WAL into it: the name's words are gone from the search index's pages too.
    await app.stop();
    expect(filesHolding(dataDir, personal)).toEqual([]);
  });
});
