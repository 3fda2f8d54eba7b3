import type { Pool } from 'pg';
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
import { createPostgresPool, inTransaction, migratePostgres, quotePostgresIdentifier as quote } from '../postgres';
import { searchableName } from '@client-lifecycle/ports';
import { bandsAtLeast, SQL_ORDER_BY, SQL_RISK_RANK, sqlAfterKey, sqlAfterSearchKey, sqlSearchRank } from './client-summary.order';
import { DelegatingClientSummaryShadow } from './client-summary.shadow';

// client_id is "C"-collated so ties break byte-wise, as the other adapters order them.
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE client_summaries (
    client_id      text COLLATE "C" PRIMARY KEY,
    name           text NOT NULL,
    currency       text NOT NULL,
    score          double precision NOT NULL,
    band           text NOT NULL,
    recommendation text NOT NULL,
    archetypes     text[] NOT NULL,
    overdue_minor  bigint NOT NULL,
    margin_minor   bigint NOT NULL,
    as_of          text NOT NULL
  );
  CREATE INDEX client_summaries_by_score ON client_summaries (score DESC, client_id);
  CREATE INDEX client_summaries_by_band_score ON client_summaries (band, score DESC, client_id);
  CREATE INDEX client_summaries_by_overdue ON client_summaries (overdue_minor DESC, client_id);
  CREATE INDEX client_summaries_by_margin ON client_summaries (margin_minor, client_id);
  CREATE TABLE client_summaries_checkpoint (id integer PRIMARY KEY CHECK (id = 1), position bigint NOT NULL);
  INSERT INTO client_summaries_checkpoint (id, position) VALUES (1, 0);
  `,
  // Riskiest first: let-go before red whatever the scores.
  `CREATE INDEX client_summaries_by_risk ON client_summaries (${SQL_RISK_RANK} DESC, client_id);`,
  // Assessments kept ready: a row written before this migration is judged as of an earlier day,
  // so the projector's daily re-assessment fills these in when it next starts.
  `
  ALTER TABLE client_summaries ADD COLUMN version integer NOT NULL DEFAULT -1;
  ALTER TABLE client_summaries ADD COLUMN assessment text NOT NULL DEFAULT '';
  ALTER TABLE client_summaries ADD COLUMN portfolio_entry text NOT NULL DEFAULT '';
  ALTER TABLE client_summaries ADD COLUMN change_seq bigint NOT NULL DEFAULT 0;
  ALTER TABLE client_summaries_checkpoint ADD COLUMN change_seq bigint NOT NULL DEFAULT 0;
  CREATE INDEX client_summaries_by_as_of ON client_summaries (as_of, client_id);
  CREATE INDEX client_summaries_by_change ON client_summaries (change_seq);
  `,
  // Search by name: each name's folded words (see searchableName) under a trigram index, which
  // serves the word-prefix LIKE patterns of a search. pg_trgm is a trusted extension: the database
  // owner may create it; it goes in public, or stays wherever an administrator already put it.
  // Rows written before this migration have no search_name and are indexed when the store opens.
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
  ALTER TABLE client_summaries ADD COLUMN search_name text;
  DO $$ BEGIN
    EXECUTE format('CREATE INDEX client_summaries_by_search ON client_summaries USING gin (search_name %I.gin_trgm_ops)',
      (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'));
  END $$;
  `, // A band's riskiest first: the band filter and the riskiest-first order from one index, instead
  // of every row of the band read and sorted for each page (a red list of 100,000 clients took 0.3 s).
  `CREATE INDEX client_summaries_by_band_risk ON client_summaries (band, ${SQL_RISK_RANK} DESC, client_id);`,
  // The assessment (8.6 KB of JSON on average) in a table of its own, which client(id) alone reads, as in the SQLite file: the
  // list's row, updated on every append, no longer carries it. Dropping the column frees nothing at once: each row's old
  // value goes as the row is next written and vacuumed.
  `
  CREATE TABLE client_assessments (
    client_id  text COLLATE "C" PRIMARY KEY,
    assessment text NOT NULL
  );
  INSERT INTO client_assessments (client_id, assessment) SELECT client_id, assessment FROM client_summaries;
  ALTER TABLE client_summaries DROP COLUMN assessment;
  `,
];

