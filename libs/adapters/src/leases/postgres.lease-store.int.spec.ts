import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { LeaseStore } from '@client-lifecycle/ports';
import { describeLeaseStoreContract } from '@client-lifecycle/testing';
import { PostgresLeaseStore } from './postgres.lease-store';

// The PostgreSQL of the build machines (trust auth); this file works in a database of its own.
const SERVER = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const database = `leases_${randomUUID().replaceAll('-', '')}`;
const connectionString = `${SERVER}/${database}`;
const owners = new WeakMap<LeaseStore, string>();

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${SERVER}/test` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(() => admin((client) => client.query(`CREATE DATABASE ${database}`)));
afterAll(() => admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)));

describeLeaseStoreContract('PostgreSQL', {
  create: async (owner) => {
    const store = new PostgresLeaseStore({ connectionString, owner });
    owners.set(store, owner);
    return store;
  },
  // Another session kills the holder's backend, as when its process or host goes away.
  crash: async (store) => {
    const applicationName = `client-lifecycle ${owners.get(store)}`;
    await admin((client) =>
      client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = $2', [database, applicationName]),
    );
  },
});
