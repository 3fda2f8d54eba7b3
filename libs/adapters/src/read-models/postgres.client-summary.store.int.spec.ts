import { type ClientSearch, clientSearchOf } from '@client-lifecycle/ports';
import { Pool } from 'pg';
import { clientSummaryRecord, describeClientSummaryStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresClientSummaryStore } from './postgres.client-summary.store';

// jest.config.js's per-project testTimeout is not applied (tests stop at jest's default 5 s),
// and creating the test database can take seconds on a loaded machine.
jest.setTimeout(60_000);

const database = new PostgresTestDatabase('client_summaries');

afterAll(() => database.drop(), 60_000);

describeClientSummaryStoreContract('PostgreSQL', async () => PostgresClientSummaryStore.open(await database.freshSchema()));

describe('PostgreSQL client summary store', () => {
  it('moves rows and checkpoint together: a commit the database refuses changes neither', async () => {
    const store = await PostgresClientSummaryStore.open(await database.freshSchema());
    const row = (clientId: string, overdueMinor: number) => clientSummaryRecord(clientId, { overdueMinor });
    try {
      await store.commit([row('a', 100)], 5);

      // Money is integer minor units: a fraction cannot go into the bigint column.
      await expect(store.commit([row('a', 200), row('b', 0.5)], 6)).rejects.toThrow(/bigint/);

      expect(await store.checkpoint()).toBe(5);
      expect(await store.find(['a', 'b'])).toEqual([row('a', 100)]);
    } finally {
      await store.close();
    }
  });
});

describe('PostgreSQL client summaries written while the assessment was a column of the list', () => {
  it('upgrades in place: every record reads back as written, its assessment now in a table of its own', async () => {
    const url = await database.freshSchema();
    const records = [
      clientSummaryRecord('acme', { assessment: JSON.stringify({ lines: Array.from({ length: 400 }, (_, index) => `acme ${index}`) }) }),
      clientSummaryRecord('bolt', { name: 'Bolt Motors', portfolioEntry: '{"b":2}' }),
    ];
    const written = await PostgresClientSummaryStore.open(url);
    await written.commit(records, 7);
    await written.close();
    // Back to the schema before the split: the assessment a column of the list, no table of its own.
    const pool = new Pool({ connectionString: url, max: 1 });
    await pool.query(`
      ALTER TABLE client_summaries ADD COLUMN assessment text NOT NULL DEFAULT '';
      UPDATE client_summaries s SET assessment = a.assessment FROM client_assessments a WHERE a.client_id = s.client_id;
      DROP TABLE client_assessments;
      UPDATE schema_version SET version = 5 WHERE component = 'client_summaries';
    `);

    const upgraded = await PostgresClientSummaryStore.open(url);
    try {
      expect(await upgraded.find(['acme', 'bolt'])).toEqual(expect.arrayContaining(records));
      const columns = await pool.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'client_summaries' AND column_name = 'assessment'");
      expect(columns.rows).toEqual([]);
      const reassessed = { ...records[1], version: 4, assessment: '{"again":true}' };
      await upgraded.commit([reassessed], 8);
      expect(await upgraded.find(['bolt'])).toEqual([reassessed]);
    } finally {
      await pool.end();
      await upgraded.close();
    }
  });
});

describe('PostgreSQL search by name', () => {
  const row = (clientId: string, name: string) => clientSummaryRecord(clientId, { name });
  const found = async (store: PostgresClientSummaryStore, text: string) =>
    (await store.list({ search: clientSearchOf(text) as ClientSearch }, 'SCORE', 10, null)).rows.map((item) => item.clientId);

  it('serves the word-prefix patterns of a search from the trigram index', async () => {
    const url = await database.freshSchema();
    const store = await PostgresClientSummaryStore.open(url);
    const pool = new Pool({ connectionString: url, max: 1 });
    try {
      await store.commit([row('a', 'Northwind Dental Ltd')], 1);
      const client = await pool.connect();
      try {
        // On a handful of rows the planner would rightly scan the table: forbid that to see the index can serve the pattern.
        await client.query('SET enable_seqscan = off');
        const { rows } = await client.query<{ 'QUERY PLAN': string }>("EXPLAIN SELECT client_id FROM client_summaries WHERE search_name LIKE '% dent%'");
        expect(rows.map((line) => line['QUERY PLAN']).join('\n')).toContain('client_summaries_by_search');
      } finally {
        client.release();
      }
    } finally {
      await pool.end();
      await store.close();
    }
  });

  it('indexes the rows written before search existed when the store opens', async () => {
    const url = await database.freshSchema();
    const written = await PostgresClientSummaryStore.open(url);
    await written.commit([row('acme', 'Acmé Widgets'), row('bolt', 'Bolt Motors')], 2);
    await written.close();
    const pool = new Pool({ connectionString: url, max: 1 });
    await pool.query('UPDATE client_summaries SET search_name = NULL');
    await pool.end();

    const reopened = await PostgresClientSummaryStore.open(url);
    try {
      expect(await found(reopened, 'acme')).toEqual(['acme']);
      expect(await found(reopened, 'mot')).toEqual(['bolt']);
    } finally {
      await reopened.close();
    }
  });
});
