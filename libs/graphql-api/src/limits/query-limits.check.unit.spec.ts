import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, getIntrospectionQuery } from 'graphql';
import { GRAPHIQL_DEFAULT_QUERY } from '../graphiql-default-query';
import { FIELD_COSTS } from './field-costs';
import { QueryLimitsCheck } from './query-limits.check';
import { DEFAULT_REQUEST_LIMITS } from './request-limits';

const schema = buildSchema(readFileSync(resolve(__dirname, '../../../../schema.graphql'), 'utf8'));
const limits = { ...DEFAULT_REQUEST_LIMITS, maxCost: 100, maxDepth: 4, maxAliases: 3, maxTokens: 200, maxDirectives: 2 };
const check = (source: string, variables: Record<string, unknown> = {}) => new QueryLimitsCheck(limits).check(schema, source, { variables });

describe('the query limits', () => {
  it('lets a modest query through with its estimated cost', () => {
    expect(check('{ client(id: "acme") { name risk { score } } }')).toEqual({ exceeded: [], cost: 12 });
  });

  it.each([
    [
      'aliases',
      '{ a: client(id: "1") { name } b: client(id: "2") { name } c: client(id: "3") { name } d: client(id: "4") { name } }',
      'LIMITS.ALIASES_EXCEEDED',
      4,
      3,
    ],
    ['depth', '{ client(id: "1") { termination { client { termination { client { name } } } } } }', 'LIMITS.DEPTH_EXCEEDED', 6, 4],
    ['directives', '{ client(id: "1") { name @include(if: true) version @include(if: true) clientId @skip(if: false) } }', 'LIMITS.DIRECTIVES_EXCEEDED', 3, 2],
    ['tokens', `{ client(id: "1") { ${'name '.repeat(200)}} }`, 'LIMITS.TOKENS_EXCEEDED', 210, 200],
  ])('refuses a document over the %s limit, saying by how much', (_, source, reason, found, limit) => {
    expect(check(source).exceeded).toEqual([expect.objectContaining({ reason, found, limit })]);
  });

  it('puts the cost first when a document is over several limits', () => {
    const verdict = check(
      '{ a: portfolio(from: "2026-01-01", to: "2026-12-31") { clientCount } b: client(id: "1") { name } c: client(id: "2") { name } d: client(id: "3") { name } }',
    );

    expect(verdict.exceeded.map((exceeded) => exceeded.reason)).toEqual(['LIMITS.COST_EXCEEDED', 'LIMITS.ALIASES_EXCEEDED']);
  });

  it("costs a known document again with each request's variables", () => {
    const limitsCheck = new QueryLimitsCheck(limits);
    const source = 'query ($n: Int!) { terminations(first: $n) { edges { node { terminationId } } } }';

    expect(limitsCheck.check(schema, source, { variables: { n: 10 } }).exceeded).toEqual([]);
    expect(limitsCheck.check(schema, source, { variables: { n: 100 } }).exceeded).toEqual([
      expect.objectContaining({ reason: 'LIMITS.COST_EXCEEDED', found: 202 }),
    ]);
  });

  it('estimates the cost of a known document once when no variable sizes it, and again for each request otherwise', () => {
    let tableReads = 0;
    const counted = new Proxy(FIELD_COSTS, {
      get(target, property, receiver) {
        tableReads++;
        return Reflect.get(target, property, receiver);
      },
    });
    const limitsCheck = new QueryLimitsCheck(limits, counted);
    const fixed = 'query ($id: String!) { client(id: $id) { name risk { score } } }';
    const sized = 'query ($n: Int!) { terminations(first: $n) { edges { node { terminationId } } } }';
    const readsFor = (source: string, variables: Record<string, unknown>) => {
      const before = tableReads;
      const verdict = limitsCheck.check(schema, source, { variables });
      return { cost: verdict.cost, reads: tableReads - before };
    };

    expect(readsFor(fixed, { id: 'a' }).reads).toBeGreaterThan(0);
    expect(readsFor(fixed, { id: 'b' })).toEqual({ cost: 12, reads: 0 });
    expect(readsFor(sized, { n: 10 }).cost).toBe(22);
    expect(readsFor(sized, { n: 20 }).cost).toBe(42);
    expect(readsFor(sized, { n: 30 }).reads).toBeGreaterThan(0);
  });

  it('leaves a syntax error to Apollo, which reports it with its own code', () => {
    expect(check('{ client(id: "1") { name ')).toEqual({ exceeded: [], cost: null });
  });

  it('lets GraphiQL introspect the schema and run its default query under the default limits', () => {
    const defaults = new QueryLimitsCheck(DEFAULT_REQUEST_LIMITS);

    expect(defaults.check(schema, getIntrospectionQuery(), {}).exceeded).toEqual([]);
    expect(defaults.check(schema, GRAPHIQL_DEFAULT_QUERY, {}).exceeded).toEqual([]);
  });
});
