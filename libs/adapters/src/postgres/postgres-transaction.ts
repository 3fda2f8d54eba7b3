import type { Pool } from 'pg';

export type TransactionQuery = <Row extends object>(sql: string, values?: unknown[]) => Promise<Row[]>;

/** Runs `work` in one transaction on one pooled connection: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: Pool, work: (query: TransactionQuery) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(async <Row extends object>(sql: string, values?: unknown[]) => (await client.query<Row>(sql, values)).rows);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackFailure: Error) => {
      broken = rollbackFailure;
    });
    throw error;
  } finally {
    // A connection that could not even roll back is discarded rather than handed out again.
    client.release(broken);
  }
}
