import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Database, Statement } from 'better-sqlite3';
import { openSqliteDatabase, ReadModelCheckpoints } from '../sqlite';
import { bandsAtLeast, SQL_ORDER_BY, sqlAfterKey, sqlAfterSearchKey, sqlSearchRank } from './client-summary.order';
import { DelegatingClientSummaryShadow } from './client-summary.shadow';
import { CLIENT_SUMMARY_MIGRATIONS, LIST_COLUMNS_AFTER_ID } from './sqlite.client-summary.schema';
import type { Archetype, LocalDate, Recommendation, RiskBand } from '@client-lifecycle/domain';
import type {
  ClientSummary,
  ClientSummaryChange,
  ClientSummaryChanges,
  ClientSummaryFilter,
  ClientSummaryKey,
  ClientSummaryOrder,
  ClientSummaryPage,
  ClientSummaryRecord,
  ClientSummaryRisk,
  ClientSummaryShadow,
  ClientSummaryStore,
} from '@client-lifecycle/ports';
import { searchableName } from '@client-lifecycle/ports';

/** Pages of the list kept read at most, the oldest dropped first: a few filters and orders are asked for again and again. */
const PAGES_KEPT = 64;
/** The API's largest page: a reader of the whole list (the portfolio's first answer) is not kept. */
const LARGEST_PAGE_KEPT = 100;
/** The list's columns. */
const LIST_COLUMNS = `client_id, band, ${LIST_COLUMNS_AFTER_ID}`;

/**
 * The list's columns commit() writes after the key, in the order it binds them (the assessment
 * goes to a table of its own). A row already there is updated in the columns whose value changed
 * only, and the portfolio entry and change number: an index none of whose columns an UPDATE sets
 * is left alone, and an append changed two or three of the nine (the version, in the band's
 * covering index, and the change number, nearly always).
 */
const WRITTEN_COLUMNS = [
  'name',
  'currency',
  'score',
  'band',
  'recommendation',
  'archetypes',
  'overdue_minor',
  'margin_minor',
  'as_of',
  'version',
  'search_name',
  'search_id',
  'portfolio_entry',
  'change_seq',
] as const;
/** The first WRITTEN_COLUMNS, read back to be compared; the rest (a kilobyte of JSON, and the change number) are written every time. */
const COMPARED_COLUMNS = WRITTEN_COLUMNS.slice(0, WRITTEN_COLUMNS.indexOf('portfolio_entry'));
/** The bits of the columns written every time in an update's shape (see updateOf). */
const ALWAYS_WRITTEN = (1 << WRITTEN_COLUMNS.length) - (1 << COMPARED_COLUMNS.length);
const SEARCH_NAME_AT = COMPARED_COLUMNS.indexOf('search_name');
const SEARCH_ID_AT = COMPARED_COLUMNS.indexOf('search_id');

interface Row {
  client_id: string;
  name: string;
  currency: string;
  score: number;
  band: string;
  recommendation: string;
  archetypes: string;
  overdue_minor: number;
  margin_minor: number;
  as_of: string;
  version: number;
}

interface RecordRow extends Row {
  assessment: string;
  portfolio_entry: string;
  change_seq: number;
}

// Columns are written from the typed summary by commit(), so reading them back as those types is safe.
const toSummary = (row: Row): ClientSummary => ({
  clientId: row.client_id,
  name: row.name,
  currency: row.currency,
  score: row.score,
  band: row.band as RiskBand,
  recommendation: row.recommendation as Recommendation,
  archetypes: JSON.parse(row.archetypes) as Archetype[],
  overdueMinor: row.overdue_minor,
  contributionMarginMinor: row.margin_minor,
  asOf: row.as_of,
  version: row.version,
});

/** A row of the list in LIST_COLUMNS' order, as a raw statement reads it. */
type ListValues = [string, string, string, string, number, string, string, number, number, string, number];

