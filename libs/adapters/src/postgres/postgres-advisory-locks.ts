/**
 * Keys of the advisory locks the adapters take. They share one number space per database with
 * every other user of advisory locks, so each key is chosen here, once.
 */
export const POSTGRES_ADVISORY_LOCKS = {
  /** Held while a component's schema is migrated, so two processes booting at once do not race. */
  migrations: 7_413_001,
  /** Held by every event-store append from its position lookup to its commit. */
  appends: 7_413_002,
} as const;
