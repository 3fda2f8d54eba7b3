import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from '@client-lifecycle/graphql-api';

/** How the HTTP server treats sockets and bodies, before GraphQL sees anything. */
export interface HttpSettings {
  /** Time a client has to send the request headers. */
  readonly headersTimeoutMs: number;
  /** Time a client has to send the whole request. */
  readonly requestTimeoutMs: number;
  /** How long a kept-alive socket waits for the next request. */
  readonly keepAliveTimeoutMs: number;
  /** A socket with no traffic for this long is closed. */
  readonly idleSocketTimeoutMs: number;
  readonly bodyLimitBytes: number;
  /** Origins allowed to call from a browser; empty turns CORS off. */
  readonly corsOrigins: readonly string[];
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleSocketTimeoutMs: 30_000,
  bodyLimitBytes: 102_400,
  corsOrigins: [],
};

const integer = (fallback: number, what: string) => ({ default: String(fallback), accepts: what });

/** The limits' variables, merged into CONFIG_VARIABLES. */
export const LIMITS_CONFIG_VARIABLES = {
  QUERY_MAX_COST: integer(DEFAULT_REQUEST_LIMITS.maxCost, 'a positive integer: the estimated cost above which a query is refused (see docs/security.md)'),
  QUERY_MAX_DEPTH: integer(DEFAULT_REQUEST_LIMITS.maxDepth, 'a positive integer: the deepest field nesting allowed'),
  QUERY_MAX_ALIASES: integer(DEFAULT_REQUEST_LIMITS.maxAliases, 'a positive integer: the most aliases in one document'),
  QUERY_MAX_TOKENS: integer(DEFAULT_REQUEST_LIMITS.maxTokens, 'a positive integer: the most lexical tokens in one document'),
  QUERY_MAX_DIRECTIVES: integer(DEFAULT_REQUEST_LIMITS.maxDirectives, 'a positive integer: the most directives in one document'),
  REQUEST_DEADLINE_MS: integer(DEFAULT_REQUEST_LIMITS.executionDeadlineMs, 'a positive integer: milliseconds a GraphQL request may run'),
  RATE_LIMIT_POINTS: integer(DEFAULT_REQUEST_LIMITS.rateLimitPoints, 'an integer: points per principal per window; 0 turns rate limiting off'),
  RATE_LIMIT_WINDOW_MS: integer(DEFAULT_REQUEST_LIMITS.rateLimitWindowMs, 'a positive integer: the sliding window of the rate limit, in milliseconds'),
  RATE_LIMIT_COST_PER_POINT: integer(
    DEFAULT_REQUEST_LIMITS.costPerPoint,
    'a positive integer: estimated cost bought by one point (a request spends at least one)',
  ),
  IMPORT_MAX_COMMANDS: integer(DEFAULT_REQUEST_LIMITS.maxImportCommands, 'a positive integer: the most commands one importClientHistory batch may carry'),
  HTTP_HEADERS_TIMEOUT_MS: integer(DEFAULT_HTTP_SETTINGS.headersTimeoutMs, 'a positive integer: milliseconds a client has to send the request headers'),
  HTTP_REQUEST_TIMEOUT_MS: integer(
    DEFAULT_HTTP_SETTINGS.requestTimeoutMs,
    'a positive integer, at least HTTP_HEADERS_TIMEOUT_MS: milliseconds a client has to send the whole request',
  ),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: integer(
    DEFAULT_HTTP_SETTINGS.keepAliveTimeoutMs,
    'a positive integer: milliseconds a kept-alive socket waits for the next request',
  ),
  HTTP_IDLE_TIMEOUT_MS: integer(DEFAULT_HTTP_SETTINGS.idleSocketTimeoutMs, 'a positive integer: milliseconds without traffic after which a socket is closed'),
  BODY_LIMIT_BYTES: integer(DEFAULT_HTTP_SETTINGS.bodyLimitBytes, 'a positive integer: the largest request body accepted, in bytes'),
  CORS_ORIGINS: { default: '', accepts: 'comma-separated origins allowed from browsers, e.g. https://crm.example.com; empty (the default) turns CORS off' },
} as const;

type LimitsVariable = keyof typeof LIMITS_CONFIG_VARIABLES;

const ORIGIN = /^https?:\/\/[^\s/,]+$/;

/** Reads the limits' variables, adding a line to `problems` for each bad one. */
export function loadLimitsConfig(env: Readonly<Record<string, string | undefined>>, problems: string[]): { limits: RequestLimits; http: HttpSettings } {
  const read = (name: LimitsVariable): string => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? LIMITS_CONFIG_VARIABLES[name].default : value;
  };
  const count = (name: LimitsVariable, minimum = 1): number => {
    const text = read(name);
    const value = Number(text);
    if (/^\d+$/.test(text) && Number.isSafeInteger(value) && value >= minimum) return value;
    problems.push(`${name}=${JSON.stringify(env[name])} is not valid: expected ${LIMITS_CONFIG_VARIABLES[name].accepts}`);
    return Number(LIMITS_CONFIG_VARIABLES[name].default);
  };

  const origins = read('CORS_ORIGINS')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  if (origins.some((origin) => !ORIGIN.test(origin)))
    problems.push(`CORS_ORIGINS=${JSON.stringify(env.CORS_ORIGINS)} is not valid: expected ${LIMITS_CONFIG_VARIABLES.CORS_ORIGINS.accepts}`);

  const http: HttpSettings = {
    headersTimeoutMs: count('HTTP_HEADERS_TIMEOUT_MS'),
    requestTimeoutMs: count('HTTP_REQUEST_TIMEOUT_MS'),
    keepAliveTimeoutMs: count('HTTP_KEEP_ALIVE_TIMEOUT_MS'),
    idleSocketTimeoutMs: count('HTTP_IDLE_TIMEOUT_MS'),
    bodyLimitBytes: count('BODY_LIMIT_BYTES'),
    corsOrigins: origins,
  };
  // Node refuses a request timeout shorter than the headers timeout.
  if (http.requestTimeoutMs < http.headersTimeoutMs)
    problems.push(`HTTP_REQUEST_TIMEOUT_MS=${http.requestTimeoutMs} is not valid: expected ${LIMITS_CONFIG_VARIABLES.HTTP_REQUEST_TIMEOUT_MS.accepts}`);

  const limits: RequestLimits = {
    maxCost: count('QUERY_MAX_COST'),
    maxDepth: count('QUERY_MAX_DEPTH'),
    maxAliases: count('QUERY_MAX_ALIASES'),
    maxTokens: count('QUERY_MAX_TOKENS'),
    maxDirectives: count('QUERY_MAX_DIRECTIVES'),
    executionDeadlineMs: count('REQUEST_DEADLINE_MS'),
    rateLimitPoints: count('RATE_LIMIT_POINTS', 0),
    rateLimitWindowMs: count('RATE_LIMIT_WINDOW_MS'),
    costPerPoint: count('RATE_LIMIT_COST_PER_POINT'),
    fieldSuggestions: (env.NODE_ENV ?? '').trim().toLowerCase() !== 'production',
    maxImportCommands: count('IMPORT_MAX_COMMANDS'),
  };
  return { limits, http };
}
