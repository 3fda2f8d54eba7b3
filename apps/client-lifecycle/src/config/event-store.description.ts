import type { AppConfig } from './app.config';

/** Where the events go, for log lines: never the database URL itself, which may carry a password. */
export function describeEventStore(config: AppConfig): string {
  if (config.eventStore === 'memory') return 'memory (nothing is kept on exit)';
  if (config.eventStore === 'kurrentdb') return 'KurrentDB';
  if (config.eventStore === 'postgres') {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL database ${url.pathname.slice(1)} on ${url.hostname}:${url.port || '5432'}`;
  }
  return `SQLite in ${config.dataDir} (synchronous=${config.sqliteSynchronous})`;
}
