import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import { clientSearchOf, type ClientSearch, type ClientSummaryRecord, searchableName } from '@client-lifecycle/ports';
import { clientSummaryRecord, describeClientSummaryStoreContract } from '@client-lifecycle/testing';
import { InMemoryClientSummaryStore } from './in-memory.client-summary.store';
import { SQL_ORDER_BY, sqlAfterKey } from './client-summary.order';
import { openSqliteDatabase } from '../sqlite';
import { SqliteClientSummaryStore } from './sqlite.client-summary.store';
import { CLIENT_SUMMARY_MIGRATIONS } from './sqlite.client-summary.schema';

const folder = mkdtempSync(join(tmpdir(), 'client-summaries-'));
let opened = 0;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A file as a build of `version` schema versions left it: the migrations up to there, none after. */
const fileAtVersion = (filename: string, version: number) =>
  openSqliteDatabase({ filename, describedAs: 'read model', synchronous: 'NORMAL', migrations: CLIENT_SUMMARY_MIGRATIONS.slice(0, version) });

describeClientSummaryStoreContract('in-memory', async () => new InMemoryClientSummaryStore());
describeClientSummaryStoreContract('SQLite', async () => SqliteClientSummaryStore.open(join(folder, `summaries-${++opened}.sqlite`)));

describe('SQLite client summaries shared by two processes', () => {
  const row = (clientId: string) => clientSummaryRecord(clientId, { band: RiskBand.Red });

  it("counts the rows another process's projector committed since the last list", async () => {
    const filename = join(folder, 'shared.sqlite');
    const api = SqliteClientSummaryStore.open(filename);
    const projector = SqliteClientSummaryStore.open(filename);
    await projector.commit([row('a')], 1);
    expect((await api.list({ band: RiskBand.Red }, 'SCORE', 10, null)).totalCount).toBe(1);

    await projector.commit([row('b'), row('c')], 2);

    expect((await api.list({ band: RiskBand.Red }, 'SCORE', 10, null)).totalCount).toBe(3);
    await api.close();
    await projector.close();
  });

  it("lists the rows another process's projector rewrote since the same page was last read, an erased name included", async () => {
    const filename = join(folder, 'shared-pages.sqlite');
    const api = SqliteClientSummaryStore.open(filename);
    const projector = SqliteClientSummaryStore.open(filename);
    await projector.commit([clientSummaryRecord('a', { band: RiskBand.Red, name: 'Ada Lovelace Ltd' })], 1);
    const names = async () => (await api.list({ band: RiskBand.Red }, 'SCORE', 10, null)).rows.map((item) => item.name);
    expect(await names()).toEqual(['Ada Lovelace Ltd']);

    await projector.commit([clientSummaryRecord('a', { band: RiskBand.Red, name: '[erased]' })], 2);

    expect(await names()).toEqual(['[erased]']);
    await api.close();
    await projector.close();
  });

  it('swaps in a rebuilt list of many rows in chunks, the store answering from the old list until the swap commits', async () => {
    const live = SqliteClientSummaryStore.open(join(folder, 'swap-live.sqlite'));
    await live.commit(
      Array.from({ length: 700 }, (_, index) => row(`old-${String(index).padStart(4, '0')}`)),
      5,
    );
    const shadow = await live.createShadow();
    await shadow.commit(
      Array.from({ length: 1_234 }, (_, index) => row(`new-${String(index).padStart(4, '0')}`)),
      9,
    );
    await shadow.markReady();
    const ready = await live.readyShadow();

    const seen = new Set<string>();
    let swapping = true;
    const reading = (async () => {
      while (swapping) {
        const { totalCount, rows } = await live.list({}, 'SCORE', 1, null);
        seen.add(`${totalCount} ${rows[0]?.clientId.slice(0, 3)} ${await live.checkpoint()}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await ready?.swapIn();
    swapping = false;
    await reading;

    expect([...seen].every((state) => state === '700 old 5' || state === '1234 new 9')).toBe(true);
    expect(seen.has('700 old 5')).toBe(true);
    expect((await live.list({}, 'SCORE', 1, null)).totalCount).toBe(1_234);
    expect(await live.checkpoint()).toBe(9);
    expect((await live.find(['old-0000', 'new-1233'])).map((record) => record.clientId)).toEqual(['new-1233']);
    await live.close();
  });
});

describe('SQLite client summaries written before assessments were kept ready', () => {
  it('upgrades in place: rows keep their list columns and the let-go-first index, and wait for re-assessment (version -1, no assessment)', async () => {
    const filename = join(folder, 'before-ready.sqlite');
    const db = fileAtVersion(filename, 2);
    db.prepare(
      `INSERT INTO client_summaries (client_id, name, currency, score, band, recommendation, archetypes, overdue_minor, margin_minor, as_of)
       VALUES ('acme', 'Acme', 'EUR', 0, ?, ?, '[]', 0, 0, '2026-05-01')`,
    ).run(RiskBand.LetGo, Recommendation.ProposeTermination);
    db.close();

    const upgraded = SqliteClientSummaryStore.open(filename);
    expect(await upgraded.find(['acme'])).toEqual([
      expect.objectContaining({ clientId: 'acme', band: RiskBand.LetGo, asOf: '2026-05-01', version: -1, assessment: '' }),
    ]);
    expect(await upgraded.staleBefore('2026-05-02', 10)).toEqual(['acme']);
    await upgraded.close();
    const reader = new Database(filename, { readonly: true });
    const indexes = reader.pragma('index_list(client_summaries)') as { name: string }[];
    reader.close();
    expect(indexes.map((index) => index.name)).toEqual(
      expect.arrayContaining(['client_summaries_by_risk', 'client_summaries_by_band_risk', 'client_summaries_by_as_of', 'client_summaries_by_change']),
    );
  });
});

describe('SQLite client summaries written while the assessment was a column of the list', () => {
  /** A client's row as the build before the split committed it: a list row with its assessment, its name's words indexed for search. */
  const writeAsBefore = (db: Database.Database, record: ClientSummaryRecord, searchId: number, changeSeq: number) => {
    db.prepare(
      `INSERT INTO client_summaries (client_id, name, currency, score, band, recommendation, archetypes, overdue_minor, margin_minor, as_of, version,
         search_name, search_id, assessment, portfolio_entry, change_seq)
       VALUES (@clientId, @name, @currency, @score, @band, @recommendation, @archetypes, @overdueMinor, @contributionMarginMinor, @asOf, @version,
         @searchName, @searchId, @assessment, @portfolioEntry, @changeSeq)`,
    ).run({ ...record, archetypes: JSON.stringify(record.archetypes), searchName: searchableName(record.name), searchId, changeSeq });
    db.prepare('INSERT INTO client_search (rowid, words) VALUES (?, ?)').run(searchId, searchableName(record.name));
  };
  // Kilobytes of assessment, as the projector writes them: on overflow pages in the old list's rows.
  const assessmentOf = (clientId: string) => JSON.stringify({ clientId, lines: Array.from({ length: 400 }, (_, index) => `${clientId} line ${index}`) });
  const records = [
    clientSummaryRecord('acme', { name: 'Acme Widgets', band: RiskBand.Red, score: 2_040, archetypes: [Archetype.NonPayer], portfolioEntry: '{"a":1}' }),
    clientSummaryRecord('bolt', { name: 'Bolt Motors', band: RiskBand.Red, score: 2_020, portfolioEntry: '{"b":2}' }),
    clientSummaryRecord('coil', { name: 'Coil Widgets', band: RiskBand.Green, score: 12, portfolioEntry: '{"c":3}' }),
  ].map((record) => ({ ...record, assessment: assessmentOf(record.clientId) }));

  it('upgrades in place: every record reads back as written, the list and search answer as before, and commits go on', async () => {
    const filename = join(folder, 'before-split.sqlite');
    const db = fileAtVersion(filename, 6);
    db.transaction(() => {
      records.forEach((record, at) => writeAsBefore(db, record, at + 1, at + 1));
      db.prepare('UPDATE checkpoint SET position = 42, change_seq = 3 WHERE id = 1').run();
    })();
    db.close();

    const upgraded = SqliteClientSummaryStore.open(filename);
    try {
      expect(await upgraded.find(['coil', 'acme', 'bolt'])).toEqual(expect.arrayContaining(records));
      expect((await upgraded.find(['acme', 'bolt', 'coil'])).length).toBe(3);
      expect(await upgraded.checkpoint()).toBe(42);
      const redPage = await upgraded.list({ band: RiskBand.Red }, 'SCORE', 10, null);
      expect([redPage.rows.map((row) => row.clientId), redPage.totalCount]).toEqual([['acme', 'bolt'], 2]);
      expect((await upgraded.list({ search: clientSearchOf('widg') as ClientSearch }, 'SCORE', 10, null)).rows.map((row) => row.clientId)).toEqual([
        'acme',
        'coil',
      ]);
      const changes = await upgraded.changedSince(0, 10);
      expect([changes.records.map((change) => [change.clientId, change.portfolioEntry]), changes.sequence]).toEqual([
        [
          ['acme', '{"a":1}'],
          ['bolt', '{"b":2}'],
          ['coil', '{"c":3}'],
        ],
        3,
      ]);
      expect((await upgraded.recordsAfter('', 10)).records.map((change) => change.clientId)).toEqual(['acme', 'bolt', 'coil']);

      const reassessed = { ...records[1], version: 4, assessment: assessmentOf('bolt again') };
      await upgraded.commit([reassessed, clientSummaryRecord('dent', { name: 'Dent Tools' })], 43);

      expect(await upgraded.find(['bolt', 'dent'])).toEqual(expect.arrayContaining([reassessed, clientSummaryRecord('dent', { name: 'Dent Tools' })]));
      expect((await upgraded.changedSince(3, 10)).records.map((change) => change.clientId)).toEqual(['bolt', 'dent']);
    } finally {
      await upgraded.close();
    }
  });

  it('keeps the assessments in a table of their own and the list in a rowid table, without the assessment column', async () => {
    const filename = join(folder, 'split-schema.sqlite');
    const db = fileAtVersion(filename, 6);
    db.transaction(() => records.forEach((record, at) => writeAsBefore(db, record, at + 1, at + 1)))();
    db.close();
    await SqliteClientSummaryStore.open(filename).close();

    const reader = new Database(filename, { readonly: true });
    const tables = reader.prepare("SELECT name, wr FROM pragma_table_list() WHERE name IN ('client_summaries', 'client_assessments') ORDER BY name").all();
    const listColumns = (reader.pragma('table_info(client_summaries)') as { name: string }[]).map((column) => column.name);
    const assessments = reader.prepare('SELECT count(*) FROM client_assessments').pluck().get();
    reader.close();
    expect(tables).toEqual([
      { name: 'client_assessments', wr: 0 },
      { name: 'client_summaries', wr: 0 },
    ]);
    expect(listColumns).not.toContain('assessment');
    expect(assessments).toBe(3);
  });
});

describe('SQLite read-model checkpoints', () => {
  const row = (clientId: string) => clientSummaryRecord(clientId, { band: RiskBand.Red });

  it("closes the thread's connection before its own, which folds the WAL into the file and leaves none behind", async () => {
    const dir = mkdtempSync(join(folder, 'closed-'));
    const filename = join(dir, 'read-models.sqlite');
    const store = SqliteClientSummaryStore.open(filename);
    for (let at = 0; at < 300; at++) await store.commit([row(`c${at}`)], at + 1);

    await Promise.all([store.close(), store.close()]);

    expect(readdirSync(dir)).toEqual(['read-models.sqlite']);
    const reopened = SqliteClientSummaryStore.open(filename);
    expect([await reopened.checkpoint(), (await reopened.list({}, 'SCORE', 1, null)).totalCount]).toEqual([300, 300]);
    await reopened.close();
  });
});

describe('SQLite list plans', () => {
  it("reads one band riskiest first straight from an index, without sorting the band's rows for each page", async () => {
    const filename = join(folder, 'plans.sqlite');
    await SqliteClientSummaryStore.open(filename).close();
    const db = new Database(filename, { readonly: true });
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT client_id FROM client_summaries WHERE band = ? ORDER BY ${SQL_ORDER_BY.SCORE} LIMIT 51`)
      .all(RiskBand.Red) as { detail: string }[];
    db.close();

    expect(plan.map((step) => step.detail)).toEqual([expect.stringContaining('client_summaries_by_band_risk')]);
  });

  it("reads a band's page, every column the list shows, from that index alone: no lookup of each row in the table, whose rows carry kilobytes of JSON", async () => {
    const filename = join(folder, 'covering.sqlite');
    await SqliteClientSummaryStore.open(filename).close();
    const db = new Database(filename, { readonly: true });
    const columns = 'client_id, name, currency, score, band, recommendation, archetypes, overdue_minor, margin_minor, as_of, version';
    const plan = (where: string) =>
      (
        db.prepare(`EXPLAIN QUERY PLAN SELECT ${columns} FROM client_summaries WHERE ${where} ORDER BY ${SQL_ORDER_BY.SCORE} LIMIT 51`).all() as {
          detail: string;
        }[]
      ).map((step) => step.detail);
    const firstPage = plan(`band = 'RED'`);
    const nextPage = plan(`band = 'RED' AND ${sqlAfterKey('SCORE', '2050', "'c1'")}`);
    db.close();

    expect(firstPage).toEqual([expect.stringContaining('USING COVERING INDEX client_summaries_by_band_risk')]);
    expect(nextPage).toEqual([expect.stringContaining('USING COVERING INDEX client_summaries_by_band_risk')]);
  });
});

describe('SQLite search by name', () => {
  const row = (clientId: string, name: string) => clientSummaryRecord(clientId, { name });
  const search = (text: string) => clientSearchOf(text) as ClientSearch;
  const found = async (store: SqliteClientSummaryStore, text: string) =>
    (await store.list({ search: search(text) }, 'SCORE', 10, null)).rows.map((item) => item.clientId);

  it('indexes the rows written before search existed when the store opens', async () => {
    const filename = join(folder, 'before-search.sqlite');
    const db = fileAtVersion(filename, 3);
    const insert = db.prepare(
      `INSERT INTO client_summaries (client_id, name, currency, score, band, recommendation, archetypes, overdue_minor, margin_minor, as_of, version,
         assessment, portfolio_entry, change_seq)
       VALUES (?, ?, 'EUR', 10, 'GREEN', 'KEEP', '[]', 0, 1000, '2026-03-01', 3, '{}', '', ?)`,
    );
    insert.run('acme', 'Acmé Widgets', 1);
    insert.run('bolt', 'Bolt Motors', 2);
    db.close();

    const upgraded = SqliteClientSummaryStore.open(filename);
    expect(await found(upgraded, 'acme')).toEqual(['acme']);
    await upgraded.commit([row('coil', 'Coil Widgets')], 3);
    expect(await found(upgraded, 'widg')).toEqual(['acme', 'coil']);
    await upgraded.close();
  });

  it("leaves none of a replaced name's words in the file once closed (FTS5 secure-delete, SQLite secure_delete)", async () => {
    const dir = mkdtempSync(join(folder, 'erased-'));
    const store = SqliteClientSummaryStore.open(join(dir, 'read-models.sqlite'));
    const names = Array.from({ length: 200 }, (_, index) => row(`c${index}`, `Filler Company ${index}`));
    await store.commit([...names, row('qv', 'Quillonesque Vantablackery')], 1);
    expect(await found(store, 'quillon')).toEqual(['qv']);

    await store.commit([row('qv', '[erased]')], 2);
    await store.close();

    const words = ['Quillonesque', 'quillonesque', 'Vantablackery', 'vantablackery'];
    const holding = readdirSync(dir).flatMap((file) => words.filter((word) => readFileSync(join(dir, file)).includes(word)).map((word) => `${file}: ${word}`));
    expect(holding).toEqual([]);
    const reopened = SqliteClientSummaryStore.open(join(dir, 'read-models.sqlite'));
    expect([await found(reopened, 'quillon'), await found(reopened, 'erased')]).toEqual([[], ['qv']]);
    await reopened.close();
  });
});
