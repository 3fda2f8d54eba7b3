import type { Database } from 'better-sqlite3';
import { WalCheckpointer } from './wal-checkpointer';

/**
 * The checkpointing thread is asked to copy a read model's WAL into its file after this many
 * rows committed (a commit of none counts as one: it moves the checkpoint row). A logTime's
 * commit writes about ten pages, so this is the cadence of SQLite's own checkpoint (1,000 pages)
 * a few times over: a WAL of about 10 MB, read through its index by every reader meanwhile.
 */
const CHECKPOINT_EVERY_ROWS = 250;

/** SQLite's default automatic checkpoint, put back should the thread fail. */
const SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES = 1_000;

/**
 * A read model file's WAL checkpoints, off the event loop: SQLite's automatic checkpoint ran
 * inside the COMMIT that crossed 1,000 pages, on the event loop (read-model commits took 22 to
 * 25 ms at p99 under load for it). A thread of its own copies the WAL instead (PASSIVE, on its
 * own connection, see WalCheckpointer); should it fail, SQLite's automatic checkpoint takes over
 * again. A file not in WAL mode (`:memory:`) has none.
 */
export class ReadModelCheckpoints {
  private rowsSinceCheckpoint = 0;
  private readonly checkpointer: WalCheckpointer;

  private constructor(db: Database) {
    this.checkpointer = new WalCheckpointer(db.name, () => {
      if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES}`);
    });
    db.pragma('wal_autocheckpoint = 0');
  }

  static of(db: Database): ReadModelCheckpoints | null {
    return db.pragma('journal_mode', { simple: true }) === 'wal' ? new ReadModelCheckpoints(db) : null;
  }

  /** Awaited before each commit: resolves at once, but while the thread copies the WAL's last frames with commits held (see WalCheckpointer). */
  beforeCommit(): Promise<void> {
    return this.checkpointer.commitsReleased();
  }

  /** After each commit, with the rows it wrote. */
  committed(rows: number): void {
    this.rowsSinceCheckpoint += Math.max(rows, 1);
    if (this.rowsSinceCheckpoint < CHECKPOINT_EVERY_ROWS) return;
    this.rowsSinceCheckpoint = 0;
    this.checkpointer.request();
  }

  /** Before the store's connection closes, so that one, the last, folds the WAL into the file. */
  close(): Promise<void> {
    return this.checkpointer.close();
  }
}
