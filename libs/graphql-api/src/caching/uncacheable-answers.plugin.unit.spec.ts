import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { uncacheableAnswersPlugins } from './uncacheable-answers.plugin';

const typeDefs = 'type Money { amountMinor: Int! currency: String! } type Query { money: Money! names: [String!]! broken: String }';
const resolvers = {
  Query: {
    money: () => ({ amountMinor: 1234, currency: 'EUR' }),
    names: () => ['a', 'b'],
    broken: () => {
      throw new Error('no');
    },
  },
};

async function cacheControlOf(plugins: ApolloServerPlugin[], query: string): Promise<string | undefined> {
  const server = new ApolloServer({ typeDefs, resolvers, plugins });
  await server.start();
  try {
    return (await server.executeOperation({ query })).http.headers.get('cache-control');
  } finally {
    await server.stop();
  }
}

describe('uncacheable answers', () => {
  it.each([
    ['an answer', '{ money { amountMinor currency } names }'],
    ['an answer with a field error', '{ names broken }'],
    ['a query that does not validate', '{ nothing }'],
    ['a document that does not parse', '{ money {'],
  ])('say "cache-control: no-store" on %s, as Apollo\'s default cache-control plugin does on a schema without cache hints', async (_, query) => {
    const apollos = await cacheControlOf([], query);

    expect(await cacheControlOf(uncacheableAnswersPlugins(), query)).toBe('no-store');
    expect(apollos).toBe('no-store');
  });
});
