import { SQL_RISK_RANK } from './client-summary.order';

/** The list's columns but the key (band and client id). */
export const LIST_COLUMNS_AFTER_ID = 'name, currency, score, recommendation, archetypes, overdue_minor, margin_minor, as_of, version';

/** The client list's SQLite file: each entry moves it from version `index` to `index + 1` (see openSqliteDatabase). */
export const CLIENT_SUMMARY_MIGRATIONS: readonly string[] = [
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
  `, // A band's riskiest first: the band filter and the riskiest-first order from one index, instead
  // of every row of the band read and sorted for each page (a red list of 100,000 clients took 0.3 s).
  `CREATE INDEX client_summaries_by_band_risk ON client_summaries (band, ${SQL_RISK_RANK} DESC, client_id);`,
  // The same order holding the list's columns too, so a band's page is read from the index alone. A row of the table carries
  // the records' JSON (kilobytes, on overflow pages), and the table is keyed by client id (WITHOUT ROWID): looking each
  // row of a page up there cost more than everything else of a list request (51 lookups, 0.45 ms of a red page's 0.65 ms).
  `
  DROP INDEX client_summaries_by_band_risk;
  CREATE INDEX client_summaries_by_band_risk ON client_summaries (band, ${SQL_RISK_RANK} DESC, client_id, ${LIST_COLUMNS_AFTER_ID});
  `,
  // The assessment (8.6 KB of JSON on average, up to 23 KB) in a table of its own, which client(id) alone reads: in the list's
  // row, each of the row's updates and key lookups in a WITHOUT ROWID table read or rewrote the whole record. The list's rows,
  // 1.4 KB with the portfolio entry, go to a rowid table: WITHOUT ROWID keeps at most 1,004 bytes of a row on its page (a rowid
  // table 4,061), so there each row would still have an overflow page. The SQLite work of an append (2,000 clients) went from
  // 0.23 ms to 0.14 ms so (0.19 ms with the list left WITHOUT ROWID), a client(id) read from 44 to 18 us, 1,000 changed records
  // from 30 to 4.7 ms; the assessments keyed by an integer rather than the client id measured no better.
  `
  CREATE TABLE client_assessments (
    client_id  TEXT PRIMARY KEY,
    assessment TEXT NOT NULL
  );
  INSERT INTO client_assessments (client_id, assessment) SELECT client_id, assessment FROM client_summaries ORDER BY client_id;
  CREATE TABLE client_summaries_split (
    client_id       TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    currency        TEXT NOT NULL,
    score           REAL NOT NULL,
    band            TEXT NOT NULL,
    recommendation  TEXT NOT NULL,
    archetypes      TEXT NOT NULL,
    overdue_minor   INTEGER NOT NULL,
    margin_minor    INTEGER NOT NULL,
    as_of           TEXT NOT NULL,
    version         INTEGER NOT NULL,
    portfolio_entry TEXT NOT NULL,
    change_seq      INTEGER NOT NULL,
    search_name     TEXT,
    search_id       INTEGER
  );
  INSERT INTO client_summaries_split
  SELECT client_id, name, currency, score, band, recommendation, archetypes, overdue_minor, margin_minor, as_of, version, portfolio_entry, change_seq,
    search_name, search_id
  FROM client_summaries ORDER BY client_id;
  DROP TABLE client_summaries;
  ALTER TABLE client_summaries_split RENAME TO client_summaries;
  CREATE INDEX client_summaries_by_score ON client_summaries (score DESC, client_id);
  CREATE INDEX client_summaries_by_band_score ON client_summaries (band, score DESC, client_id);
  CREATE INDEX client_summaries_by_overdue ON client_summaries (overdue_minor DESC, client_id);
  CREATE INDEX client_summaries_by_margin ON client_summaries (margin_minor, client_id);
  CREATE INDEX client_summaries_by_risk ON client_summaries (${SQL_RISK_RANK} DESC, client_id);
  CREATE INDEX client_summaries_by_as_of ON client_summaries (as_of, client_id);
  CREATE INDEX client_summaries_by_change ON client_summaries (change_seq);
  CREATE UNIQUE INDEX client_summaries_by_search_id ON client_summaries (search_id);
  CREATE INDEX client_summaries_by_band_risk ON client_summaries (band, ${SQL_RISK_RANK} DESC, client_id, ${LIST_COLUMNS_AFTER_ID});
  `,
];
