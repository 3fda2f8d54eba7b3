import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const toSafeInt = (value: unknown): number => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw new GraphQLError(`SafeInt must be an integer between -(2^53-1) and 2^53-1; got ${JSON.stringify(value)}`);
};

/**
 * GraphQL's Int stops at 2^31-1, too small for money in minor units (21 million euros) and for
 * log positions; JSON numbers stay exact up to 2^53-1, so that is this scalar's range.
 */
export const SafeInt = new GraphQLScalarType({
  name: 'SafeInt',
  description: 'An integer exactly representable in JSON: between -(2^53-1) and 2^53-1.',
  serialize: toSafeInt,
  parseValue: toSafeInt,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new GraphQLError('SafeInt must be an integer literal', { nodes: ast });
    return toSafeInt(Number(ast.value));
  },
});
