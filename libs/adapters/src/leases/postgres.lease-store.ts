import { Client } from 'pg';
import type { Lease, LeaseStore } from '@client-lifecycle/ports';

export interface PostgresLeaseStoreOptions {
  readonly connectionString: string;
  /** Who this process is; also the connection's application_name, so `pg_stat_activity` shows the holder. */
  readonly owner: string;
}

/** First key of our two-key advisory locks, so they cannot collide with another application's on the same database. */
export const LEASE_LOCK_SPACE = 0x636c;

/**
 * Leases as session-level advisory locks (`pg_try_advisory_lock`) on one dedicated connection:
 * the server drops them when that connection ends, including when the process dies, so a
 * standby takes over as soon as the holder is gone. The second key is `hashtext(name)`; the
 * few fixed worker names do not collide.
 */
export class PostgresLeaseStore implements LeaseStore {
  private current: Client | null = null;
  private connecting: Promise<Client> | null = null;
  private readonly held = new Map<string, PostgresLease>();
  private closed = false;

  constructor(private readonly options: PostgresLeaseStoreOptions) {}

  async tryAcquire(name: string): Promise<Lease | null> {
    if (this.closed) throw new Error('The lease store is closed');
    if (this.held.has(name)) return null;
    const client = await this.connect();
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [LEASE_LOCK_SPACE, name]);
    if (!rows[0].locked) return null;
    const lease = new PostgresLease(name, this.options.owner, client, this);
    this.held.set(name, lease);
    return lease;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.current;
    for (const lease of this.held.values()) lease.lost = true;
    this.held.clear();
    this.current = null;
    this.connecting = null;
    // Ending the session releases every advisory lock it holds.
    await client?.end().catch(() => undefined);
  }

  /** @internal */
  async unlock(lease: PostgresLease, client: Client): Promise<void> {
    this.held.delete(lease.name);
    await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LEASE_LOCK_SPACE, lease.name]);
  }

  /** @internal A dead connection took every lease on it with it; the next acquire opens a new one. */
  drop(client: Client): void {
    for (const [name, lease] of this.held) {
      if (!lease.on(client)) continue;
      lease.lost = true;
      this.held.delete(name);
    }
    if (this.current !== client) return;
    this.current = null;
    this.connecting = null;
    client.end().catch(() => undefined);
  }

  private connect(): Promise<Client> {
    if (this.connecting) return this.connecting;
    const client = new Client({
      connectionString: this.options.connectionString,
      application_name: `client-lifecycle ${this.options.owner}`.slice(0, 63),
    });
    client.on('error', () => this.drop(client));
    this.current = client;
    this.connecting = client.connect().then(
      () => client,
      (error: unknown) => {
        this.drop(client);
        throw error;
      },
    );
    return this.connecting;
  }
}

class PostgresLease implements Lease {
  lost = false;

  constructor(
    readonly name: string,
    readonly owner: string,
    private readonly client: Client,
    private readonly store: PostgresLeaseStore,
  ) {}

  on(client: Client): boolean {
    return this.client === client;
  }

  /** The lock lives as long as the session: a round trip proves the session is still there. */
  async renew(): Promise<boolean> {
    if (this.lost) return false;
    try {
      await this.client.query('SELECT 1');
      return true;
    } catch {
      this.store.drop(this.client);
      return false;
    }
  }

  async release(): Promise<void> {
    if (this.lost) return;
    this.lost = true;
    await this.store.unlock(this, this.client).catch(() => this.store.drop(this.client));
  }
}
