import { resolve } from 'node:path';
import type { PaymentPlanLimits } from '@client-lifecycle/domain';
import type { RequestLimits } from '@client-lifecycle/graphql-api';
import { COLLECTION_CONFIG_VARIABLES, loadCollectionConfig } from './collection.config';
import { type HttpSettings, LIMITS_CONFIG_VARIABLES, loadLimitsConfig } from './limits.config';

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
  /** Heap the assessments `client(id)` read from the client list and keep parsed may hold, in MiB. */
  readonly assessmentCacheMb: number;
  /** Bounds on each GraphQL request: cost, size, rate, deadline, suggestions. */
  readonly limits: RequestLimits;
  /** The guardrails of `proposePaymentPlan`. */
  readonly paymentPlanLimits: PaymentPlanLimits;
  /** Socket timeouts, body limit and CORS of the HTTP server. */
  readonly http: HttpSettings;
  /** How many clients' folded histories the projector and the relay each keep in memory. */
  readonly foldCacheClients: number;
  /** Logs, traces, readiness and boot checks. */
  readonly operations: OperationsConfig;
  readonly access: AccessConfig;
  /** The master key that wraps the per-client data keys (base64 of 32 bytes), when given inline. */
  readonly dataKey: string | null;
  /** Absolute path of a file holding the master key (base64); with neither this nor dataKey, DATA_DIR/data-key is used (made on first run). */
  readonly dataKeyFile: string | null;
  /** Master keys being rotated out (base64 each): they still unwrap data keys until `npm run rotate-data-key` rewrapped them all. */
  readonly dataKeyPrevious: readonly string[];
}

/** Who may call the API: API keys always, tokens of the company's identity provider when configured. */
export interface AccessConfig {
  /** False only under NODE_ENV=test (the authentication bench): every request then holds every role. */
  readonly authentication: boolean;
  /** An ADMIN key this secret must open (automation, CI, compose); null: a fresh DATA_DIR gets a printed first-run key. */
  readonly adminApiKey: string | null;
  readonly jwt: JwtConfig | null;
}

export interface JwtConfig {
  readonly jwksUrl: string;
  readonly issuer: string;
  readonly audience: string;
  readonly rolesClaim: string;
}

export type LogFormat = 'json' | 'pretty';

export interface OperationsConfig {
  /** JSON lines in production, readable lines in development. */
  readonly logFormat: LogFormat;
  /** NO_COLOR set: readable lines carry no colour codes (nor do they when stdout is not a terminal). */
  readonly noColour: boolean;
  /** OpenTelemetry tracing; null when no OTLP endpoint is configured (tracing off). */
  readonly tracing: TracingConfig | null;
  /** Projection lag (events) past which /health/ready answers 503. */
  readonly readyMaxProjectionLag: number;
  /** Free space (MiB) under DATA_DIR below which /health/ready answers 503. */
  readonly readyMinFreeDiskMb: number;
  /** Start even when the log is empty while read models hold data, rebuilding them from the log. */
  readonly rebuildReadModels: boolean;
}

export interface TracingConfig {
  readonly serviceName: string;
  /** The OTLP/HTTP traces URL, e.g. http://collector:4318/v1/traces. */
  readonly tracesEndpoint: string;
  /** OTEL_TRACES_SAMPLER as the specification names it, with its ratio for the ratio samplers. */
  readonly sampler: TraceSampler;
  readonly samplerRatio: number;
}

export type TraceSampler = 'always_on' | 'always_off' | 'traceidratio' | 'parentbased_always_on' | 'parentbased_always_off' | 'parentbased_traceidratio';
const TRACE_SAMPLERS: readonly TraceSampler[] = [
  'parentbased_always_on',
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_off',
  'parentbased_traceidratio',
];

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const ADMIN_API_KEY_MIN_LENGTH = 32;

