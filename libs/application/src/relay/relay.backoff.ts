export interface BackoffPolicy {
  /** The wait after the first failure. */
  readonly initialMs: number;
  /** No wait is longer, however long the broker stays down. */
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 200, maxMs: 30_000 };

/** The wait before attempt `failures + 1`: doubling from `initialMs`, capped at `maxMs`. */
export const backoffDelay = (failures: number, { initialMs, maxMs }: BackoffPolicy): number =>
  Math.min(maxMs, initialMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
