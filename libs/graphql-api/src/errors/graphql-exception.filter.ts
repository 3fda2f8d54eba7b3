import { Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainErrorKind } from '@client-lifecycle/domain';
import {
  AccessErrorCode,
  ApiKeyNotFoundError,
  AuthenticationError,
  InvalidApiKeyInputError,
  RoleRequiredError,
  SystemActorReservedError,
  BatchCommandRefusedError,
  ClientNotFoundError,
  CommandRefusedError,
  ConcurrencyConflictError,
} from '@client-lifecycle/application';
import { GraphQLError } from 'graphql';
import { GraphqlErrorCode, INTERNAL_ERROR_REASON, STORAGE_FULL_REASON, VALIDATION_FAILED_REASON } from './error-codes';
import { CommandInputError } from './command-input.error';
import { InputValidationError } from './input-validation.error';
import { isStorageFull } from './storage-failure';

const CODE_BY_KIND: Readonly<Record<DomainErrorKind, GraphqlErrorCode>> = {
  [DomainErrorKind.InvalidInput]: GraphqlErrorCode.BadUserInput,
  [DomainErrorKind.NotFound]: GraphqlErrorCode.NotFound,
  [DomainErrorKind.Conflict]: GraphqlErrorCode.Conflict,
  [DomainErrorKind.Forbidden]: GraphqlErrorCode.Forbidden,
};

const CODE_BY_HTTP_STATUS: Readonly<Record<number, GraphqlErrorCode>> = {
  403: GraphqlErrorCode.Forbidden,
  404: GraphqlErrorCode.NotFound,
  409: GraphqlErrorCode.Conflict,
};

/** The single place where failures become GraphQL errors with a stable `extensions.code`. */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof InputValidationError)
      return error(exception.message, GraphqlErrorCode.BadUserInput, VALIDATION_FAILED_REASON, {
        violations: exception.violations,
      });
    if (exception instanceof CommandInputError)
      return error(exception.message, GraphqlErrorCode.BadUserInput, exception.reason, { commandIndex: exception.commandIndex });
    if (exception instanceof BatchCommandRefusedError) {
      const { refusal } = exception;
      return error(exception.message, CODE_BY_KIND[refusal.kind], refusal.code, { ...refusal.details, commandIndex: exception.index });
    }
    if (exception instanceof CommandRefusedError) {
      const { refusal } = exception;
      return error(refusal.message, CODE_BY_KIND[refusal.kind], refusal.code, refusal.details);
    }
    if (exception instanceof ConcurrencyConflictError)
      return error(exception.message, GraphqlErrorCode.Conflict, exception.code, {
        expectedVersion: exception.expectedVersion,
        actualVersion: exception.actualVersion,
      });
    if (exception instanceof AuthenticationError) return error(exception.message, GraphqlErrorCode.Unauthenticated, exception.code);
    if (exception instanceof RoleRequiredError)
      return error(exception.message, GraphqlErrorCode.Forbidden, exception.code, { required: exception.required, had: exception.had });
    if (exception instanceof SystemActorReservedError) return error(exception.message, GraphqlErrorCode.Forbidden, exception.code, { named: exception.named });
    if (exception instanceof InvalidApiKeyInputError)
      return error(exception.message, GraphqlErrorCode.BadUserInput, AccessErrorCode.InvalidApiKeyInput, { field: exception.field });
    if (exception instanceof ApiKeyNotFoundError) return error(exception.message, GraphqlErrorCode.NotFound, exception.code, { keyId: exception.keyId });
    if (exception instanceof ClientNotFoundError)
      return error(exception.message, GraphqlErrorCode.NotFound, exception.code, {
        clientId: exception.clientId,
      });
    if (isStorageFull(exception)) {
      // The operator's problem, not a bug: one line without a stack says what to fix.
      this.logger.error(`storage full, write refused: ${exception instanceof Error ? exception.message : String(exception)}`);
      return error(
        'The service cannot store data right now (storage full); nothing was recorded. Retrying later with the same idempotencyKey is safe.',
        GraphqlErrorCode.StorageUnavailable,
        STORAGE_FULL_REASON,
      );
    }
    // A client's mistake outside GraphQL (e.g. GET / is a 404): worth a warning, not a stack.
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      this.logger.warn(`${exception.getStatus()} ${exception.message}`);
      return error(exception.message, CODE_BY_HTTP_STATUS[exception.getStatus()] ?? GraphqlErrorCode.BadUserInput, `HTTP.${exception.getStatus()}`);
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return error('An internal error occurred; retrying with the same idempotencyKey is safe.', GraphqlErrorCode.InternalServerError, INTERNAL_ERROR_REASON);
  }
}

const error = (message: string, code: GraphqlErrorCode, reason: string, details: Readonly<Record<string, unknown>> = {}) =>
  new GraphQLError(message, { extensions: { code, reason, details } });