const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Every setting the app reads, with its default and what it accepts; the README's table mirrors this. */
export const CONFIG_VARIABLES = {
  PORT: { default: '3000', accepts: 'an integer from 0 to 65535 (0 picks a free port)' },
  HOST: { default: '127.0.0.1', accepts: 'an interface address to listen on, e.g. 0.0.0.0 in a container' },
  DATA_DIR: { default: './data', accepts: 'a folder for the SQLite file; created if missing' },
  EVENT_STORE: {
    default: 'sqlite',
    accepts:
      'sqlite (durable, embedded), postgres (a PostgreSQL server at DATABASE_URL), kurrentdb (a KurrentDB server at KURRENTDB_CONNECTION_STRING) or memory (lost on exit)',
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
  KURRENTDB_CONNECTION_STRING: {
    default: '',
    accepts: 'a KurrentDB connection string, e.g. kurrentdb://kurrentdb:2113?tls=false; required when EVENT_STORE=kurrentdb',
  },
  LEASES: {
    default: 'files (postgres when EVENT_STORE or READ_MODEL_STORE is postgres)',
    accepts: 'files (lock files in DATA_DIR: processes on one host) or postgres (advisory locks in DATABASE_URL: processes on several hosts)',
  },
  CLIENT_CACHE_MB: {
    default: '128',
    accepts: 'an integer from 0 to 65536: MiB of heap for folded clients kept ready between commands and reads (0 keeps only the client used last)',
  },
  ASSESSMENT_CACHE_MB: {
    default: '64',
    accepts: "an integer from 0 to 65536: MiB of heap for the client list's assessments client(id) keeps parsed, per folded client and day (0 keeps none)",
  },
  ...LIMITS_CONFIG_VARIABLES,
  ...COLLECTION_CONFIG_VARIABLES,
  FOLD_CACHE_CLIENTS: {
    default: '1000',
    accepts:
      'an integer from 1 to 10000000: clients whose folded history the projector and the relay each keep in memory (others are folded again from their stream when they change)',
  },
  NODE_ENV: {
    default: 'development',
    accepts: 'production (JSON log lines, no "Did you mean" hints that name schema fields) or anything else (readable log lines, hints on)',
  },
  LOG_FORMAT: { default: 'json with NODE_ENV=production, else pretty', accepts: 'json (one JSON object a line) or pretty (readable)' },
  NO_COLOR: { default: '', accepts: 'any non-empty value: readable log lines without colour codes' },
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    default: '',
    accepts: 'the OTLP/HTTP base URL of a collector, e.g. http://otel-collector:4318; empty (the default) turns tracing off',
  },
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: {
    default: 'OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces',
    accepts: 'the full OTLP/HTTP traces URL; turns tracing on by itself',
  },
  OTEL_SERVICE_NAME: { default: 'client-lifecycle', accepts: 'the service.name on every span' },
  OTEL_TRACES_SAMPLER: { default: 'parentbased_always_on', accepts: TRACE_SAMPLERS.join(', ') },
  OTEL_TRACES_SAMPLER_ARG: { default: '1', accepts: 'the sampling ratio from 0 to 1 for the traceidratio samplers' },
  READY_MIN_FREE_DISK_MB: { default: '64', accepts: 'free MiB under DATA_DIR below which /health/ready answers 503 (the disk is as good as full)' },
  READY_MAX_PROJECTION_LAG: { default: '10000', accepts: 'events a read model may trail the log before /health/ready answers 503' },
  REBUILD_READ_MODELS: {
    default: 'off',
    accepts: 'on (start although the log is empty while read models hold data, and rebuild them from the log) or off (refuse to start then)',
  },
  ADMIN_API_KEY: {
    default: '',
    accepts: `a secret of at least ${ADMIN_API_KEY_MIN_LENGTH} characters (no spaces): an ADMIN API key with it is made if missing; empty: a fresh DATA_DIR prints a first-run key`,
  },
  AUTH_JWKS_URL: { default: '', accepts: "an http(s) URL of the identity provider's JWKS; empty: API keys only" },
  AUTH_ISSUER: { default: '', accepts: "the tokens' iss exactly; required with AUTH_JWKS_URL" },
  AUTH_AUDIENCE: { default: '', accepts: "the tokens' aud; required with AUTH_JWKS_URL" },
  AUTH_ROLES_CLAIM: { default: 'roles', accepts: 'the claim holding the access roles (an array, or a space-separated string); dots reach into nested claims' },
  AUTHENTICATION: { default: 'on', accepts: 'on, or off only when NODE_ENV=test (every request then holds every role: for the authentication bench)' },
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
  if (!/^\d+$/.test(portText) || port > 65_535) problems.push(`PORT=${JSON.stringify(env.PORT)} is not valid: expected ${CONFIG_VARIABLES.PORT.accepts}`);

  const databaseUrl = read('DATABASE_URL');
  // Not echoed like the others: the URL may carry a password.
  if (!isPostgresUrl(databaseUrl)) problems.push(`DATABASE_URL is not valid: expected ${CONFIG_VARIABLES.DATABASE_URL.accepts}`);

  const clientCacheText = read('CLIENT_CACHE_MB');
  const clientCacheMb = Number(clientCacheText);
  if (!/^\d+$/.test(clientCacheText) || clientCacheMb > 65_536)
    problems.push(`CLIENT_CACHE_MB=${JSON.stringify(env.CLIENT_CACHE_MB)} is not valid: expected ${CONFIG_VARIABLES.CLIENT_CACHE_MB.accepts}`);
  const assessmentCacheText = read('ASSESSMENT_CACHE_MB');
  const assessmentCacheMb = Number(assessmentCacheText);
  if (!/^\d+$/.test(assessmentCacheText) || assessmentCacheMb > 65_536)
    problems.push(`ASSESSMENT_CACHE_MB=${JSON.stringify(env.ASSESSMENT_CACHE_MB)} is not valid: expected ${CONFIG_VARIABLES.ASSESSMENT_CACHE_MB.accepts}`);
  const foldCacheText = read('FOLD_CACHE_CLIENTS');
  const foldCacheClients = Number(foldCacheText);
  if (!/^\d+$/.test(foldCacheText) || foldCacheClients < 1 || foldCacheClients > 10_000_000)
    problems.push(`FOLD_CACHE_CLIENTS=${JSON.stringify(env.FOLD_CACHE_CLIENTS)} is not valid: expected ${CONFIG_VARIABLES.FOLD_CACHE_CLIENTS.accepts}`);
  const lagText = read('READY_MAX_PROJECTION_LAG');
  if (!/^\d+$/.test(lagText))
    problems.push(
      `READY_MAX_PROJECTION_LAG=${JSON.stringify(env.READY_MAX_PROJECTION_LAG)} is not valid: expected ${CONFIG_VARIABLES.READY_MAX_PROJECTION_LAG.accepts}`,
    );
  const diskText = read('READY_MIN_FREE_DISK_MB');
  if (!/^\d+$/.test(diskText))
    problems.push(
      `READY_MIN_FREE_DISK_MB=${JSON.stringify(env.READY_MIN_FREE_DISK_MB)} is not valid: expected ${CONFIG_VARIABLES.READY_MIN_FREE_DISK_MB.accepts}`,
    );
  const production = env.NODE_ENV?.trim() === 'production';
  const operations: OperationsConfig = {
    logFormat: oneOf<LogFormat>('LOG_FORMAT', ['json', 'pretty'], (value) => value.toLowerCase(), production ? 'json' : 'pretty'),
    noColour: (env.NO_COLOR ?? '') !== '',
    tracing: tracingOf(env, problems),
    readyMaxProjectionLag: Number(lagText),
    readyMinFreeDiskMb: Number(diskText),
    rebuildReadModels: oneOf('REBUILD_READ_MODELS', ['off', 'on'], (value) => value.toLowerCase()) === 'on',
  };

  const eventStore = oneOf('EVENT_STORE', ['sqlite', 'postgres', 'memory', 'kurrentdb'], (value) => value.toLowerCase());
  const readModelStore = oneOf<ReadModelStoreDriver>(
    'READ_MODEL_STORE',
    ['sqlite', 'postgres', 'memory'],
    (value) => value.toLowerCase(),
    eventStore === 'kurrentdb' ? 'sqlite' : eventStore,
  );
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
    leases: oneOf(
      'LEASES',
      ['files', 'postgres'],
      (value) => value.toLowerCase(),
      eventStore === 'postgres' || readModelStore === 'postgres' ? 'postgres' : 'files',
    ),
    clientCacheMb,
    assessmentCacheMb,
    ...loadLimitsConfig(env, problems),
    ...loadCollectionConfig(env, problems),
    foldCacheClients,
    operations,
    access: accessOf(read, env, problems),
    dataKey: read('DATA_KEY') || null,
    dataKeyFile: read('DATA_KEY_FILE') ? resolve(cwd, read('DATA_KEY_FILE')) : null,
    dataKeyPrevious: read('DATA_KEY_PREVIOUS')
      .split(',')
      .map((key) => key.trim())
      .filter((key) => key !== ''),
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

/** The standard OTEL_* variables; tracing stays off unless an OTLP endpoint is given. */
function tracingOf(env: Readonly<Record<string, string | undefined>>, problems: string[]): TracingConfig | null {
  const value = (name: keyof typeof CONFIG_VARIABLES) => env[name]?.trim() ?? '';
  const base = value('OTEL_EXPORTER_OTLP_ENDPOINT');
  const tracesEndpoint = value('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') || (base === '' ? '' : `${base.replace(/\/+$/, '')}/v1/traces`);
  const sampler = (value('OTEL_TRACES_SAMPLER') || 'parentbased_always_on').toLowerCase();
  if (!(TRACE_SAMPLERS as readonly string[]).includes(sampler))
    problems.push(`OTEL_TRACES_SAMPLER=${JSON.stringify(env.OTEL_TRACES_SAMPLER)} is not valid: expected ${CONFIG_VARIABLES.OTEL_TRACES_SAMPLER.accepts}`);
  const ratioText = value('OTEL_TRACES_SAMPLER_ARG') || '1';
  const samplerRatio = Number(ratioText);
  if (!Number.isFinite(samplerRatio) || samplerRatio < 0 || samplerRatio > 1)
    problems.push(
      `OTEL_TRACES_SAMPLER_ARG=${JSON.stringify(env.OTEL_TRACES_SAMPLER_ARG)} is not valid: expected ${CONFIG_VARIABLES.OTEL_TRACES_SAMPLER_ARG.accepts}`,
    );
  if (tracesEndpoint === '') return null;
  if (!/^https?:\/\/[^\s]+$/.test(tracesEndpoint))
    problems.push(`OTEL_EXPORTER_OTLP_ENDPOINT is not valid: expected ${CONFIG_VARIABLES.OTEL_EXPORTER_OTLP_ENDPOINT.accepts}`);
  return { serviceName: value('OTEL_SERVICE_NAME') || 'client-lifecycle', tracesEndpoint, sampler: sampler as TraceSampler, samplerRatio };
}

function accessOf(read: (name: Variable) => string, env: Readonly<Record<string, string | undefined>>, problems: string[]): AccessConfig {
  const adminApiKey = read('ADMIN_API_KEY');
  // Not echoed: it is a secret.
  if (adminApiKey !== '' && (adminApiKey.length < ADMIN_API_KEY_MIN_LENGTH || /\s/.test(adminApiKey)))
    problems.push(`ADMIN_API_KEY is not valid: expected ${CONFIG_VARIABLES.ADMIN_API_KEY.accepts}`);
  const authentication = read('AUTHENTICATION').toLowerCase();
  if (authentication !== 'on' && !(authentication === 'off' && env.NODE_ENV === 'test'))
    problems.push(`AUTHENTICATION=${JSON.stringify(env.AUTHENTICATION)} is not valid: expected ${CONFIG_VARIABLES.AUTHENTICATION.accepts}`);
  const jwksUrl = read('AUTH_JWKS_URL');
  const issuer = read('AUTH_ISSUER');
  const audience = read('AUTH_AUDIENCE');
  if (jwksUrl === '') {
    if (issuer !== '' || audience !== '') problems.push('AUTH_ISSUER and AUTH_AUDIENCE need AUTH_JWKS_URL: expected all three, or none');
  } else {
    if (!isHttpUrl(jwksUrl))
      problems.push(`AUTH_JWKS_URL=${JSON.stringify(env.AUTH_JWKS_URL)} is not valid: expected ${CONFIG_VARIABLES.AUTH_JWKS_URL.accepts}`);
    if (issuer === '') problems.push(`AUTH_ISSUER is not set: expected ${CONFIG_VARIABLES.AUTH_ISSUER.accepts}`);
    if (audience === '') problems.push(`AUTH_AUDIENCE is not set: expected ${CONFIG_VARIABLES.AUTH_AUDIENCE.accepts}`);
  }
  return {
    authentication: authentication !== 'off',
    adminApiKey: adminApiKey === '' ? null : adminApiKey,
    jwt: jwksUrl === '' ? null : { jwksUrl, issuer, audience, rolesClaim: read('AUTH_ROLES_CLAIM') },
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function brokers(value: string, raw: string | undefined, problems: string[]): string[] {
  const list = value
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker !== '');
  const bad = list.filter((broker) => Number(BROKER.exec(broker)?.[1] ?? 65_536) > 65_535);
  if (bad.length > 0 || (value !== '' && list.length === 0))
    problems.push(`KAFKA_BROKERS=${JSON.stringify(raw)} is not valid: expected ${CONFIG_VARIABLES.KAFKA_BROKERS.accepts}`);
  return list;
}

function rolesOf(text: string, problems: string[], raw: string | undefined): ReadonlySet<Role> {
  const names = text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(ROLES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) problems.push(`ROLES=${JSON.stringify(raw)} is not valid: expected ${CONFIG_VARIABLES.ROLES.accepts}`);
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
