/** How much one GraphQL request may ask for; the app reads these from its validated config. */
export interface RequestLimits {
  /** Estimated cost (see field-costs.ts) above which a query is refused before it runs. */
  readonly maxCost: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxDirectives: number;
  /** Execution stops between two resolvers once a request has run this long. */
  readonly executionDeadlineMs: number;
  /** Points each principal may spend per window; a request spends one point per `costPerPoint`, at least one. 0 turns rate limiting off. */
  readonly rateLimitPoints: number;
  readonly rateLimitWindowMs: number;
  readonly costPerPoint: number;
  /** "Did you mean" hints name schema fields; off in production. */
  readonly fieldSuggestions: boolean;
  /** The most commands one `importClientHistory` batch may carry. */
  readonly maxImportCommands: number;
}

/** The request limits the gateway runs with, for resolvers that bound their own input. */
export const REQUEST_LIMITS = Symbol('REQUEST_LIMITS');

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxCost: 5_000,
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 2_000,
  maxDirectives: 20,
  executionDeadlineMs: 10_000,
  rateLimitPoints: 1_200,
  rateLimitWindowMs: 60_000,
  costPerPoint: 100,
  fieldSuggestions: true,
  maxImportCommands: 200,
};
