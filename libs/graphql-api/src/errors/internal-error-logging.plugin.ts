import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import type { GraphQLError } from 'graphql';
import { GraphqlErrorCode, INTERNAL_ERROR_REASON } from './error-codes';

/**
 * An error that reaches the answer as INTERNAL_SERVER_ERROR is a bug on our side and must be seen:
 * the exception filter logs the resolvers' own, this logs the rest (a value failing to serialise,
 * an error thrown outside a resolver), once each, with the field's path.
 */
export const internalErrorLoggingPlugin = (logger = new Logger('GraphQL')): ApolloServerPlugin => ({
  requestDidStart: async () => ({
    didEncounterErrors: async ({ errors, operationName }) => {
      for (const error of errors) if (isUnloggedInternal(error)) logger.error(describe(error, operationName));
    },
  }),
});

const isUnloggedInternal = (error: GraphQLError): boolean => {
  const { code, reason } = error.extensions ?? {};
  if (code === GraphqlErrorCode.InternalServerError) return reason !== INTERNAL_ERROR_REASON;
  return code === undefined;
};

const describe = (error: GraphQLError, operationName: string | null | undefined): string => {
  const where = `${operationName ?? 'anonymous operation'}${error.path ? ` at ${error.path.join('.')}` : ''}`;
  const cause = error.originalError && error.originalError !== error ? (error.originalError.stack ?? error.originalError.message) : error.message;
  return `Internal error in ${where}: ${cause}`;
};
