import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Latency buckets in seconds: a millisecond query to a ten-second report. */
const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Appends written in one SQLite transaction. */
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];

/** The paths worth a series of their own; anything else (scanners, typos) is `other`. */
export const KNOWN_ROUTES: ReadonlySet<string> = new Set(['/graphql', '/graphiql', '/health', '/health/live', '/health/ready', '/metrics']);

/** Distinct operation names kept as labels; later ones are `other`, so a client cannot grow the series without bound. */
export const MAX_OPERATION_NAMES = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Every series this process exposes on /metrics, in one registry of its own (not prom-client's
 * global one), with the process's default metrics under the same prefix.
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly httpDuration = new Histogram({
    name: 'client_lifecycle_http_request_duration_seconds',
    help: 'HTTP requests by method, route (known paths, else other) and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'client_lifecycle_graphql_operation_duration_seconds',
    help: `GraphQL operations by type, name (the first ${MAX_OPERATION_NAMES} names seen, else other) and outcome (ok or the error code).`,
    labelNames: ['type', 'operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: 'client_lifecycle_commands_total',
    help: 'Commands (mutation fields) by name and outcome: OK, or the error code and reason clients receive.',
    labelNames: ['command', 'code', 'reason'] as const,
    registers: [this.registry],
  });

  readonly appends = new Counter({
    name: 'client_lifecycle_appends_total',
    help: 'Appends to the event log, by result (stored, deduplicated or failed).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly appendedEvents = new Counter({
    name: 'client_lifecycle_appended_events_total',
    help: 'Events stored in the log by this process.',
    registers: [this.registry],
  });

  readonly groupCommitAppends = new Histogram({
    name: 'client_lifecycle_group_commit_appends',
    help: 'Appends written together in one SQLite transaction (group commit).',
    buckets: BATCH_BUCKETS,
    registers: [this.registry],
  });

  readonly firedTimers = new Counter({
    name: 'client_lifecycle_scheduler_fired_timers_total',
    help: 'Timers the scheduler fired (invoice aging, broken promises, ladder steps, termination deadlines).',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'client_lifecycle_' });
  }

  /** A gauge read when Prometheus scrapes, from whatever holds the figure. */
  gauge<Label extends string>(name: string, help: string, labelNames: readonly Label[], read: (gauge: Gauge<Label>) => Promise<void> | void): void {
    new Gauge<Label>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await read(this);
      },
    });
  }

  routeOf(path: string): string {
    const bare = path.split('?')[0].replace(/\/+$/, '') || '/';
    return KNOWN_ROUTES.has(bare) ? bare : 'other';
  }

  operationOf(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (!OPERATION_NAME.test(name) || this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
