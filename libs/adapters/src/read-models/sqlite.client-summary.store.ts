import type { Database } from 'better-sqlite3';
import { openSqliteDatabase } from '../sqlite';
import { bandsAtLeast, SQL_ORDER_BY, SQL_RISK_RANK, sqlAfterKey, sqlAfterSearchKey, sqlSearchRank } from './client-summary.order';
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
  ClientSummaryStore,
} from '@client-lifecycle/ports';
import { searchableName } from '@client-lifecycle/ports';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE client_summaries (
    client_id      TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    currency       TEXT NOT NULL,
    score          REAL NOT NULL,
    band           TEXT NOT NULL,
    recommendation TEXT NOT NULL,
    archetypes     TEXT NOT NULL,
    overdue_minor  INTEGER NOT NULL,
    margin_minor   INTEGER NOT NULL,
    as_of          TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX client_summaries_by_score ON client_summaries (score DESC, client_id);
  CREATE INDEX client_summaries_by_band_score ON client_summaries (band, score DESC, client_id);
  CREATE INDEX client_summaries_by_overdue ON client_summaries (overdue_minor DESC, client_id);
  CREATE INDEX client_summaries_by_margin ON client_summaries (margin_minor, client_id);
  CREATE TABLE checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL);
  INSERT INTO checkpoint (id, position) VALUES (1, 0);
  `,
  // Riskiest first: let-go before red whatever the scores.
  `CREATE INDEX client_summaries_by_risk ON client_summaries (${SQL_RISK_RANK} DESC, client_id);`,
  // Assessments kept ready: a row written before this migration is judged as of an earlier day,
  // so the projector's daily re-assessment fills these in when it next starts.
  `
  ALTER TABLE client_summaries ADD COLUMN version INTEGER NOT NULL DEFAULT -1;
  ALTER TABLE client_summaries ADD COLUMN assessment TEXT NOT NULL DEFAULT '';
  ALTER TABLE client_summaries ADD COLUMN portfolio_entry TEXT NOT NULL DEFAULT '';
  ALTER TABLE client_summaries ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE checkpoint ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX client_summaries_by_as_of ON client_summaries (as_of, client_id);
  CREATE INDEX client_summaries_by_change ON client_summaries (change_seq);
  `,
  // Search by name: an FTS5 index of each name's folded words (see searchableName), keyed by
  // search_id. Contentless, so the words are not stored a second time; with secure-delete, and
  // rewritten once a name's words are removed (see purgeRemovedWords), so a forgotten client's
  // name leaves no word in the file. Rows written before this migration have no search_id and
  // are indexed when the store opens.
  `
  ALTER TABLE client_summaries ADD COLUMN search_name TEXT;
  ALTER TABLE client_summaries ADD COLUMN search_id INTEGER;
  CREATE UNIQUE INDEX client_summaries_by_search_id ON client_summaries (search_id);
  CREATE VIRTUAL TABLE client_search USING fts5 (words, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
  INSERT INTO client_search (client_search, rank) VALUES ('secure-delete', 1);
  `,
];

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

/** The list's columns: the records' JSON stays on disk when a page is read. */
const LIST_COLUMNS = 'client_id, name, currency, score, band, recommendation, archetypes, overdue_minor, margin_minor, as_of, version';

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
  private countsDataVersion = -1;

  private constructor(private readonly db: Database) {}

  static open(filename: string): SqliteClientSummaryStore {
    const store = new SqliteClientSummaryStore(
      openSqliteDatabase({
        filename,
        describedAs: 'read model',
        // A read model can always be rebuilt from the log: losing its last commits to a power cut is harmless.
        synchronous: 'NORMAL',
        migrations: MIGRATIONS,
      }),
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
          const search = index(row.client_id, row.name);
          setSearch.run(search.searchName, search.searchId, row.client_id);
        }
      })
      .immediate();
  }

  /**
   * Keeps the search index in step with a name about to be written, inside the caller's
   * transaction: a client keeps its search_id; its words are replaced only when its name changes.
   */
  private searchIndexer(): ((clientId: string, name: string) => { searchName: string; searchId: number }) & { readonly removed: () => boolean } {
    const previousOf = this.db.prepare('SELECT search_name, search_id FROM client_summaries WHERE client_id = ?');
    const remove = this.db.prepare('DELETE FROM client_search WHERE rowid = ?');
    const add = this.db.prepare('INSERT INTO client_search (rowid, words) VALUES (?, ?)');
    let lastId = this.db.prepare('SELECT coalesce(max(search_id), 0) FROM client_summaries').pluck().get() as number;
    let removed = false;
    const index = (clientId: string, name: string) => {
      const searchName = searchableName(name);
      const previous = previousOf.get(clientId) as { search_name: string | null; search_id: number | null } | undefined;
      const previousId = previous?.search_id ?? null;
      if (previousId !== null && previous?.search_name === searchName) return { searchName, searchId: previousId };
      if (previousId !== null) {
        remove.run(previousId);
        removed = true;
      }
      const searchId = previousId ?? ++lastId;
      add.run(searchId, searchName);
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

  async checkpoint(): Promise<number> {
    return this.db.prepare('SELECT position FROM checkpoint WHERE id = 1').pluck().get() as number;
  }

  async commit(rows: readonly ClientSummaryRecord[], checkpoint: number): Promise<void> {
    const upsert = this.db.prepare(
      `INSERT INTO client_summaries (client_id, name, currency, score, band, recommendation, archetypes, overdue_minor, margin_minor, as_of, version, assessment,
         portfolio_entry, change_seq, search_name, search_id)
       VALUES (@clientId, @name, @currency, @score, @band, @recommendation, @archetypes, @overdueMinor, @contributionMarginMinor, @asOf, @version, @assessment,
         @portfolioEntry, @changeSeq, @searchName, @searchId)
       ON CONFLICT (client_id) DO UPDATE SET name = excluded.name, currency = excluded.currency, score = excluded.score, band = excluded.band,
         recommendation = excluded.recommendation, archetypes = excluded.archetypes, overdue_minor = excluded.overdue_minor,
         margin_minor = excluded.margin_minor, as_of = excluded.as_of, version = excluded.version, assessment = excluded.assessment,
         portfolio_entry = excluded.portfolio_entry, change_seq = excluded.change_seq, search_name = excluded.search_name, search_id = excluded.search_id`,
    );
    const move = this.db.prepare('UPDATE checkpoint SET position = ?, change_seq = ? WHERE id = 1');
    this.db
      .transaction(() => {
        let changeSeq = this.db.prepare('SELECT change_seq FROM checkpoint WHERE id = 1').pluck().get() as number;
        const index = this.searchIndexer();
        for (const row of rows) upsert.run({ ...row, archetypes: JSON.stringify(row.archetypes), changeSeq: ++changeSeq, ...index(row.clientId, row.name) });
        this.purgeRemovedWords(index);
        move.run(checkpoint, changeSeq);
      })
      .immediate();
    this.counts.clear();
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
    const rows = this.db.prepare(`SELECT ${LIST_COLUMNS} FROM client_summaries ${where(page)} ORDER BY ${orderBySql} LIMIT @limit`).all({
      ...parameters,
      ...(after && { afterValue: after.value, afterClientId: after.clientId }),
      ...(after && filter.search && { afterRank: after.rank ?? 0 }),
      limit: first + 1,
    }) as Row[];
    return { rows: rows.slice(0, first).map(toSummary), hasNextPage: rows.length > first, totalCount: this.count(where(conditions), parameters) };
  }

  private count(where: string, parameters: Record<string, string | number>): number {
    const dataVersion = this.db.pragma('data_version', { simple: true }) as number;
    if (dataVersion !== this.countsDataVersion) {
      this.counts.clear();
      this.countsDataVersion = dataVersion;
    }
    const key = `${where} ${JSON.stringify(parameters)}`;
    let count = this.counts.get(key);
    if (count === undefined) {
      count = this.db.prepare(`SELECT count(*) FROM client_summaries ${where}`).pluck().get(parameters) as number;
      this.counts.set(key, count);
    }
    return count;
  }

  async find(clientIds: readonly string[]): Promise<ClientSummaryRecord[]> {
    if (clientIds.length === 0) return [];
    const rows = this.db
      .prepare('SELECT * FROM client_summaries WHERE client_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(clientIds)) as RecordRow[];
    return rows.map(toRecord);
  }

  async changedSince(after: number, first: number): Promise<ClientSummaryChanges> {
    const rows = this.db
      .prepare(`SELECT ${LIST_COLUMNS}, portfolio_entry, change_seq FROM client_summaries WHERE change_seq > ? ORDER BY change_seq LIMIT ?`)
      .all(after, first) as Omit<RecordRow, 'assessment'>[];
    return { records: rows.map(toChange), sequence: rows.length === 0 ? after : rows[rows.length - 1].change_seq };
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
          "DELETE FROM client_summaries; INSERT INTO client_search (client_search) VALUES ('delete-all'); UPDATE checkpoint SET position = 0 WHERE id = 1;",
        );
      })
      .immediate();
    this.counts.clear();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
