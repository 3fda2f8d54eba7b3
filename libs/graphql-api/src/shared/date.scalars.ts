import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { GraphqlErrorCode, VALIDATION_FAILED_REASON } from '../errors/error-codes';

/** A bad value is the caller's: BAD_USER_INPUT in a variable (Apollo) and, through the error formatter, in the query text too. */
const REFUSED = { code: GraphqlErrorCode.BadUserInput, reason: VALIDATION_FAILED_REASON };

const rejectNonString = (name: string, value: unknown, rule: string): never => {
  throw new GraphQLError(`${name} must be ${rule}; got ${JSON.stringify(value)}`, { extensions: REFUSED });
};

/**
 * graphql-scalars validates; the value handed to resolvers stays the string the client sent, because
 * the domain and the event log keep instants, days and currency codes as strings, never `Date` objects.
 */
export const validatedStringScalar = (
  base: GraphQLScalarType,
  description: string,
  rule: string,
  serialize = (value: unknown) => base.serialize(value) as string,
) => {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string') return rejectNonString(base.name, value, rule);
    try {
      base.parseValue(value);
    } catch {
      return rejectNonString(base.name, value, rule);
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name: base.name,
    description,
    specifiedByURL: base.specifiedByURL,
    serialize,
    parseValue: parse,
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) throw new GraphQLError(`${base.name} must be ${rule}`, { nodes: ast, extensions: REFUSED });
      return parse(ast.value);
    },
  });
};

/**
 * An instant: output as ISO 8601 in UTC with milliseconds (`2026-03-01T09:30:00.000Z`); input as
 * RFC 3339 with a time zone (`Z` or an offset). Name fields `...At` (and `asOf` for a point in time).
 */
export const DateTimeScalar = validatedStringScalar(
  GraphQLDateTime,
  'An instant, ISO 8601 / RFC 3339 with a time zone. Answers are in UTC with milliseconds, e.g. 2026-03-01T09:30:00.000Z; inputs may use Z or an offset, e.g. 2026-03-01T10:30:00+01:00.',
  'an ISO 8601 instant with a time zone, e.g. 2026-03-01T09:30:00Z',
);

/** A business day, `YYYY-MM-DD`, no time zone. Name fields `...On` or `...Date`. */
export const DateScalar = validatedStringScalar(
  GraphQLDate,
  'A calendar day, YYYY-MM-DD (RFC 3339 full-date), with no time zone: the business day something happened or is due.',
  'a calendar date YYYY-MM-DD that exists, e.g. 2026-03-01',
);
