import { createHash } from 'node:crypto';
import { Client } from 'pg';

/**
 * The NOTIFY channel the stores of one schema announce their commits on. Channels are
 * database-wide, hence the schema in the name; hashed, as a name is limited to 63 bytes.
 */
export const appendChannelOf = (schema: string) => `events_appended_${createHash('sha256').update(schema).digest('hex').slice(0, 16)}`;

const RECONNECT_DELAYS_MS = [100, 250, 500, 1_000, 2_000, 5_000];

export interface AppendChannelOptions {
  readonly connectionString: string;
  readonly channel: string;
  /** Sent with each of this store's commits as `<instanceId>:<head>`, so it can tell its own notifications from others'. */
  readonly instanceId: string;
  /** A commit by another store, or a resync after the connection was lost and regained. */
  readonly onHead: (headPosition: number) => void;
}

/**
 * LISTEN on a dedicated connection (a pooled one would be handed to queries). When the
 * connection drops, it reconnects with backoff and reports the head once it is back, since
 * notifications sent meanwhile are lost.
 */
export class PostgresAppendChannel {
  private client: Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  private constructor(private readonly options: AppendChannelOptions) {}

  static async listen(options: AppendChannelOptions): Promise<PostgresAppendChannel> {
    const channel = new PostgresAppendChannel(options);
    channel.client = await channel.connect();
    return channel;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.options.connectionString });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', ({ payload }) => {
      const separator = payload?.lastIndexOf(':') ?? -1;
      if (payload === undefined || separator < 0 || payload.slice(0, separator) === this.options.instanceId) return;
      const head = Number(payload.slice(separator + 1));
      if (Number.isSafeInteger(head)) this.options.onHead(head);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }

  private lost(client: Client): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.reconnect(0);
  }

  private reconnect(attempt: number): void {
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)];
    this.retry = setTimeout(async () => {
      this.retry = null;
      if (this.closed) return;
      let client: Client;
      try {
        client = await this.connect();
      } catch {
        if (!this.closed) this.reconnect(attempt + 1);
        return;
      }
      if (this.closed) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      try {
        const { rows } = await client.query<{ head: string }>('SELECT coalesce(max(position), 0)::text AS head FROM events');
        this.options.onHead(Number(rows[0].head));
      } catch {
        // The connection failed again: its error handler has already scheduled the next attempt.
      }
    }, delay);
    this.retry.unref();
  }
}