/** A page of 50 rows costs 40% less read raw (arrays) than as objects with named keys: 130 against 215 us. */
const toSummaryOfValues = ([
  clientId,
  band,
  name,
  currency,
  score,
  recommendation,
  archetypes,
  overdueMinor,
  marginMinor,
  asOf,
  version,
]: ListValues): ClientSummary => ({
  clientId,
  name,
  currency,
  score,
  band: band as RiskBand,
  recommendation: recommendation as Recommendation,
  archetypes: JSON.parse(archetypes) as Archetype[],
  overdueMinor,
  contributionMarginMinor: marginMinor,
  asOf,
  version,
});

const toRecord = (row: RecordRow): ClientSummaryRecord => ({ ...toSummary(row), assessment: row.assessment, portfolioEntry: row.portfolio_entry });

const toChange = (row: Omit<RecordRow, 'assessment'>): ClientSummaryChange => ({ ...toSummary(row), portfolioEntry: row.portfolio_entry });

/** The portfolio list in its own SQLite file, indexed for the orders the API offers. */
export class SqliteClientSummaryStore implements ClientSummaryStore {
  /**
   * Counting a band of 100,000 rows costs more than reading its page, and every list query asks
   * for the count: kept per filter until the table changes, through this connection (commit,
   * reset) or another process's (`PRAGMA data_version` moves).
   */
  private readonly counts = new Map<string, number>();
  /**
   * The pages last read, by their query, kept on the same terms as the counts: the first page of
   * a band is asked for over and over while the list stays as it is. Names included, so an
   * erasure's commit drops them (this connection's at once, another process's at the next read).
   */
  private readonly pages = new Map<string, ClientSummaryPage>();
  private readDataVersion = -1;
  /** The read statements by their SQL: a handful of shapes (the list's filters, order, after), each compiled once. */
  private readonly readStatements = new Map<string, Statement>();
  /** Prepared once: the projector commits after every page it follows, often a page of one append. */
  private commitStatements: {
    readonly insert: Statement;
    readonly insertAssessment: Statement;
    readonly updateAssessment: Statement;
    readonly previous: Statement;
    readonly changeSeq: Statement;
    readonly move: Statement;
    readonly checkpoint: Statement;
    readonly lastSearchId: Statement;
    readonly removeWords: Statement;
    readonly addWords: Statement;
  } | null = null;
  /** An update of a row by the columns it sets (a bit per WRITTEN_COLUMNS entry): a handful of shapes, each compiled once. */
  private readonly updates = new Map<number, Statement>();
  private risksOfStatement: Statement | null = null;
  /** Prepared once: every `portfolio` answer asks for the changes since the last one. */
  private changedSinceStatement: Statement | null = null;
  private recordsAfterStatements: { readonly changeSeq: Statement; readonly page: Statement } | null = null;

