import { resolve } from 'node:path';

export type EventStoreDriver = 'sqlite' | 'postgres' | 'memory' | 'kurrentdb';
/** What a process does; a singleton worker role runs in one process at a time, under a lease. */
export type Role = 'api' | 'projector' | 'scheduler' | 'saga' | 'relay';
export const ROLES: readonly Role[] = ['api', 'projector', 'scheduler', 'saga', 'relay'];
export type LeaseBackend = 'files' | 'postgres';
/** Where the read models, timers and checkpoints live. */
export type ReadModelStoreDriver = 'sqlite' | 'postgres' | 'memory';
export type SqliteSynchronous = 'FULL' | 'NORMAL';
export type LogLevel = 'error' | 'warn' | 'log' | 'debug' | 'verbose';

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute; the SQLite file lives here. */
  readonly dataDir: string;
  readonly eventStore: EventStoreDriver;
  readonly readModelStore: ReadModelStoreDriver;
  /** With EVENT_STORE=postgres: the database of the event log, the client list and the timers. */
  readonly databaseUrl: string;
  readonly sqliteSynchronous: SqliteSynchronous;
  readonly logLevel: LogLevel;
  /** Whether this process fires timers (invoice aging, broken promises, ladder steps). */
  readonly scheduler: boolean;
  /** Kafka bootstrap brokers (`host:port`); the relay publishes the log to Kafka only when there are some. */
  readonly kafkaBrokers: readonly string[];
  /** Whether the relay makes its missing topics (the risk topic compacted) before publishing. */
  readonly kafkaCreateTopics: boolean;
  readonly roles: ReadonlySet<Role>;
  /** Set when EVENT_STORE=kurrentdb. */
  readonly kurrentDbConnectionString: string | null;
  /** Where singleton workers take their leases: lock files in DATA_DIR, or advisory locks in DATABASE_URL. */
  readonly leases: LeaseBackend;
  /** Heap the in-process cache of folded clients may hold, in MiB. */
  readonly clientCacheMb: number;
  /** The master key that wraps the per-client data keys (base64 of 32 bytes), when given inline. */
  readonly dataKey: string | null;
  /** Absolute path of a file holding the master key (base64); with neither this nor dataKey, DATA_DIR/data-key is used (made on first run). */
  readonly dataKeyFile: string | null;
  /** Master keys being rotated out (base64 each): they still unwrap data keys until `npm run rotate-data-key` rewrapped them all. */
  readonly dataKeyPrevious: readonly string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Every setting the app reads, with its default and what it accepts; the README's table mirrors this. */
export const CONFIG_VARIABLES = {
  PORT: { default: '3000', accepts: 'an integer from 0 to 65535 (0 picks a free port)' },
  HOST: { default: '127.0.0.1', accepts: 'an interface address to listen on, e.g. 0.0.0.0 in a container' },
  DATA_DIR: { default: './data', accepts: 'a folder for the SQLite file; created if missing' },
  EVENT_STORE: {
    default: 'sqlite',
    accepts: 'sqlite (durable, embedded), postgres (a PostgreSQL server at DATABASE_URL), kurrentdb (a KurrentDB server at KURRENTDB_CONNECTION_STRING) or memory (lost on exit)',
  },
  READ_MODEL_STORE: {
    default: 'postgres with EVENT_STORE=postgres, memory with memory, else sqlite',
    accepts: 'sqlite (files in DATA_DIR), postgres (the PostgreSQL server at DATABASE_URL: API replicas on several hosts share it) or memory (lost on exit)',
  },
  DATABASE_URL: {
    default: 'postgres://postgres@127.0.0.1:5432/test',
    accepts: 'a postgres:// or postgresql:// URL with a host and a database, e.g. postgres://user:password@host:5432/database',
  },
  SQLITE_SYNCHRONOUS: { default: 'FULL', accepts: 'FULL (survives power loss) or NORMAL (faster; may lose the last commits on power loss)' },
  LOG_LEVEL: { default: 'log', accepts: LOG_LEVELS.join(', ') },
  SCHEDULER: { default: 'on', accepts: 'on (this process fires timers) or off' },
  KAFKA_BROKERS: { default: '', accepts: 'comma-separated host:port of Kafka brokers; empty (the default) runs no relay' },
  KAFKA_CREATE_TOPICS: { default: 'on', accepts: 'on (the relay makes missing topics) or off (topics must exist)' },
  ROLES: { default: ROLES.join(','), accepts: `a comma-separated list of ${ROLES.join(', ')}` },
  KURRENTDB_CONNECTION_STRING: { default: '', accepts: 'a KurrentDB connection string, e.g. kurrentdb://kurrentdb:2113?tls=false; required when EVENT_STORE=kurrentdb' },
  LEASES: {
    default: 'files (postgres when EVENT_STORE or READ_MODEL_STORE is postgres)',
    accepts: 'files (lock files in DATA_DIR: processes on one host) or postgres (advisory locks in DATABASE_URL: processes on several hosts)',
  },
  CLIENT_CACHE_MB: {
    default: '128',
    accepts: 'an integer from 0 to 65536: MiB of heap for folded clients kept ready between commands and reads (0 keeps only the client used last)',
  },
  DATA_KEY: {
    default: '',
    accepts: 'the master key wrapping the per-client data keys of personal data: base64 of 32 random bytes (openssl rand -base64 32); a secret',
  },
  DATA_KEY_PREVIOUS: {
    default: '',
    accepts: 'comma-separated master keys being rotated out (base64 of 32 bytes each), set only during a rotation; secrets',
  },
  DATA_KEY_FILE: {
    default: '',
    accepts: 'a file holding DATA_KEY instead (base64); with neither set, DATA_DIR/data-key is made on first run',
  },
} as const;

