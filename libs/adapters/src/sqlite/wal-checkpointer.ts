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
    const [result] = db.pragma(message === 'restart' ? 'wal_checkpoint(RESTART)' : 'wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ error: null, complete: result.busy === 0 && result.log === result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message), complete: false });
  }
});
`;

/**
 * Copies the WAL into the database on a thread of its own (PASSIVE: it never blocks the writer,
 * and copies only frames no reader still needs), so the copy and its two fsyncs do not hold the
 * event loop as SQLite's automatic checkpoint, run inside COMMIT, did. Started on the first
 * request; asked again while one runs, it runs once more after it.
 */
export class WalCheckpointer {
  private worker: Worker | null = null;
  private running = false;
  private again = false;
  private closed = false;

  /**
   * `onCheckpointed` hears, after each checkpoint, whether it copied every frame of the WAL:
   * SQLite starts the WAL over at the next write only then, and a writer that went on committing
   * while the thread copied leaves frames behind.
   */
  constructor(
    private readonly filename: string,
    private readonly onError: (message: string) => void = () => undefined,
    private readonly onCheckpointed: (complete: boolean) => void = () => undefined,
  ) {}

  request(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.thread().postMessage('checkpoint');
  }

  /**
   * A RESTART checkpoint, for a caller that holds its own writes back meanwhile: it copies every
   * frame, waits for no reader (the thread's busy timeout is 0: a reader still in the WAL makes it
   * report an incomplete checkpoint), and has the next write start the WAL over. Not started
   * (false) while a checkpoint runs or once closed.
   */
  requestRestart(): boolean {
    if (this.closed || this.running) return false;
    this.running = true;
    this.thread().postMessage('restart');
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // Unreferenced, the thread would not keep the process alive until it has closed its connection.
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), filename: this.filename } });
    worker.unref();
    worker.on('message', ({ error, complete }: { error: string | null; complete: boolean }) => {
      this.running = false;
      // SQLITE_BUSY: another connection is checkpointing; the next request tries again.
      if (error !== null && !error.includes('busy') && !error.includes('locked')) this.onError(error);
      this.onCheckpointed(complete);
      if (this.again && !this.closed) {
        this.again = false;
        this.request();
      }
    });
    worker.on('error', (error) => {
      this.running = false;
      this.worker = null;
      this.onError(error.message);
    });
    this.worker = worker;
    return worker;
  }
}
