import { closeSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';
import { promisify } from 'node:util';

const datasync = promisify(fdatasync);

/** How a WAL flush is run: the real one by default; a test may hold it to see what waits for it. */
export type WalSyncRunner = (flush: () => Promise<void>) => Promise<void>;

interface Waiter {
  readonly position: number;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** A flush of the WAL failed: what was committed since the last one may not be on disk, and no later one can say it is. */
export class WalSyncFailedError extends Error {
  constructor(cause: unknown) {
    super('The event log could not be flushed to disk; restart the service (it recovers from the file)', { cause });
    this.name = 'WalSyncFailedError';
  }
}

/**
 * The durable head of a SQLite log whose connection commits without syncing (synchronous =
 * NORMAL): the WAL file is flushed here, with fdatasync on libuv's thread pool, so the disk's
 * latency never holds the event loop. A flush started after a position was committed (and so
 * visible to this process) makes that position durable: fdatasync acts on the file, not the
 * descriptor, so it covers the frames the SQLite connection wrote, and those any other process
 * wrote to the same WAL. At most one flush runs at a time; the positions asked for meanwhile
 * wait for the next, which then serves them all.
 */
export class WalDurability {
  private durable: number;
  private requested: number;
  private running = false;
  private waiters: Waiter[] = [];
  private idleWaiters: Array<() => void> = [];
  private failure: WalSyncFailedError | null = null;

  private constructor(
    private readonly fd: number | null,
    head: number,
    private readonly runner: WalSyncRunner,
    private readonly onFlushEnd: () => void,
  ) {
    this.durable = head;
    this.requested = head;
  }

  /**
   * Flushes the WAL once, synchronously (at boot: what an earlier process committed may not be
   * on disk yet), and counts everything up to `head` as durable from then on. No file: positions
   * are durable once committed (an in-memory database, or a connection that syncs itself).
   */
  static open(walFile: string | null, head: number, runner: WalSyncRunner, onFlushEnd: () => void): WalDurability {
    if (walFile === null) return new WalDurability(null, head, runner, onFlushEnd);
    const fd = openSync(walFile, 'r');
    try {
      fdatasyncSync(fd);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    return new WalDurability(fd, head, runner, onFlushEnd);
  }

  /** Every position up to this one is on disk. */
  get head(): number {
    return this.durable;
  }

  get flushing(): boolean {
    return this.running;
  }

  /** Set once a flush has failed: nothing more can be acknowledged. */
  get failed(): WalSyncFailedError | null {
    return this.failure;
  }

  /** Resolves once a committed position is on disk (at once if it already is). */
  reach(position: number): Promise<void> {
    return new Promise((resolve, reject) => this.whenDurable(position, resolve, reject));
  }

  /**
   * `reach` with callbacks, called in the flush's own turn before `onFlushEnd`: appends are
   * settled before anything is told of their events.
   */
  whenDurable(position: number, resolve: () => void, reject: (error: unknown) => void): void {
    if (this.failure) return reject(this.failure);
    if (position <= this.durable) return resolve();
    if (position > this.requested) this.requested = position;
    this.waiters.push({ position, resolve, reject });
    if (!this.running) this.start();
  }

  /** Resolves when no flush is running. */
  idle(): Promise<void> {
    return this.running ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
  }

  private start(): void {
    // Every position asked for so far was committed before this flush begins, so it covers them all.
    const target = this.requested;
    const fd = this.fd;
    this.running = true;
    this.runner(fd === null ? () => Promise.resolve() : () => datasync(fd)).then(
      () => {
        this.running = false;
        if (target > this.durable) this.durable = target;
        this.settle();
        this.onFlushEnd();
        for (const resolve of this.idleWaiters.splice(0)) resolve();
        if (!this.running && this.requested > this.durable) this.start();
      },
      (error: unknown) => {
        // After a failed fsync the kernel may have dropped the dirty pages and cleared the error:
        // a retry could succeed without the data on disk, so none is made.
        this.running = false;
        this.failure = new WalSyncFailedError(error);
        for (const waiter of this.waiters.splice(0)) waiter.reject(this.failure);
        this.onFlushEnd();
        for (const resolve of this.idleWaiters.splice(0)) resolve();
      },
    );
  }

  private settle(): void {
    const waiting: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.position <= this.durable) waiter.resolve();
      else waiting.push(waiter);
    }
    this.waiters = waiting;
  }
}
