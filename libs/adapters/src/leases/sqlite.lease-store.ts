import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { Lease, LeaseStore } from '@client-lifecycle/ports';

export interface SqliteLeaseStoreOptions {
  /** Shared by every process of the deployment, e.g. `DATA_DIR/leases`; one lock file per lease. */
  readonly folder: string;
  /** Who this process is, for logs and health. */
  readonly owner: string;
}

const LEASE_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * Leases for processes sharing one data folder (the embedded default). A lease is an open write
 * transaction on its own SQLite file: SQLite's file lock admits one writer, and the operating
 * system drops the lock when the holder's process ends, even by SIGKILL. So there is no expiry
 * to tune, and a holder that is alive keeps its lease. Local disks only: network file systems
 * may not honour the locks.
 */
export class SqliteLeaseStore implements LeaseStore {
  private readonly held = new Map<string, SqliteLease>();
  private closed = false;

  private constructor(private readonly options: SqliteLeaseStoreOptions) {}

  static open(options: SqliteLeaseStoreOptions): SqliteLeaseStore {
    mkdirSync(options.folder, { recursive: true });
    return new SqliteLeaseStore(options);
  }

  async tryAcquire(name: string): Promise<Lease | null> {
    if (this.closed) throw new Error('The lease store is closed');
    if (!LEASE_NAME.test(name)) throw new Error(`A lease name is lowercase letters, digits and dashes, not ${JSON.stringify(name)}`);
    if (this.held.get(name)?.isHeld()) return null;
    const db = new BetterSqlite3(join(this.options.folder, `${name}.lock`));
    try {
      // Fail at once when another holder has the write lock: a standby retries on its own schedule.
      db.pragma('busy_timeout = 0');
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      db.close();
      if (isBusy(error)) return null;
      throw error;
    }
    const lease = new SqliteLease(name, this.options.owner, db, () => this.held.delete(name));
    this.held.set(name, lease);
    return lease;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.held.values()].map((lease) => lease.release()));
  }
}

class SqliteLease implements Lease {
  constructor(
    readonly name: string,
    readonly owner: string,
    private readonly db: Database,
    private readonly forget: () => void,
  ) {}

  isHeld(): boolean {
    return this.db.open && this.db.inTransaction;
  }

  async renew(): Promise<boolean> {
    return this.isHeld();
  }

  async release(): Promise<void> {
    this.forget();
    if (!this.db.open) return;
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.close();
  }
}

// By shape: better-sqlite3's error class is registered once per process (see the event store).
const isBusy = (error: unknown): boolean => typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY');