  private readonly checkpoints: ReadModelCheckpoints | null;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly db: Database,
    private readonly filename: string,
  ) {
    this.checkpoints = ReadModelCheckpoints.of(db);
  }

  static open(filename: string): SqliteClientSummaryStore {
    const store = new SqliteClientSummaryStore(
      openSqliteDatabase({
        filename,
        describedAs: 'read model',
        // A read model can always be rebuilt from the log: losing its last commits to a power cut is harmless.
        synchronous: 'NORMAL',
        migrations: CLIENT_SUMMARY_MIGRATIONS,
      }),
      filename,
    );
    store.indexUnsearchable();
    return store;
  }

  /** Indexes the names of rows written before search existed; none once done. */
  private indexUnsearchable(): void {
    const unindexed = this.db.prepare('SELECT client_id, name FROM client_summaries WHERE search_id IS NULL').all() as { client_id: string; name: string }[];
    if (unindexed.length === 0) return;
    const setSearch = this.db.prepare('UPDATE client_summaries SET search_name = ?, search_id = ? WHERE client_id = ?');
    this.db
      .transaction(() => {
        const index = this.searchIndexer();
        for (const row of unindexed) {
          const search = index(row.name, null, null);
          setSearch.run(search.searchName, search.searchId, row.client_id);
        }
      })
      .immediate();
  }

  /**
   * Keeps the search index in step with a name about to be written, inside the caller's
   * transaction, given the client's search name and id stored now (null for none): a client keeps
   * its search_id; its words are replaced only when its name changes.
   */
  private searchIndexer(): ((name: string, previousName: string | null, previousId: number | null) => { searchName: string; searchId: number }) & {
    readonly removed: () => boolean;
  } {
    const { lastSearchId, removeWords, addWords } = this.statements();
    let lastId: number | null = null;
    let removed = false;
    const index = (name: string, previousName: string | null, previousId: number | null) => {
      const searchName = searchableName(name);
      if (previousId !== null && previousName === searchName) return { searchName, searchId: previousId };
      if (previousId !== null) {
        removeWords.run(previousId);
        removed = true;
      }
      const searchId = previousId ?? (lastId = (lastId ?? (lastSearchId.get() as number)) + 1);
      addWords.run(searchId, searchName);
      return { searchName, searchId };
    };
    return Object.assign(index, { removed: () => removed });
  }

  /**
   * Rewrites the search index into one segment once a name's words were removed: with
   * secure-delete alone the words were still found in the file's bytes (see the spec), while a
   * merge writes only the words still in use and SQLite's secure_delete zeroes the pages it
   * frees. Names change rarely (an erasure); on 100,000 names a rewrite took 85 ms.
   */
  private purgeRemovedWords(index: { readonly removed: () => boolean }): void {
    if (index.removed()) this.db.exec("INSERT INTO client_search (client_search) VALUES ('optimize')");
  }

  /** A shadow in its own file beside this one (`read-models.rebuilding.sqlite`), migrated as this one is. */
  async createShadow(): Promise<ClientSummaryShadow> {
    const { building, ready } = this.shadowFiles();
    removeSqliteFile(building);
    removeSqliteFile(ready);
    return new SqliteClientSummaryShadow(SqliteClientSummaryStore.open(building), building, this);
  }

  /** The file a rebuild renamed to `read-models.rebuilt.sqlite` once done. */
  async readyShadow(): Promise<ClientSummaryShadow | null> {
    if (!(await this.hasReadyShadow())) return null;
    const { ready } = this.shadowFiles();
    return new SqliteClientSummaryShadow(SqliteClientSummaryStore.open(ready), ready, this);
  }

  async hasReadyShadow(): Promise<boolean> {
    return this.filename !== ':memory:' && existsSync(this.shadowFiles().ready);
  }

  /** The file a shadow is built in, and the name it takes when ready. */
  shadowFiles(): { readonly building: string; readonly ready: string } {
    if (this.filename === ':memory:') throw new Error('A rebuild beside the live read model needs the read model in a file');
    const base = this.filename.replace(/\.sqlite$/, '');
    return { building: `${base}.rebuilding.sqlite`, ready: `${base}.rebuilt.sqlite` };
  }

  /**
   * Replaces every table's rows with those of the shadow file, in one write transaction: readers
   * see the old list until it commits, then the new one. A copy rather than a rename, since SQLite
   * renames no table across files; every table the schema makes is copied (so whatever the
   * migrations add comes along), and the full-text search index, a virtual table, is written
   * afresh from the copied rows' search words.
   * Change numbers move above every live one, so readers of `changedSince` see each record.
   * The copy runs on a connection of its own, a chunk of rows at a time with the event loop free
   * in between, so the process goes on serving (from this connection, the old list) meanwhile.
   */
  async replaceWith(shadowFile: string): Promise<void> {
    // ATTACH would make an empty file of a missing one, and the swap would then copy nothing.
    if (!existsSync(shadowFile)) throw new Error(`No rebuilt read model at ${shadowFile} to swap in`);
    const swap = openSqliteDatabase({ filename: this.filename, describedAs: 'read model', synchronous: 'NORMAL', migrations: CLIENT_SUMMARY_MIGRATIONS });
    try {
      swap.prepare('ATTACH DATABASE ? AS rebuilt').run(shadowFile);
      swap.exec('BEGIN IMMEDIATE');
      try {
        const offset = swap.prepare('SELECT change_seq FROM main.checkpoint WHERE id = 1').pluck().get() as number;
        const tables = swap
          .prepare("SELECT name FROM pragma_table_list() WHERE schema = 'rebuilt' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
          .pluck()
          .all() as string[];
        for (const table of tables) await copyTable(swap, table, offset);
        await reindexSearch(swap);
        swap.exec('COMMIT');
      } catch (error) {
        if (swap.inTransaction) swap.exec('ROLLBACK');
        throw error;
      }
    } finally {
      swap.close();
      this.forgetReads();
    }
  }

  private statements(): NonNullable<SqliteClientSummaryStore['commitStatements']> {
    this.commitStatements ??= {
      insert: this.db.prepare(
        `INSERT INTO client_summaries (client_id, ${WRITTEN_COLUMNS.join(', ')}) VALUES (?, ${WRITTEN_COLUMNS.map(() => '?').join(', ')})`,
      ),
      insertAssessment: this.db.prepare('INSERT INTO client_assessments (client_id, assessment) VALUES (?, ?)'),
      updateAssessment: this.db.prepare('UPDATE client_assessments SET assessment = ? WHERE client_id = ?'),
      previous: this.db.prepare(`SELECT ${COMPARED_COLUMNS.join(', ')} FROM client_summaries WHERE client_id = ?`).raw(),
      changeSeq: this.db.prepare('SELECT change_seq FROM checkpoint WHERE id = 1').pluck(),
      move: this.db.prepare('UPDATE checkpoint SET position = ?, change_seq = ? WHERE id = 1'),
      checkpoint: this.db.prepare('SELECT position FROM checkpoint WHERE id = 1').pluck(),
      lastSearchId: this.db.prepare('SELECT coalesce(max(search_id), 0) FROM client_summaries').pluck(),
      removeWords: this.db.prepare('DELETE FROM client_search WHERE rowid = ?'),
      addWords: this.db.prepare('INSERT INTO client_search (rowid, words) VALUES (?, ?)'),
    };
    return this.commitStatements;
  }

  /** The update setting the columns of `shape` (a bit per WRITTEN_COLUMNS entry), bound in that order, then the client id. */
  private updateOf(shape: number): Statement {
    let update = this.updates.get(shape);
    if (!update) {
      const set = WRITTEN_COLUMNS.filter((_, at) => (shape & (1 << at)) !== 0).map((column) => `${column} = ?`);
      update = this.db.prepare(`UPDATE client_summaries SET ${set.join(', ')} WHERE client_id = ?`);
      this.updates.set(shape, update);
    }
    return update;
  }

  async checkpoint(): Promise<number> {
    return this.statements().checkpoint.get() as number;
  }

  async commit(rows: readonly ClientSummaryRecord[], checkpoint: number): Promise<void> {
    await this.checkpoints?.beforeCommit();
    // Prepared once and bound by position: a rebuild commits a million rows through here.
    const { insert, insertAssessment, updateAssessment, previous: previousOf, changeSeq: currentChangeSeq, move } = this.statements();
    this.db
      .transaction(() => {
        let changeSeq = currentChangeSeq.get() as number;
        const index = this.searchIndexer();
        for (const row of rows) {
          // Read in this transaction: a client twice in the rows finds its first row here.
          const previous = previousOf.get(row.clientId) as unknown[] | undefined;
          const search = index(row.name, (previous?.[SEARCH_NAME_AT] ?? null) as string | null, (previous?.[SEARCH_ID_AT] ?? null) as number | null);
          const values: unknown[] = [
            row.name,
            row.currency,
            row.score,
            row.band,
            row.recommendation,
            JSON.stringify(row.archetypes),
            row.overdueMinor,
            row.contributionMarginMinor,
            row.asOf,
            row.version,
            search.searchName,
            search.searchId,
            row.portfolioEntry,
            ++changeSeq,
          ];
          if (!previous) {
            insert.run(row.clientId, ...values);
            insertAssessment.run(row.clientId, row.assessment);
            continue;
          }
          updateAssessment.run(row.assessment, row.clientId);
          let shape = ALWAYS_WRITTEN;
          for (let at = 0; at < COMPARED_COLUMNS.length; at++) if (values[at] !== previous[at]) shape |= 1 << at;
          this.updateOf(shape).run(...values.filter((_, at) => (shape & (1 << at)) !== 0), row.clientId);
        }
        this.purgeRemovedWords(index);
        move.run(checkpoint, changeSeq);
      })
      .immediate();
    this.forgetReads();
    this.checkpoints?.committed(rows.length);
  }

  async list(filter: ClientSummaryFilter, orderBy: ClientSummaryOrder, first: number, after: ClientSummaryKey | null): Promise<ClientSummaryPage> {
    const conditions: string[] = [];
    const parameters: Record<string, string | number> = {};
    if (filter.band !== undefined) {
      conditions.push('band = @band');
      parameters.band = filter.band;
    }
    if (filter.minBand !== undefined) {
      const bands = bandsAtLeast(filter.minBand);
      conditions.push(`band IN (${bands.map((_, index) => `@minBand${index}`).join(', ')})`);
      bands.forEach((band, index) => (parameters[`minBand${index}`] = band));
    }
    if (filter.recommendation !== undefined) {
      conditions.push('recommendation = @recommendation');
      parameters.recommendation = filter.recommendation;
    }
    if (filter.archetype !== undefined) {
      conditions.push('EXISTS (SELECT 1 FROM json_each(archetypes) WHERE value = @archetype)');
      parameters.archetype = filter.archetype;
    }
    let orderBySql = SQL_ORDER_BY[orderBy];
    let afterSql = sqlAfterKey(orderBy, '@afterValue', '@afterClientId');
    if (filter.search !== undefined) {
      // Every word searched for as a prefix; the words hold letters and digits only, so quoting them keeps FTS5's syntax out.
      conditions.push('search_id IN (SELECT rowid FROM client_search WHERE client_search MATCH @searchMatch)');
      parameters.searchMatch = filter.search.words.map((word) => `"${word}"*`).join(' ');
      parameters.searchPhrase = filter.search.phrase;
      const rank = sqlSearchRank('@searchPhrase');
      orderBySql = `${rank}, ${orderBySql}`;
      afterSql = sqlAfterSearchKey(orderBy, rank, '@afterRank', '@afterValue', '@afterClientId');
    }
    const where = (all: readonly string[]) => (all.length > 0 ? `WHERE ${all.join(' AND ')}` : '');
    const page = after === null ? conditions : [...conditions, afterSql];
    const sql = `SELECT ${LIST_COLUMNS} FROM client_summaries ${where(page)} ORDER BY ${orderBySql} LIMIT @limit`;
    const pageParameters = {
      ...parameters,
      ...(after && { afterValue: after.value, afterClientId: after.clientId }),
      ...(after && filter.search && { afterRank: after.rank ?? 0 }),
      limit: first + 1,
    };
    this.followOtherConnections();
    const pageKey = `${sql} ${JSON.stringify(pageParameters)}`;
    const known = this.pages.get(pageKey);
    if (known) return known;
    const rows = this.readStatement(sql).raw(true).all(pageParameters) as ListValues[];
    const read = { rows: rows.slice(0, first).map(toSummaryOfValues), hasNextPage: rows.length > first, totalCount: this.count(where(conditions), parameters) };
    if (first > LARGEST_PAGE_KEPT) return read;
    if (this.pages.size >= PAGES_KEPT) this.pages.delete(this.pages.keys().next().value as string);
    this.pages.set(pageKey, read);
    return read;
  }

  /** Forgets the counts and pages read once another connection (another process) committed: `PRAGMA data_version` moved. */
  private followOtherConnections(): void {
    const dataVersion = this.readStatement('PRAGMA data_version').pluck().get() as number;
    if (dataVersion === this.readDataVersion) return;
    this.forgetReads();
    this.readDataVersion = dataVersion;
  }

  private forgetReads(): void {
    this.counts.clear();
    this.pages.clear();
  }

  private count(where: string, parameters: Record<string, string | number>): number {
    const key = `${where} ${JSON.stringify(parameters)}`;
    let count = this.counts.get(key);
    if (count === undefined) {
      count = this.readStatement(`SELECT count(*) FROM client_summaries ${where}`).pluck().get(parameters) as number;
      this.counts.set(key, count);
    }
    return count;
  }

  private readStatement(sql: string): Statement {
    let statement = this.readStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.readStatements.set(sql, statement);
    }
    return statement;
  }

  async find(clientIds: readonly string[]): Promise<ClientSummaryRecord[]> {
    if (clientIds.length === 0) return [];
    // Compiled once: client(id) reads its row here on every request.
    const rows = this.readStatement(
      `SELECT ${LIST_COLUMNS}, portfolio_entry, change_seq, assessment FROM client_summaries JOIN client_assessments USING (client_id)
       WHERE client_id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(clientIds)) as RecordRow[];
    return rows.map(toRecord);
  }

  async risksOf(clientIds: readonly string[]): Promise<ClientSummaryRisk[]> {
    if (clientIds.length === 0) return [];
    // The key columns only: the row's portfolio entry is not read.
    this.risksOfStatement ??= this.db.prepare('SELECT client_id, score, band FROM client_summaries WHERE client_id IN (SELECT value FROM json_each(?))');
    const rows = this.risksOfStatement.all(JSON.stringify(clientIds)) as { client_id: string; score: number; band: string }[];
    // Columns written from the typed summary by commit().
    return rows.map((row) => ({ clientId: row.client_id, score: row.score, band: row.band as RiskBand }));
  }

  async changedSince(after: number, first: number): Promise<ClientSummaryChanges> {
    this.changedSinceStatement ??= this.db.prepare(
      `SELECT ${LIST_COLUMNS}, portfolio_entry, change_seq FROM client_summaries WHERE change_seq > ? ORDER BY change_seq LIMIT ?`,
    );
    const rows = this.changedSinceStatement.all(after, first) as Omit<RecordRow, 'assessment'>[];
    return { records: rows.map(toChange), sequence: rows.length === 0 ? after : rows[rows.length - 1].change_seq };
  }

  async recordsAfter(after: string, first: number): Promise<ClientSummaryChanges> {
    this.recordsAfterStatements ??= {
      changeSeq: this.db.prepare('SELECT change_seq FROM checkpoint WHERE id = 1').pluck(),
      // By the primary key: reading 100,000 records through the change_seq index looked each row up again, three times the CPU.
      page: this.db.prepare(`SELECT ${LIST_COLUMNS}, portfolio_entry, change_seq FROM client_summaries WHERE client_id > ? ORDER BY client_id LIMIT ?`),
    };
    const sequence = this.recordsAfterStatements.changeSeq.get() as number;
    const rows = this.recordsAfterStatements.page.all(after, first) as Omit<RecordRow, 'assessment'>[];
    return { records: rows.map(toChange), sequence };
  }

  async staleBefore(day: LocalDate, first: number, after = ''): Promise<string[]> {
    return this.db
      .prepare('SELECT client_id FROM client_summaries WHERE as_of < ? AND client_id > ? ORDER BY client_id LIMIT ?')
      .pluck()
      .all(day, after, first) as string[];
  }

  async reset(): Promise<void> {
    this.db
      .transaction(() => {
        this.db.exec(
          "DELETE FROM client_summaries; DELETE FROM client_assessments; INSERT INTO client_search (client_search) VALUES ('delete-all'); UPDATE checkpoint SET position = 0 WHERE id = 1;",
        );
      })
      .immediate();
    this.forgetReads();
  }

  async close(): Promise<void> {
    this.closing ??= (async () => {
      // The checkpointing thread's connection first: the last one to close folds the WAL into the file.
      await this.checkpoints?.close();
      if (this.db.open) this.db.close();
    })();
    await this.closing;
  }
}

const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Rows deleted or copied between two turns of the event loop while a rebuilt list is swapped in. */
const SWAP_CHUNK = 500;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Within the swap's transaction: `main.<table>` gets the rows of `rebuilt.<table>`, by chunks of its key, change numbers moved up by `offset`. */
async function copyTable(swap: Database, table: string, offset: number): Promise<void> {
  const columns = swap.prepare("SELECT name, pk FROM pragma_table_info(?, 'rebuilt')").all(table) as { name: string; pk: number }[];
  const keyColumns = columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
  const key = keyColumns.length > 0 ? keyColumns.map((column) => quoteIdentifier(column.name)).join(', ') : 'rowid';
  // A table without a declared key is copied with its rowids, which then page the copy.
  const rowid = keyColumns.length > 0 ? [] : ['rowid'];
  const names = [...rowid, ...columns.map((column) => quoteIdentifier(column.name))].join(', ');
  const values = [...rowid, ...columns.map((column) => (column.name === 'change_seq' ? '"change_seq" + ?' : quoteIdentifier(column.name)))].join(', ');
  const target = `main.${quoteIdentifier(table)}`;
  const source = `rebuilt.${quoteIdentifier(table)}`;
  const deleteChunk = swap.prepare(`DELETE FROM ${target} WHERE (${key}) IN (SELECT ${key} FROM ${target} LIMIT ${SWAP_CHUNK})`);
  while (deleteChunk.run().changes > 0) await nextTurn();
  const offsets = columns.some((column) => column.name === 'change_seq') ? [offset] : [];
  const keyCount = Math.max(keyColumns.length, 1);
  const placeholders = Array.from({ length: keyCount }, () => '?').join(', ');
  const firstChunk = swap.prepare(`INSERT INTO ${target} (${names}) SELECT ${values} FROM ${source} ORDER BY ${key} LIMIT ${SWAP_CHUNK}`);
  const nextChunk = swap.prepare(
    `INSERT INTO ${target} (${names}) SELECT ${values} FROM ${source} WHERE (${key}) > (${placeholders}) ORDER BY ${key} LIMIT ${SWAP_CHUNK}`,
  );
  const lastKey = swap.prepare(`SELECT ${key} FROM ${target} ORDER BY ${key} DESC LIMIT 1`).raw();
  let copied = firstChunk.run(...offsets).changes;
  while (copied === SWAP_CHUNK) {
    await nextTurn();
    copied = nextChunk.run(...offsets, ...(lastKey.get() as unknown[])).changes;
  }
}

/**
 * Within the swap's transaction: the search index holds the copied rows' words under their
 * search_id, and nothing else (the old list's words go, and secure_delete zeroes their pages).
 */
async function reindexSearch(swap: Database): Promise<void> {
  swap.exec("INSERT INTO main.client_search (client_search) VALUES ('delete-all')");
  const chunk = swap.prepare(
    `INSERT INTO main.client_search (rowid, words)
     SELECT search_id, search_name FROM main.client_summaries WHERE search_id > ? ORDER BY search_id LIMIT ${SWAP_CHUNK}`,
  );
  const lastOfChunk = swap.prepare(
    `SELECT max(search_id) FROM (SELECT search_id FROM main.client_summaries WHERE search_id > ? ORDER BY search_id LIMIT ${SWAP_CHUNK})`,
  );
  for (let after = 0; ;) {
    const last = lastOfChunk.pluck().get(after) as number | null;
    if (last === null) break;
    chunk.run(after);
    after = last;
    await nextTurn();
  }
  swap.exec("INSERT INTO main.client_search (client_search) VALUES ('optimize')");
}

function removeSqliteFile(filename: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${filename}${suffix}`, { force: true });
}

/** A shadow list in its own file, written through a store of its own, copied into the live file on swap. */
class SqliteClientSummaryShadow extends DelegatingClientSummaryShadow {
  constructor(
    rows: SqliteClientSummaryStore,
    private readonly filename: string,
    private readonly live: SqliteClientSummaryStore,
  ) {
    super(rows);
  }

  async markReady(): Promise<void> {
    // Closing the last connection folds the WAL into the file, so the file alone holds the list and can be renamed.
    await this.rows.close();
    renameSync(this.filename, this.live.shadowFiles().ready);
  }

  async swapIn(): Promise<void> {
    await this.rows.close();
    await this.live.replaceWith(this.filename);
    removeSqliteFile(this.filename);
  }

  async discard(): Promise<void> {
    await this.rows.close();
    removeSqliteFile(this.filename);
  }
}
