import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_ENVIRONMENT } from '../config/test-environment';

/** The server tests use: the local one of the README unless TEST_DATABASE_URL points elsewhere. */
export const TEST_DATABASE_URL = TEST_ENVIRONMENT.databaseUrl;

const uniqueName = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');

/**
 * A uniquely named database on the test server for one test file (or one app under test), so
 * runs at the same time never see each other's rows. `freshSchema` hands out empty schemas in
 * it, far cheaper than a database per test; `drop` removes the database with everything in it.
 */
export class PostgresTestDatabase {
  private name: string | null = null;

  constructor(
    private readonly prefix: string,
    private readonly serverUrl = TEST_DATABASE_URL,
  ) {}

  /** Creates the database on first use and returns its connection string. */
  async url(): Promise<string> {
    if (this.name === null) {
      const name = uniqueName(this.prefix);
      await this.run(this.serverUrl, `CREATE DATABASE ${name}`);
      this.name = name;
    }
    const url = new URL(this.serverUrl);
    url.pathname = `/${this.name}`;
    return url.toString();
  }

  /** A connection string whose search_path is a new, empty schema of this database. */
  async freshSchema(): Promise<string> {
    const url = new URL(await this.url());
    const schema = uniqueName('s');
    await this.run(url.toString(), `CREATE SCHEMA ${schema}`);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  }

  async drop(): Promise<void> {
    if (this.name === null) return;
    const name = this.name;
    this.name = null;
    await this.run(this.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }

  private async run(connectionString: string, sql: string): Promise<void> {
    const client = new Client({ connectionString });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
