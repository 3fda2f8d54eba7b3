import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const MAX = Number.MAX_SAFE_INTEGER;
const logger = new Logger('SafeInt');

const toSafeInt = (value: unknown): number => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw new GraphQLError(`SafeInt must be an integer between -(2^53-1) and 2^53-1; got ${JSON.stringify(value)}`);
};

/**
 * An answer never fails on a number it cannot carry: the input rules keep every total of new data
 * exact, but a log written before them (events are immutable) may hold sums past 2^53-1. Such a
 * value is saturated at the range's end (a fraction rounded), and logged, instead of failing the
 * whole read for good.
 */
export const serializeSafeInt = (value: unknown): number => {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'bigint' && value <= BigInt(MAX) && value >= BigInt(-MAX)) return Number(value);
  const number = typeof value === 'bigint' || typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : Number.NaN;
  const saturated = Number.isNaN(number) ? 0 : Math.max(-MAX, Math.min(MAX, Math.round(number)));
  logger.warn(`A SafeInt field got ${String(value)}, outside what JSON carries exactly; answered ${saturated}`);
  return saturated;
};

/**
 * GraphQL's Int stops at 2^31-1, too small for money in minor units (21 million euros) and for
 * log positions; JSON numbers stay exact up to 2^53-1, so that is this scalar's range.
 */
export const SafeInt = new GraphQLScalarType({
  name: 'SafeInt',
  description:
    'An integer exactly representable in JSON: between -(2^53-1) and 2^53-1. An answer past that range (only possible from data recorded before the input rules) is saturated at its end.',
  serialize: serializeSafeInt,
  parseValue: toSafeInt,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new GraphQLError('SafeInt must be an integer literal', { nodes: ast });
    return toSafeInt(Number(ast.value));
  },
});
