import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { estimateQueryCost, estimateQueryCostOf } from './query-cost';

const schema = buildSchema(readFileSync(resolve(__dirname, '../../../../schema.graphql'), 'utf8'));
const costOf = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  estimateQueryCost(schema, parse(query), { variables, operationName });
const aliases = (count: number, selection: string) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')} }`;

describe('the query cost estimate', () => {
  it('charges a client read and its scalars at the cost of one stream read', () => {
    expect(costOf('{ client(id: "acme") { name version } }')).toBe(2);
  });

  it('charges each insight what it costs to compute', () => {
    expect(costOf('{ client(id: "acme") { risk { score } profitability { paymentIndex } } }')).toBe(2 + 10 + 10);
  });

  it('multiplies what is selected under a list by the page size asked for', () => {
    const query = '{ clients(first: 100) { edges { node { client { timeline(first: 100) { edges { node { actor } } } } } } } }';

    // clients: 2 + 100 × (edges 1 + node 1 + client 2 + timeline (2 + 100 × (edges 1 + node 1)))
    expect(costOf(query)).toBe(2 + 100 * (1 + 1 + 2 + (2 + 100 * 2)));
  });

  it('reads the page size from a variable', () => {
    expect(costOf('query ($n: Int!) { terminations(first: $n) { edges { node { terminationId } } } }', { n: 50 })).toBe(2 + 50 * (1 + 1));
  });

  it('charges a history import per command, from the literal or the variables', () => {
    const literal = 'mutation { importClientHistory(clientId: "acme", commands: [{}, {}, {}]) { version } }';
    const variable = 'mutation ($commands: [ClientCommandInput!]!) { importClientHistory(clientId: "acme", commands: $commands) { version } }';

    expect(costOf(literal)).toBe(10 + 3 * 5);
    expect(costOf(variable, { commands: Array.from({ length: 40 }, () => ({})) })).toBe(10 + 40 * 5);
  });

  it('takes the default page size when none is given', () => {
    expect(costOf('{ terminations { edges { node { terminationId } } } }')).toBe(2 + 20 * (1 + 1));
  });

  it('adds up aliases: a thousand risk assessments cost a thousand times one', () => {
    expect(costOf(aliases(1_000, 'client(id: "acme") { risk { score } }'))).toBe(1_000 * 12);
  });

  it('charges the portfolio for folding every client, per alias', () => {
    expect(costOf(aliases(10, 'portfolio(from: "2026-01-01", to: "2026-12-31") { clientCount }'))).toBe(10 * 1_000);
  });

  it('counts fields inside fragments as if written in place', () => {
    const inline = costOf('{ client(id: "acme") { risk { score } } }');

    expect(costOf('{ client(id: "acme") { ...Insight } } fragment Insight on Client { risk { score } }')).toBe(inline);
    expect(costOf('{ client(id: "acme") { ... on Client { risk { score } } } }')).toBe(inline);
  });

  it('costs each fragment once, so doubling spreads cannot make the estimate itself slow', () => {
    const levels = 60;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1 ? `fragment F${level} on Client { risk { score } }` : `fragment F${level} on Client { ...F${level + 1} ...F${level + 1} }`,
    );

    expect(costOf(`{ client(id: "acme") { ...F0 } } ${fragments.join(' ')}`)).toBeGreaterThan(1e15);
  });

  it('survives a fragment cycle, which validation refuses later', () => {
    expect(costOf('{ client(id: "acme") { ...A } } fragment A on Client { ...B } fragment B on Client { ...A name }')).toBe(2);
  });

  it('costs the operation that runs when the request names one', () => {
    const document = 'query Cheap { client(id: "a") { name } } query Dear { client(id: "a") { risk { score } } }';

    expect(costOf(document, {}, 'Cheap')).toBe(2);
    expect(costOf(document)).toBe(12);
  });

  it('says whether the variables took part, so that a cost read from none may be kept for the document', () => {
    const readsVariables = (query: string, variables: Record<string, unknown> = {}) => estimateQueryCostOf(schema, parse(query), { variables }).readsVariables;

    expect(readsVariables('query ($id: String!) { client(id: $id) { risk { score } } }', { id: 'acme' })).toBe(false);
    expect(readsVariables('query ($after: String) { clients(first: 50, after: $after) { totalCount } }', { after: null })).toBe(false);
    expect(readsVariables('query ($n: Int!) { terminations(first: $n) { totalCount } }', { n: 5 })).toBe(true);
    expect(readsVariables('mutation ($commands: [ClientCommandInput!]!) { importClientHistory(clientId: "acme", commands: $commands) { version } }')).toBe(
      true,
    );
  });
});
