import type { Pool } from 'pg';
import type { LocalDate, WorklistEntry } from '@client-lifecycle/domain';
import type { WorklistClient, WorklistFilter, WorklistKey, WorklistPage, WorklistStore } from '@client-lifecycle/ports';
import { createPostgresPool, inTransaction, migratePostgres } from '../postgres';

// Ids are "C"-collated so ties break byte-wise, as the other adapters order them.
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE worklist_entries (
    entry_id  text COLLATE "C" PRIMARY KEY,
    client_id text COLLATE "C" NOT NULL,
    action    text NOT NULL,
    channel   text NOT NULL,
    due_on    text NOT NULL,
    priority  double precision NOT NULL,
    entry     text NOT NULL
  );
  CREATE INDEX worklist_entries_by_priority ON worklist_entries (priority DESC, entry_id, due_on);
  CREATE INDEX worklist_entries_by_client ON worklist_entries (client_id);
  CREATE TABLE worklist_clients (
    client_id  text COLLATE "C" PRIMARY KEY,
    as_of      text NOT NULL,
    refresh_on text
  );
  CREATE INDEX worklist_clients_by_refresh ON worklist_clients (refresh_on, client_id) WHERE refresh_on IS NOT NULL;
  CREATE TABLE worklist_checkpoint (id integer PRIMARY KEY CHECK (id = 1), position bigint NOT NULL);
  INSERT INTO worklist_checkpoint (id, position) VALUES (1, 0);
  `,
  // totalCount: an index-only range scan of this index, covering the filters.
  `CREATE INDEX worklist_entries_by_due ON worklist_entries (due_on, action, channel, client_id);`,
];

/** The conditions (and their values, $1 on) of the entries due on or before `on` that match the filter. */
function matching(on: LocalDate, filter: WorklistFilter): { conditions: string[]; values: unknown[] } {
  const values: unknown[] = [on];
  const conditions = ['due_on <= $1'];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    values.push(value);
    conditions.push(condition(`$${values.length}`));
  };
  if (filter.action !== undefined) add((p) => `action = ${p}`, filter.action);
  if (filter.channel !== undefined) add((p) => `channel = ${p}`, filter.channel);
  if (filter.clientId !== undefined) add((p) => `client_id = ${p}`, filter.clientId);
  return { conditions, values };
}

/** The worklist in PostgreSQL, so several API processes serve the one list a projector writes. */
export class PostgresWorklistStore implements WorklistStore {
  private closing: Promise<void> | null = null;

  private constructor(private readonly pool: Pool) {}

  /** The tables go in the connection's current schema, as the event store's do. */
  static async open(connectionString: string, poolSize = 4): Promise<PostgresWorklistStore> {
    const pool = createPostgresPool({ connectionString, max: poolSize });
    try {
      await migratePostgres(pool, { component: 'worklist', describedAs: 'worklist read model', migrations: MIGRATIONS });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresWorklistStore(pool);
  }

  async checkpoint(): Promise<number> {
    const { rows } = await this.pool.query<{ position: number }>('SELECT position FROM worklist_checkpoint WHERE id = 1');
    return rows[0].position;
  }

  async commit(clients: readonly WorklistClient[], checkpoint: number): Promise<void> {
    const entries = clients.flatMap((client) => client.entries);
    await inTransaction(this.pool, async (query) => {
      if (clients.length > 0) {
        const clientIds = clients.map((client) => client.clientId);
        await query('DELETE FROM worklist_entries WHERE client_id = ANY ($1::text[])', [clientIds]);
        await query(
          `INSERT INTO worklist_entries (entry_id, client_id, action, channel, due_on, priority, entry)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::double precision[], $7::text[])
           ON CONFLICT (entry_id) DO UPDATE SET client_id = excluded.client_id, action = excluded.action, channel = excluded.channel,
             due_on = excluded.due_on, priority = excluded.priority, entry = excluded.entry`,
          [
            entries.map((entry) => entry.entryId),
            entries.map((entry) => entry.clientId),
            entries.map((entry) => entry.action),
            entries.map((entry) => entry.channel),
            entries.map((entry) => entry.dueOn),
            entries.map((entry) => entry.priority),
            entries.map((entry) => JSON.stringify(entry)),
          ],
        );
        await query(
          `INSERT INTO worklist_clients (client_id, as_of, refresh_on) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
           ON CONFLICT (client_id) DO UPDATE SET as_of = excluded.as_of, refresh_on = excluded.refresh_on`,
          [clientIds, clients.map((client) => client.asOf), clients.map((client) => client.refreshOn)],
        );
      }
      await query('UPDATE worklist_checkpoint SET position = $1 WHERE id = 1', [checkpoint]);
    });
  }

  async list(on: LocalDate, filter: WorklistFilter, first: number, after: WorklistKey | null): Promise<WorklistPage> {
    const { conditions, values } = matching(on, filter);
    if (after !== null) {
      values.push(after.priority, after.entryId);
      const [priority, entryId] = [`$${values.length - 1}`, `$${values.length}`];
      conditions.push(`(priority < ${priority} OR (priority = ${priority} AND entry_id > ${entryId}))`);
    }
    values.push(first + 1);
    const { rows } = await this.pool.query<{ entry: string }>(
      `SELECT entry FROM worklist_entries WHERE ${conditions.join(' AND ')} ORDER BY priority DESC, entry_id LIMIT $${values.length}`,
      values,
    );
    // Written by commit() from the typed entry.
    const entries = rows.map((row) => JSON.parse(row.entry) as WorklistEntry);
    return { entries: entries.slice(0, first), hasNextPage: entries.length > first };
  }

  async count(on: LocalDate, filter: WorklistFilter): Promise<number> {
    const { conditions, values } = matching(on, filter);
    const { rows } = await this.pool.query<{ count: string }>(`SELECT count(*) AS count FROM worklist_entries WHERE ${conditions.join(' AND ')}`, values);
    return Number(rows[0].count);
  }

  async dueForRefresh(day: LocalDate, first: number, after = ''): Promise<string[]> {
    const { rows } = await this.pool.query<{ client_id: string }>(
      'SELECT client_id FROM worklist_clients WHERE refresh_on IS NOT NULL AND refresh_on <= $1 AND client_id > $2 ORDER BY client_id LIMIT $3',
      [day, after, first],
    );
    return rows.map((row) => row.client_id);
  }

  async reset(): Promise<void> {
    await inTransaction(this.pool, async (query) => {
      await query('TRUNCATE worklist_entries, worklist_clients');
      await query('UPDATE worklist_checkpoint SET position = 0 WHERE id = 1');
    });
  }

  async close(): Promise<void> {
    this.closing ??= this.pool.end();
    await this.closing;
  }
}
