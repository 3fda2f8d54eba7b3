import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type DocumentNode, GraphQLError, type GraphQLSchema, Lexer, parse, Source, TokenKind, validate } from 'graphql';
import { RequestRefusalReason } from '../errors/error-codes';
import type { FieldCost } from './field-costs';
import { type CostRequest, estimateQueryCostOf } from './query-cost';
import type { RequestLimits } from './request-limits';

export type LimitMeasure = 'cost' | 'tokens' | 'aliases' | 'depth' | 'directives';

export interface LimitExceeded {
  readonly measure: LimitMeasure;
  readonly reason: RequestRefusalReason;
  readonly found: number;
  readonly limit: number;
}

export interface QueryLimitsVerdict {
  /** Every limit the document goes over, the cost first; empty when it may run. */
  readonly exceeded: readonly LimitExceeded[];
  /** The estimated cost, when the document could be parsed. */
  readonly cost: number | null;
}

const FOUND = /found (\d+)/;
/** Documents seen lately that pass the size limits, so a client's usual queries are parsed once. */
const ACCEPTED_DOCUMENTS = 500;
/** Operation names whose cost is kept per document: a client naming operations the document lacks cannot grow it. */
const FIXED_COSTS_PER_DOCUMENT = 16;

interface AcceptedDocument {
  readonly document: DocumentNode;
  /** By operation name (empty without one): the costs that read no variable, the same for every request. */
  readonly fixedCosts: Map<string, number>;
}

/**
 * Measures query documents against the limits without running anything. A document that does
 * not parse is let through: Apollo reports its syntax error with the usual code. The size
 * measures (tokens, aliases, depth, directives) are taken once per document text; so is the cost
 * of an operation that takes no page size or list from its variables, and the cost of any other
 * is estimated again with each request's variables.
 */
export class QueryLimitsCheck {
  private readonly accepted = new Map<string, AcceptedDocument>();
  /** The schema the remembered costs were estimated against. */
  private schema: GraphQLSchema | null = null;

  constructor(
    private readonly limits: RequestLimits,
    private readonly costs?: Readonly<Record<string, FieldCost>>,
  ) {}

  check(schema: GraphQLSchema, source: string, request: CostRequest): QueryLimitsVerdict {
    if (schema !== this.schema) {
      this.accepted.clear();
      this.schema = schema;
    }
    const known = this.accepted.get(source);
    if (known) {
      // Map order is insertion order: re-inserting keeps the most recently used last.
      this.accepted.delete(source);
      this.accepted.set(source, known);
      return this.withCost(schema, known, request, []);
    }
    const tokens = countTokens(source);
    if (tokens === null) return { exceeded: [], cost: null };
    let document: DocumentNode;
    try {
      // Parsing is linear and the body limit bounds the text; validation is what a token limit protects.
      document = parse(source);
    } catch {
      return { exceeded: [], cost: null };
    }
    const sizes =
      tokens > this.limits.maxTokens
        ? [{ measure: 'tokens' as const, reason: RequestRefusalReason.TokensExceeded, found: tokens, limit: this.limits.maxTokens }]
        : armorVerdict(schema, document, this.limits);
    const accepted: AcceptedDocument = { document, fixedCosts: new Map() };
    if (sizes.length === 0) this.remember(source, accepted);
    return this.withCost(schema, accepted, request, sizes);
  }

  private withCost(schema: GraphQLSchema, accepted: AcceptedDocument, request: CostRequest, sizes: readonly LimitExceeded[]): QueryLimitsVerdict {
    const operation = request.operationName ?? '';
    let cost = accepted.fixedCosts.get(operation);
    if (cost === undefined) {
      const estimate = estimateQueryCostOf(schema, accepted.document, request, this.costs);
      cost = estimate.cost;
      if (!estimate.readsVariables && accepted.fixedCosts.size < FIXED_COSTS_PER_DOCUMENT) accepted.fixedCosts.set(operation, cost);
    }
    const over: LimitExceeded[] =
      cost > this.limits.maxCost ? [{ measure: 'cost', reason: RequestRefusalReason.CostExceeded, found: cost, limit: this.limits.maxCost }] : [];
    return { exceeded: [...over, ...sizes], cost };
  }

  private remember(source: string, accepted: AcceptedDocument): void {
    this.accepted.set(source, accepted);
    if (this.accepted.size > ACCEPTED_DOCUMENTS) this.accepted.delete(this.accepted.keys().next().value as string);
  }
}

/** Null when the source does not even lex: the parser's error says why. */
function countTokens(source: string): number | null {
  try {
    const lexer = new Lexer(new Source(source));
    let count = 0;
    while (lexer.advance().kind !== TokenKind.EOF) count++;
    return count;
  } catch {
    return null;
  }
}

/** graphql-armor's alias, depth and directive rules, collecting their verdicts instead of throwing. */
function armorVerdict(schema: GraphQLSchema, document: DocumentNode, limits: RequestLimits): LimitExceeded[] {
  const exceeded: LimitExceeded[] = [];
  const collect =
    (measure: LimitMeasure, reason: RequestRefusalReason, limit: number) =>
    (_context: unknown, error: GraphQLError): void => {
      exceeded.push({ measure, reason, found: Number(FOUND.exec(error.message)?.[1] ?? limit + 1), limit });
    };
  const { validationRules } = new ApolloArmor({
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxAliases: {
      n: limits.maxAliases,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [collect('aliases', RequestRefusalReason.AliasesExceeded, limits.maxAliases)],
    },
    maxDepth: {
      n: limits.maxDepth,
      exposeLimits: true,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [collect('depth', RequestRefusalReason.DepthExceeded, limits.maxDepth)],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [collect('directives', RequestRefusalReason.DirectivesExceeded, limits.maxDirectives)],
    },
  }).protect();
  validate(schema, document, validationRules);
  return exceeded;
}