const UPSERT = `
  INSERT INTO client_summaries (client_id, name, currency, score, band, recommendation, archetypes, overdue_minor, margin_minor, as_of, version,
    portfolio_entry, change_seq, search_name)
  SELECT client_id, name, currency, score, band, recommendation, ARRAY(SELECT json_array_elements_text(archetypes)), overdue_minor, margin_minor, as_of,
    version, portfolio_entry, $13::bigint + r.ordinality, search_name
  FROM unnest($1::text[], $2::text[], $3::text[], $4::double precision[], $5::text[], $6::text[], $7::json[], $8::bigint[], $9::bigint[], $10::text[],
    $11::integer[], $12::text[], $14::text[]) WITH ORDINALITY
    AS r (client_id, name, currency, score, band, recommendation, archetypes, overdue_minor, margin_minor, as_of, version, portfolio_entry,
      search_name, ordinality)
  ON CONFLICT (client_id) DO UPDATE SET name = excluded.name, currency = excluded.currency, score = excluded.score, band = excluded.band,
    recommendation = excluded.recommendation, archetypes = excluded.archetypes, overdue_minor = excluded.overdue_minor,
    margin_minor = excluded.margin_minor, as_of = excluded.as_of, version = excluded.version,
    portfolio_entry = excluded.portfolio_entry, change_seq = excluded.change_seq, search_name = excluded.search_name`;

const UPSERT_ASSESSMENTS = `
  INSERT INTO client_assessments (client_id, assessment) SELECT * FROM unnest($1::text[], $2::text[])
  ON CONFLICT (client_id) DO UPDATE SET assessment = excluded.assessment`;

interface Row {
  client_id: string;
  name: string;
  currency: string;
  score: number;
  band: string;
  recommendation: string;
  archetypes: string[];
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
  archetypes: row.archetypes as Archetype[],
  overdueMinor: row.overdue_minor,
  contributionMarginMinor: row.margin_minor,
  asOf: row.as_of,
  version: row.version,
});

const toRecord = (row: RecordRow): ClientSummaryRecord => ({ ...toSummary(row), assessment: row.assessment, portfolioEntry: row.portfolio_entry });

const toChange = (row: Omit<RecordRow, 'assessment'>): ClientSummaryChange => ({ ...toSummary(row), portfolioEntry: row.portfolio_entry });

/** Indexes the names of rows written before search existed; none once done. */
async function indexUnsearchable(pool: Pool): Promise<void> {
  const { rows } = await pool.query<{ client_id: string; name: string }>('SELECT client_id, name FROM client_summaries WHERE search_name IS NULL');
  if (rows.length === 0) return;
  await pool.query(
    'UPDATE client_summaries s SET search_name = r.search_name FROM unnest($1::text[], $2::text[]) AS r (client_id, search_name) WHERE s.client_id = r.client_id',
    [rows.map((row) => row.client_id), rows.map((row) => searchableName(row.name))],
  );
}

