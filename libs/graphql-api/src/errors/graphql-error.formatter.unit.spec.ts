import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { graphqlErrorFormatter } from './graphql-error.formatter';

const formatted = (error: GraphQLError): GraphQLFormattedError => {
  const json = error.toJSON();
  const { http: _http, ...extensions } = error.extensions;
  return { ...json, extensions: { ...extensions, code: extensions.code ?? 'INTERNAL_SERVER_ERROR' } };
};

describe('the GraphQL error formatter', () => {
  const logged: string[] = [];
  const format = graphqlErrorFormatter({ fieldSuggestions: false, logger: { error: (message: string) => logged.push(message) } });
  const formatOnce = (error: GraphQLError) => format(formatted(error), error);

  beforeEach(() => logged.splice(0));

  it('gives a persisted-query hash mismatch a client code instead of INTERNAL_SERVER_ERROR', () => {
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });

    expect(formatOnce(error).extensions).toEqual({ code: 'BAD_REQUEST', reason: 'REQUEST.PERSISTED_QUERY_HASH_MISMATCH' });
    expect(logged).toEqual([]);
  });

  it('gives the variable error limit of graphql-js a client code', () => {
    const error = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');

    expect(formatOnce(error).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INPUT.VARIABLES_INVALID' });
  });

  it('treats any other uncoded refusal Apollo sends with a 4xx status as a bad request', () => {
    const error = new GraphQLError('Something Apollo refused', { extensions: { http: { status: 415 } } });

    expect(formatOnce(error).extensions).toEqual({ code: 'BAD_REQUEST', reason: 'REQUEST.MALFORMED' });
  });

  it('adds a reason to the codes Apollo already gives refusals', () => {
    const error = new GraphQLError('Syntax Error: Expected Name, found <EOF>.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });

    expect(formatOnce(error).extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED', reason: 'REQUEST.PARSE_FAILED' });
  });

  it('logs a genuine fault once, with its cause, and answers INTERNAL_SERVER_ERROR without the details', () => {
    const cause = new TypeError('SafeInt cannot represent 18014398509481982');
    const error = new GraphQLError(cause.message, { path: ['client', 'outstanding', 'amountMinor'], originalError: cause });

    const result = formatOnce(error);

    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' });
    expect(result.message).not.toContain('SafeInt');
    expect(result.path).toEqual(['client', 'outstanding', 'amountMinor']);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('client.outstanding.amountMinor');
    expect(logged[0]).toContain('SafeInt cannot represent');
  });

  it('does not log again what the exception filter already logged', () => {
    const error = new GraphQLError('An internal error occurred', { path: ['client'], extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' } });

    formatOnce(error);

    expect(logged).toEqual([]);
  });

  it('answers BAD_USER_INPUT for a value a scalar refuses in the query text, not a validation failure', () => {
    const cause = new GraphQLError('Date must be a calendar date YYYY-MM-DD that exists', {
      extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT.VALIDATION_FAILED' },
    });
    const error = new GraphQLError(cause.message, { originalError: cause, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

    expect(formatOnce(error)).toEqual({ message: cause.message, extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT.VALIDATION_FAILED' } });
  });

  it('passes our own coded errors through untouched', () => {
    const error = new GraphQLError('No client acme', {
      path: ['client'],
      extensions: { code: 'NOT_FOUND', reason: 'CLIENT.NOT_REGISTERED', details: { clientId: 'acme' } },
    });

    expect(formatOnce(error)).toEqual(formatted(error));
  });

  it('drops "Did you mean" hints, which name schema fields, when suggestions are off', () => {
    const validation = new GraphQLError('Cannot query field "riks" on type "Client". Did you mean "risk"?', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const enumValue = new GraphQLError('Value "HIGHH" does not exist in "RiskBand" enum. Did you mean the enum value "HIGH"?', {
      extensions: { code: 'BAD_USER_INPUT' },
    });

    expect(formatOnce(validation).message).toBe('Cannot query field "riks" on type "Client".');
    expect(formatOnce(enumValue).message).toBe('Value "HIGHH" does not exist in "RiskBand" enum.');
  });
});
