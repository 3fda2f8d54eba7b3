import { Worker } from 'node:worker_threads';

/**
 * The thread's whole program, plain JavaScript so it runs the same from the compiled app and
 * from TypeScript sources. Its connection syncs at checkpoints (synchronous = FULL): SQLite
 * flushes the WAL before copying any frame into the database, and the database before the WAL
 * may be restarted, so a checkpoint never puts a frame that is not yet durable into the database.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename);
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 0');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma(message === 'restart' ? 'wal_checkpoint(RESTART)' : 'wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ error: null });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message) });
  }
});
`;

/**
 * Copies the WAL into the database on a thread of its own (PASSIVE: it never blocks the writer,
 * and copies only frames no reader still needs), so the copy and its two fsyncs do not hold the
 * event loop as SQLite's automatic checkpoint, run inside COMMIT, did. Started on the first
 * request; asked again while one runs, it runs once more after it.
 *
 * Each PASSIVE pass is followed by a RESTART one while the writer holds its commits back
 * (`holdsCommits`, `commitsReleased`): it copies only the frames written meanwhile and has the next
 * commit start the WAL over. Under a steady stream of commits PASSIVE passes alone never find the
 * WAL unused, even one reporting every frame copied (it counts the frames the WAL had when it
 * began), so SQLite never starts it over and it grows without end. Whatever the RESTART pass
 * reports, commits then go on.
 */
export class WalCheckpointer {
  private worker: Worker | null = null;
  private running = false;
  private again = false;
  private closed = false;
  private held: { readonly released: Promise<void>; readonly release: () => void } | null = null;

  /** `onCommitsReleased`: commits may go on again, for a writer that queued them meanwhile. */
  constructor(
    private readonly filename: string,
    private readonly onError: (message: string) => void = () => undefined,
    private readonly onCommitsReleased: () => void = () => undefined,
  ) {}

  /** Whether the writer must hold its commits back now (a RESTART pass runs). */
  get holdsCommits(): boolean {
    return this.held !== null;
  }

  /** Resolves at once, but while a RESTART pass runs. */
  commitsReleased(): Promise<void> {
    return this.held?.released ?? Promise.resolve();
  }

  request(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.thread().postMessage('checkpoint');
  }

  async close(): Promise<void> {
    this.closed = true;
    this.releaseCommits();
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // Unreferenced, the thread would not keep the process alive until it has closed its connection.
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  /** After a PASSIVE pass: the RESTART one, with commits held (its busy timeout is 0: a reader still in the WAL makes it give up). */
  private restartHoldingCommits(): void {
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held = { released, release };
    this.running = true;
    this.thread().postMessage('restart');
  }

  private releaseCommits(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    held.release();
    this.onCommitsReleased();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), filename: this.filename } });
    worker.unref();
    worker.on('message', ({ error }: { error: string | null }) => {
      this.running = false;
      // SQLITE_BUSY: another connection is checkpointing; the next request tries again.
      if (error !== null && !error.includes('busy') && !error.includes('locked')) this.onError(error);
      if (this.held) this.releaseCommits();
      else if (!this.closed) this.restartHoldingCommits();
      if (this.again && !this.closed && !this.held) {
        this.again = false;
        this.request();
      }
    });
    worker.on('error', (error) => {
      this.running = false;
      this.worker = null;
      this.releaseCommits();
      this.onError(error.message);
    });
    this.worker = worker;
    return worker;
  }
}