const BROKER = /^[^\s:,/]+:(\d{1,5})$/;

type Variable = keyof typeof CONFIG_VARIABLES;

/** Reads and checks every variable, reporting all problems at once so a deploy is fixed in one go. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = (name: Variable): string => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? CONFIG_VARIABLES[name].default : value;
  };
  const oneOf = <T extends string>(name: Variable, allowed: readonly T[], normalize = (value: string) => value, fallback?: T): T => {
    const given = env[name]?.trim();
    const value = normalize(fallback !== undefined && (given === undefined || given === '') ? fallback : read(name));
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name}=${JSON.stringify(env[name])} is not valid: expected ${CONFIG_VARIABLES[name].accepts}`);
    return allowed[0];
  };

  const portText = read('PORT');
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535)
    problems.push(`PORT=${JSON.stringify(env.PORT)} is not valid: expected ${CONFIG_VARIABLES.PORT.accepts}`);

  const databaseUrl = read('DATABASE_URL');
  // Not echoed like the others: the URL may carry a password.
  if (!isPostgresUrl(databaseUrl)) problems.push(`DATABASE_URL is not valid: expected ${CONFIG_VARIABLES.DATABASE_URL.accepts}`);

  const clientCacheText = read('CLIENT_CACHE_MB');
  const clientCacheMb = Number(clientCacheText);
  if (!/^\d+$/.test(clientCacheText) || clientCacheMb > 65_536)
    problems.push(`CLIENT_CACHE_MB=${JSON.stringify(env.CLIENT_CACHE_MB)} is not valid: expected ${CONFIG_VARIABLES.CLIENT_CACHE_MB.accepts}`);

  const eventStore = oneOf('EVENT_STORE', ['sqlite', 'postgres', 'memory', 'kurrentdb'], (value) => value.toLowerCase());
  const readModelStore = oneOf<ReadModelStoreDriver>('READ_MODEL_STORE', ['sqlite', 'postgres', 'memory'], (value) => value.toLowerCase(), eventStore === 'kurrentdb' ? 'sqlite' : eventStore);
  const config: AppConfig = {
    port,
    host: read('HOST'),
    dataDir: resolve(cwd, read('DATA_DIR')),
    eventStore,
    readModelStore,
    databaseUrl,
    sqliteSynchronous: oneOf('SQLITE_SYNCHRONOUS', ['FULL', 'NORMAL'], (value) => value.toUpperCase()),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, (value) => value.toLowerCase()),
    scheduler: oneOf('SCHEDULER', ['on', 'off'], (value) => value.toLowerCase()) === 'on',
    kafkaBrokers: brokers(read('KAFKA_BROKERS'), env.KAFKA_BROKERS, problems),
    kafkaCreateTopics: oneOf('KAFKA_CREATE_TOPICS', ['on', 'off'], (value) => value.toLowerCase()) === 'on',
    roles: rolesOf(read('ROLES'), problems, env.ROLES),
    kurrentDbConnectionString: read('KURRENTDB_CONNECTION_STRING') || null,
    // Processes sharing PostgreSQL may sit on several hosts: lock files would not exclude each other there.
    leases: oneOf('LEASES', ['files', 'postgres'], (value) => value.toLowerCase(), eventStore === 'postgres' || readModelStore === 'postgres' ? 'postgres' : 'files'),
    clientCacheMb,
    dataKey: read('DATA_KEY') || null,
    dataKeyFile: read('DATA_KEY_FILE') ? resolve(cwd, read('DATA_KEY_FILE')) : null,
    dataKeyPrevious: read('DATA_KEY_PREVIOUS').split(',').map((key) => key.trim()).filter((key) => key !== ''),
  };
  if (config.dataKeyPrevious.some((key) => Buffer.from(key, 'base64').length !== 32))
    problems.push(`DATA_KEY_PREVIOUS is not valid: expected ${CONFIG_VARIABLES.DATA_KEY_PREVIOUS.accepts}`);
  // Not echoed: the key is a secret.
  if (config.dataKey !== null && Buffer.from(config.dataKey, 'base64').length !== 32)
    problems.push(`DATA_KEY is not valid: expected ${CONFIG_VARIABLES.DATA_KEY.accepts}`);
  if (config.dataKey !== null && config.dataKeyFile !== null) problems.push('DATA_KEY and DATA_KEY_FILE are both set: give the master key one way');
  if (config.eventStore === 'kurrentdb' && config.kurrentDbConnectionString === null)
    problems.push(`KURRENTDB_CONNECTION_STRING is not set: expected ${CONFIG_VARIABLES.KURRENTDB_CONNECTION_STRING.accepts}`);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function brokers(value: string, raw: string | undefined, problems: string[]): string[] {
  const list = value.split(',').map((broker) => broker.trim()).filter((broker) => broker !== '');
  const bad = list.filter((broker) => Number(BROKER.exec(broker)?.[1] ?? 65_536) > 65_535);
  if (bad.length > 0 || (value !== '' && list.length === 0))
    problems.push(`KAFKA_BROKERS=${JSON.stringify(raw)} is not valid: expected ${CONFIG_VARIABLES.KAFKA_BROKERS.accepts}`);
  return list;
}

function rolesOf(text: string, problems: string[], raw: string | undefined): ReadonlySet<Role> {
  const names = text.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(ROLES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0)
    problems.push(`ROLES=${JSON.stringify(raw)} is not valid: expected ${CONFIG_VARIABLES.ROLES.accepts}`);
  return new Set(names.filter((name): name is Role => (ROLES as readonly string[]).includes(name)));
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '' && /^\/[^/]+$/.test(url.pathname);
  } catch {
    return false;
  }
}
