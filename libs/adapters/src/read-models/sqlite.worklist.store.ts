import type { Database, Statement } from 'better-sqlite3';
import type { LocalDate, WorklistEntry } from '@client-lifecycle/domain';
import type { WorklistClient, WorklistFilter, WorklistKey, WorklistPage, WorklistStore } from '@client-lifecycle/ports';
import { openSqliteDatabase, ReadModelCheckpoints } from '../sqlite';

/**
 * Entries carry the day they fall due, so `on` filters them through an index and an action the
 * calendar brings appears without a new event; the clients table holds the day each client's
 * entries are to be judged again (see WorklistProjection).
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE worklist_entries (
    entry_id  TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    action    TEXT NOT NULL,
    channel   TEXT NOT NULL,
    due_on    TEXT NOT NULL,
    priority  REAL NOT NULL,
    entry     TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX worklist_entries_by_priority ON worklist_entries (priority DESC, entry_id, due_on);
  CREATE INDEX worklist_entries_by_client ON worklist_entries (client_id);
  CREATE TABLE worklist_clients (
    client_id  TEXT PRIMARY KEY,
    as_of      TEXT NOT NULL,
    refresh_on TEXT
  ) WITHOUT ROWID;
  CREATE INDEX worklist_clients_by_refresh ON worklist_clients (refresh_on, client_id) WHERE refresh_on IS NOT NULL;
  CREATE TABLE worklist_checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL);
  INSERT INTO worklist_checkpoint (id, position) VALUES (1, 0);
  `,
  // totalCount: a range of this index, covering the filters, counts the due entries without reading one.
  `CREATE INDEX worklist_entries_by_due ON worklist_entries (due_on, action, channel, client_id);`,
];

/** The conditions (and their parameters) of the entries due on or before `on` that match the filter. */
function matching(on: LocalDate, filter: WorklistFilter): { conditions: string[]; parameters: Record<string, string | number> } {
  const conditions = ['due_on <= @on'];
  const parameters: Record<string, string | number> = { on };
  if (filter.action !== undefined) {
    conditions.push('action = @action');
    parameters.action = filter.action;
  }
  if (filter.channel !== undefined) {
    conditions.push('channel = @channel');
    parameters.channel = filter.channel;
  }
  if (filter.clientId !== undefined) {
    conditions.push('client_id = @clientId');
    parameters.clientId = filter.clientId;
  }
  return { conditions, parameters };
}

/** Whether two lists hold the same texts, in whatever order. */
function sameTexts(stored: string[], written: readonly string[]): boolean {
  if (stored.length !== written.length) return false;
  const sortedStored = stored.sort();
  return [...written].sort().every((text, at) => text === sortedStored[at]);
}

/** The worklist in its own SQLite file. */
export class SqliteWorklistStore implements WorklistStore {
  /** Prepared once: the projector commits after every page it follows, often a page of one append. */
  private writeStatements: {
    readonly drop: Statement;
    readonly insert: Statement;
    readonly upsertClient: Statement;
    readonly move: Statement;
    readonly checkpoint: Statement;
    readonly dueForRefresh: Statement;
    readonly storedEntries: Statement;
    readonly storedClient: Statement;
  } | null = null;

  private readonly checkpoints: ReadModelCheckpoints | null;
  private closing: Promise<void> | null = null;

  private constructor(private readonly db: Database) {
    this.checkpoints = ReadModelCheckpoints.of(db);
  }

  static open(filename: string): SqliteWorklistStore {
    return new SqliteWorklistStore(
      openSqliteDatabase({
        filename,
        describedAs: 'worklist read model',
        // A read model can always be rebuilt from the log: losing its last commits to a power cut is harmless.
        synchronous: 'NORMAL',
        migrations: MIGRATIONS,
      }),
    );
  }

