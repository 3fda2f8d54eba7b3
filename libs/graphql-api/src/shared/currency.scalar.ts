import { GraphQLCurrency } from 'graphql-scalars';
import { validatedStringScalar } from './date.scalars';

/**
 * An ISO 4217 code (graphql-scalars' list; the input rules also require upper case). Answers carry
 * the stored code as it is: it passed the domain's check when it was recorded.
 */
export const CurrencyScalar = validatedStringScalar(
  GraphQLCurrency,
  'An ISO 4217 currency code in upper case, e.g. EUR, USD, JPY.',
  'an ISO 4217 currency code such as EUR or USD',
  (value) => String(value),
);