/** The portfolio list in PostgreSQL, so several API processes serve the one list a projector writes. */
export class PostgresClientSummaryStore implements ClientSummaryStore {
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly pool: Pool,
    private readonly connectionString: string,
  ) {}

  /**
   * The tables go in the connection's current schema, as the event store's do; with
   * `searchPath`, in the first schema of it.
   */
  static async open(connectionString: string, poolSize = 4, searchPath?: readonly string[]): Promise<PostgresClientSummaryStore> {
    const pool = createPostgresPool({ connectionString, max: poolSize, searchPath });
    try {
      await migratePostgres(pool, { component: 'client_summaries', describedAs: 'read model', migrations: MIGRATIONS });
      await indexUnsearchable(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresClientSummaryStore(pool, connectionString);
  }

  /** A shadow in a schema of its own beside the live one (`<schema>__rebuilding`), migrated as the live one is. */
  async createShadow(): Promise<ClientSummaryShadow> {
    const { live, building, ready } = await this.shadowSchemas();
    await this.pool.query(`DROP SCHEMA IF EXISTS ${quote(building)} CASCADE; DROP SCHEMA IF EXISTS ${quote(ready)} CASCADE; CREATE SCHEMA ${quote(building)}`);
    return new PostgresClientSummaryShadow(await this.openIn(building, live), building, this);
  }

  /** The schema a rebuild renamed to `<schema>__rebuilt` once done. */
  async readyShadow(): Promise<ClientSummaryShadow | null> {
    const { live, ready } = await this.shadowSchemas();
    return (await this.hasReadyShadow()) ? new PostgresClientSummaryShadow(await this.openIn(ready, live), ready, this) : null;
  }

  async hasReadyShadow(): Promise<boolean> {
    const { ready } = await this.shadowSchemas();
    const { rows } = await this.pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [ready]);
    return rows.length > 0;
  }

  async shadowSchemas(): Promise<{ readonly live: string; readonly building: string; readonly ready: string }> {
    const { rows } = await this.pool.query<{ schema: string }>('SELECT current_schema() AS schema');
    const live = rows[0].schema;
    return { live, building: `${live}__rebuilding`, ready: `${live}__rebuilt` };
  }

  /** The live schema comes second in the shadow's search path, so whatever the migrations use from it (an extension's operators) resolves. */
  private openIn(schema: string, live: string): Promise<PostgresClientSummaryStore> {
    return PostgresClientSummaryStore.open(this.connectionString, 2, [schema, live, 'public']);
  }

  /**
   * Moves the live tables out and the shadow's tables in, in one transaction: every table of the
   * shadow schema but its `schema_version` (so whatever the migrations add comes along, with its
   * indexes), then drops both. Readers wait for the transaction and then read the new tables.
   * Change numbers move above every live one, so readers of `changedSince` see each record.
   */
  async replaceWith(shadowSchema: string): Promise<void> {
    const { live } = await this.shadowSchemas();
    const retired = `${live}__retired`;
    await inTransaction(this.pool, async (query) => {
      const [{ change_seq: offset }] = await query<{ change_seq: number }>('SELECT change_seq FROM client_summaries_checkpoint WHERE id = 1 FOR UPDATE');
      const tables = await query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name <> 'schema_version'",
        [shadowSchema],
      );
      const numbered = await query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'change_seq'",
        [shadowSchema],
      );
      for (const { table_name: table } of numbered) await query(`UPDATE ${quote(shadowSchema)}.${quote(table)} SET change_seq = change_seq + $1`, [offset]);
      await query(`DROP SCHEMA IF EXISTS ${quote(retired)} CASCADE; CREATE SCHEMA ${quote(retired)}`);
      for (const { table_name: table } of tables) {
        await query(`ALTER TABLE IF EXISTS ${quote(live)}.${quote(table)} SET SCHEMA ${quote(retired)}`);
        await query(`ALTER TABLE ${quote(shadowSchema)}.${quote(table)} SET SCHEMA ${quote(live)}`);
      }
      await query(`DROP SCHEMA ${quote(retired)} CASCADE; DROP SCHEMA ${quote(shadowSchema)} CASCADE`);
    });
  }

  /** Hands a shadow over for swapping in. */
  async markShadowReady(building: string): Promise<void> {
    const { ready } = await this.shadowSchemas();
    await this.pool.query(`ALTER SCHEMA ${quote(building)} RENAME TO ${quote(ready)}`);
  }

  async dropShadow(schema: string): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${quote(schema)} CASCADE`);
  }

  async checkpoint(): Promise<number> {
    const { rows } = await this.pool.query<{ position: number }>('SELECT position FROM client_summaries_checkpoint WHERE id = 1');
    return rows[0].position;
  }

  async commit(rows: readonly ClientSummaryRecord[], checkpoint: number): Promise<void> {
    // One row per client, the last one given, as writing them in turn would leave it; a single
    // upsert may not touch a row twice.
    const latest = [...new Map(rows.map((row) => [row.clientId, row])).values()];
    await inTransaction(this.pool, async (query) => {
      // Locks the checkpoint row, so commits number their records one after another.
      const [{ change_seq: changeSeq }] = await query<{ change_seq: number }>('SELECT change_seq FROM client_summaries_checkpoint WHERE id = 1 FOR UPDATE');
      if (latest.length > 0) {
        await query(UPSERT, [
          latest.map((row) => row.clientId),
          latest.map((row) => row.name),
          latest.map((row) => row.currency),
          latest.map((row) => row.score),
          latest.map((row) => row.band),
          latest.map((row) => row.recommendation),
          latest.map((row) => JSON.stringify(row.archetypes)),
          latest.map((row) => row.overdueMinor),
          latest.map((row) => row.contributionMarginMinor),
          latest.map((row) => row.asOf),
          latest.map((row) => row.version),
          latest.map((row) => row.portfolioEntry),
          changeSeq,
          latest.map((row) => searchableName(row.name)),
        ]);
        await query(UPSERT_ASSESSMENTS, [latest.map((row) => row.clientId), latest.map((row) => row.assessment)]);
      }
      await query('UPDATE client_summaries_checkpoint SET position = $1, change_seq = $2 WHERE id = 1', [checkpoint, changeSeq + latest.length]);
    });
  }

  async list(filter: ClientSummaryFilter, orderBy: ClientSummaryOrder, first: number, after: ClientSummaryKey | null): Promise<ClientSummaryPage> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const condition = (sql: (parameter: string) => string, value: unknown) => {
      values.push(value);
      conditions.push(sql(`$${values.length}`));
    };
    if (filter.band !== undefined) condition((parameter) => `band = ${parameter}`, filter.band);
    if (filter.minBand !== undefined) condition((parameter) => `band = ANY (${parameter})`, bandsAtLeast(filter.minBand));
    if (filter.recommendation !== undefined) condition((parameter) => `recommendation = ${parameter}`, filter.recommendation);
    if (filter.archetype !== undefined) condition((parameter) => `${parameter} = ANY (archetypes)`, filter.archetype);
    // Each word searched for starts a word of the name: search_name puts a space before every word, and words hold only letters and digits.
    for (const word of filter.search?.words ?? []) condition((parameter) => `search_name LIKE ${parameter}`, `% ${word}%`);
    const where = (all: readonly string[]) => (all.length > 0 ? `WHERE ${all.join(' AND ')}` : '');
    const filtered = [...conditions];
    const pageValues = [...values];
    let orderBySql = SQL_ORDER_BY[orderBy];
    let rankSql: string | null = null;
    if (filter.search !== undefined) {
      pageValues.push(filter.search.phrase);
      rankSql = sqlSearchRank(`$${pageValues.length}::text`);
      orderBySql = `${rankSql}, ${orderBySql}`;
    }
    if (after !== null && rankSql !== null) {
      pageValues.push(after.rank ?? 0, after.value, after.clientId);
      const [rank, value, clientId] = [pageValues.length - 2, pageValues.length - 1, pageValues.length].map((index) => `$${index}`);
      conditions.push(sqlAfterSearchKey(orderBy, rankSql, rank, value, clientId));
    } else if (after !== null) {
      pageValues.push(after.value, after.clientId);
      conditions.push(sqlAfterKey(orderBy, `$${pageValues.length - 1}`, `$${pageValues.length}`));
    }
    // Both in one snapshot, so the count always agrees with the page.
    return inTransaction(
      this.pool,
      async (query) => {
        const rows = await query<Row>(
          `SELECT ${LIST_COLUMNS} FROM client_summaries ${where(conditions)} ORDER BY ${orderBySql} LIMIT $${pageValues.length + 1}`,
          [...pageValues, first + 1],
        );
        const [{ total }] = await query<{ total: number }>(`SELECT count(*) AS total FROM client_summaries ${where(filtered)}`, values);
        return { rows: rows.slice(0, first).map(toSummary), hasNextPage: rows.length > first, totalCount: total };
      },
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  }

  async find(clientIds: readonly string[]): Promise<ClientSummaryRecord[]> {
    if (clientIds.length === 0) return [];
    const { rows } = await this.pool.query<RecordRow>(
      'SELECT s.*, a.assessment FROM client_summaries s JOIN client_assessments a USING (client_id) WHERE client_id = ANY ($1::text[])',
      [clientIds],
    );
    return rows.map(toRecord);
  }

  async risksOf(clientIds: readonly string[]): Promise<ClientSummaryRisk[]> {
    if (clientIds.length === 0) return [];
    const { rows } = await this.pool.query<{ client_id: string; score: number; band: string }>(
      'SELECT client_id, score, band FROM client_summaries WHERE client_id = ANY ($1::text[])',
      [clientIds],
    );
    // Columns written from the typed summary by commit().
    return rows.map((row) => ({ clientId: row.client_id, score: row.score, band: row.band as RiskBand }));
  }

  async changedSince(after: number, first: number): Promise<ClientSummaryChanges> {
    const { rows } = await this.pool.query<Omit<RecordRow, 'assessment'>>(
      `SELECT ${LIST_COLUMNS}, portfolio_entry, change_seq FROM client_summaries WHERE change_seq > $1 ORDER BY change_seq LIMIT $2`,
      [after, first],
    );
    return { records: rows.map(toChange), sequence: rows.length === 0 ? after : rows[rows.length - 1].change_seq };
  }

  async recordsAfter(after: string, first: number): Promise<ClientSummaryChanges> {
    const [{ change_seq: sequence }] = (await this.pool.query<{ change_seq: number }>('SELECT change_seq FROM client_summaries_checkpoint WHERE id = 1')).rows;
    const { rows } = await this.pool.query<Omit<RecordRow, 'assessment'>>(
      `SELECT ${LIST_COLUMNS}, portfolio_entry, change_seq FROM client_summaries WHERE client_id > $1 ORDER BY client_id LIMIT $2`,
      [after, first],
    );
    return { records: rows.map(toChange), sequence };
  }

  async staleBefore(day: LocalDate, first: number, after = ''): Promise<string[]> {
    const { rows } = await this.pool.query<{ client_id: string }>(
      'SELECT client_id FROM client_summaries WHERE as_of < $1 AND client_id > $2 ORDER BY client_id LIMIT $3',
      [day, after, first],
    );
    return rows.map((row) => row.client_id);
  }

  async reset(): Promise<void> {
    await inTransaction(this.pool, async (query) => {
      await query('TRUNCATE client_summaries, client_assessments');
      await query('UPDATE client_summaries_checkpoint SET position = 0 WHERE id = 1');
    });
  }

  async close(): Promise<void> {
    this.closing ??= this.pool.end();
    await this.closing;
  }
}

/** A shadow list in a schema of its own, written through a store of its own, moved into the live schema on swap. */
class PostgresClientSummaryShadow extends DelegatingClientSummaryShadow {
  constructor(
    rows: PostgresClientSummaryStore,
    private readonly schema: string,
    private readonly live: PostgresClientSummaryStore,
  ) {
    super(rows);
  }

  async markReady(): Promise<void> {
    await this.rows.close();
    await this.live.markShadowReady(this.schema);
  }

  async swapIn(): Promise<void> {
    await this.rows.close();
    await this.live.replaceWith(this.schema);
  }

  async discard(): Promise<void> {
    await this.rows.close();
    await this.live.dropShadow(this.schema);
  }
}