  private statements(): NonNullable<SqliteWorklistStore['writeStatements']> {
    this.writeStatements ??= {
      drop: this.db.prepare('DELETE FROM worklist_entries WHERE client_id = ?'),
      insert: this.db.prepare(
        'INSERT INTO worklist_entries (entry_id, client_id, action, channel, due_on, priority, entry) VALUES (@entryId, @clientId, @action, @channel, @dueOn, @priority, @entry)',
      ),
      upsertClient: this.db.prepare(
        `INSERT INTO worklist_clients (client_id, as_of, refresh_on) VALUES (?, ?, ?)
         ON CONFLICT (client_id) DO UPDATE SET as_of = excluded.as_of, refresh_on = excluded.refresh_on`,
      ),
      move: this.db.prepare('UPDATE worklist_checkpoint SET position = ? WHERE id = 1'),
      checkpoint: this.db.prepare('SELECT position FROM worklist_checkpoint WHERE id = 1').pluck(),
      // Asked after every page the projector follows. Left to itself the planner walked the primary key for the order, reading
      // every client (215 us at 2,000 clients, growing with them); the day's due clients are a range of this index, sorted.
      dueForRefresh: this.db
        .prepare(
          `SELECT client_id FROM worklist_clients INDEXED BY worklist_clients_by_refresh
           WHERE refresh_on IS NOT NULL AND refresh_on <= ? AND client_id > ? ORDER BY client_id LIMIT ?`,
        )
        .pluck(),
      storedEntries: this.db.prepare('SELECT entry FROM worklist_entries WHERE client_id = ?').pluck(),
      storedClient: this.db.prepare('SELECT as_of, refresh_on FROM worklist_clients WHERE client_id = ?'),
    };
    return this.writeStatements;
  }

  async checkpoint(): Promise<number> {
    return this.statements().checkpoint.get() as number;
  }

  async commit(clients: readonly WorklistClient[], checkpoint: number): Promise<void> {
    await this.checkpoints?.beforeCommit();
    const { drop, insert, upsertClient, move, storedEntries, storedClient } = this.statements();
    this.db
      .transaction(() => {
        for (const client of clients) {
          // Most appends change none of a client's entries (a logTime, a meeting): those rows and their three indexes are
          // left as they are, rather than deleted and written again. An entry's columns are fields of its JSON.
          const entries = client.entries.map((entry) => JSON.stringify(entry));
          if (!sameTexts(storedEntries.all(client.clientId) as string[], entries)) {
            drop.run(client.clientId);
            client.entries.forEach((entry, at) => insert.run({ ...entry, entry: entries[at] }));
          }
          const stored = storedClient.get(client.clientId) as { as_of: string; refresh_on: string | null } | undefined;
          if (stored?.as_of !== client.asOf || stored.refresh_on !== client.refreshOn) upsertClient.run(client.clientId, client.asOf, client.refreshOn);
        }
        move.run(checkpoint);
      })
      .immediate();
    this.checkpoints?.committed(clients.length);
  }

  async list(on: LocalDate, filter: WorklistFilter, first: number, after: WorklistKey | null): Promise<WorklistPage> {
    const { conditions, parameters } = matching(on, filter);
    parameters.limit = first + 1;
    if (after !== null) {
      conditions.push('(priority < @afterPriority OR (priority = @afterPriority AND entry_id > @afterEntryId))');
      parameters.afterPriority = after.priority;
      parameters.afterEntryId = after.entryId;
    }
    const rows = this.db
      .prepare(`SELECT entry FROM worklist_entries WHERE ${conditions.join(' AND ')} ORDER BY priority DESC, entry_id LIMIT @limit`)
      .pluck()
      .all(parameters) as string[];
    // Written by commit() from the typed entry.
    const entries = rows.map((row) => JSON.parse(row) as WorklistEntry);
    return { entries: entries.slice(0, first), hasNextPage: entries.length > first };
  }

  async count(on: LocalDate, filter: WorklistFilter): Promise<number> {
    const { conditions, parameters } = matching(on, filter);
    return this.db
      .prepare(`SELECT count(*) FROM worklist_entries INDEXED BY worklist_entries_by_due WHERE ${conditions.join(' AND ')}`)
      .pluck()
      .get(parameters) as number;
  }

  async dueForRefresh(day: LocalDate, first: number, after = ''): Promise<string[]> {
    return this.statements().dueForRefresh.all(day, after, first) as string[];
  }

  async reset(): Promise<void> {
    this.db
      .transaction(() => {
        this.db.exec('DELETE FROM worklist_entries; DELETE FROM worklist_clients; UPDATE worklist_checkpoint SET position = 0 WHERE id = 1;');
      })
      .immediate();
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
