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
  /**
   * Set while the thread copies the last frames with commits held back: with PASSIVE checkpoints
   * alone, under a steady stream of commits, SQLite never started the WAL over, and it grew
   * without end (2.7 GB in 12 s of one-row commits).
   */
  private held: { readonly done: Promise<void>; readonly release: () => void } | null = null;

  private constructor(db: Database) {
    this.checkpointer = new WalCheckpointer(
      db.name,
      () => {
        this.release();
        if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES}`);
      },
      () => this.checkpointed(),
    );
    db.pragma('wal_autocheckpoint = 0');
  }

  static of(db: Database): ReadModelCheckpoints | null {
    return db.pragma('journal_mode', { simple: true }) === 'wal' ? new ReadModelCheckpoints(db) : null;
  }

  /** Awaited before each commit: resolves at once, but while the thread copies the WAL's last frames. */
  async beforeCommit(): Promise<void> {
    await this.held?.done;
  }

  /** After each commit, with the rows it wrote. */
  committed(rows: number): void {
    this.rowsSinceCheckpoint += Math.max(rows, 1);
    if (this.rowsSinceCheckpoint < CHECKPOINT_EVERY_ROWS) return;
    this.rowsSinceCheckpoint = 0;
    this.checkpointer.request();
  }

  /** Before the store's connection closes, so that one, the last, folds the WAL into the file. */
  async close(): Promise<void> {
    this.release();
    await this.checkpointer.close();
  }

  /**
   * A checkpoint (PASSIVE, commits going on) is followed by a RESTART one with commits held, which
   * copies only the frames written meanwhile and has the next commit start the WAL over: a few
   * milliseconds of the projector's waiting, the event loop free. Whatever that one reports,
   * commits then go on.
   */
  private checkpointed(): void {
    if (this.held) {
      this.release();
      return;
    }
    let release = () => undefined as void;
    const done = new Promise<void>((resolve) => (release = resolve));
    this.held = { done, release };
    // Not started (closing, or a checkpoint asked for meanwhile runs): nothing is held.
    if (!this.checkpointer.requestRestart()) this.release();
  }

  private release(): void {
    this.held?.release();
    this.held = null;
  }
}
