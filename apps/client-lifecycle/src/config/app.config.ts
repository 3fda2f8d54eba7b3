import { resolve } from 'node:path';

export type EventStoreDriver = 'sqlite' | 'memory';
export type SqliteSynchronous = 'FULL' | 'NORMAL';
export type LogLevel = 'error' | 'warn' | 'log' | 'debug' | 'verbose';

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute; the SQLite file lives here. */
  readonly dataDir: string;
  readonly eventStore: EventStoreDriver;
  readonly sqliteSynchronous: SqliteSynchronous;
  readonly logLevel: LogLevel;
  /** Whether this process fires timers (invoice aging, broken promises, ladder steps). */
  readonly scheduler: boolean;
  /** Whether this process runs the termination process manager (client actions, payments fed in). */
  readonly terminationProcess: boolean;
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
  EVENT_STORE: { default: 'sqlite', accepts: 'sqlite (durable, embedded) or memory (lost on exit)' },
  SQLITE_SYNCHRONOUS: { default: 'FULL', accepts: 'FULL (survives power loss) or NORMAL (faster; may lose the last commits on power loss)' },
  LOG_LEVEL: { default: 'log', accepts: LOG_LEVELS.join(', ') },
  SCHEDULER: { default: 'on', accepts: 'on (this process fires timers) or off' },
  TERMINATION_PROCESS: { default: 'on', accepts: 'on (this process runs the termination process manager) or off' },
} as const;

type Variable = keyof typeof CONFIG_VARIABLES;

/** Reads and checks every variable, reporting all problems at once so a deploy is fixed in one go. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = (name: Variable): string => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? CONFIG_VARIABLES[name].default : value;
  };
  const oneOf = <T extends string>(name: Variable, allowed: readonly T[], normalize = (value: string) => value): T => {
    const value = normalize(read(name));
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name}=${JSON.stringify(env[name])} is not valid: expected ${CONFIG_VARIABLES[name].accepts}`);
    return allowed[0];
  };

  const portText = read('PORT');
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535)
    problems.push(`PORT=${JSON.stringify(env.PORT)} is not valid: expected ${CONFIG_VARIABLES.PORT.accepts}`);

  const config: AppConfig = {
    port,
    host: read('HOST'),
    dataDir: resolve(cwd, read('DATA_DIR')),
    eventStore: oneOf('EVENT_STORE', ['sqlite', 'memory'], (value) => value.toLowerCase()),
    sqliteSynchronous: oneOf('SQLITE_SYNCHRONOUS', ['FULL', 'NORMAL'], (value) => value.toUpperCase()),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, (value) => value.toLowerCase()),
    scheduler: oneOf('SCHEDULER', ['on', 'off'], (value) => value.toLowerCase()) === 'on',
    terminationProcess: oneOf('TERMINATION_PROCESS', ['on', 'off'], (value) => value.toLowerCase()) === 'on',
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
