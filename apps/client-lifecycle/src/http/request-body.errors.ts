import { Logger } from '@nestjs/common';
import { GraphqlErrorCode, RequestRefusalReason } from '@client-lifecycle/graphql-api';

/** What body-parser attaches to the errors it raises. */
interface BodyParserError {
  readonly type?: string;
  readonly status?: number;
  readonly limit?: number;
}

interface BodyErrorRequest {
  readonly method: string;
  readonly originalUrl?: string;
  readonly url: string;
}

interface BodyErrorResponse {
  status(code: number): BodyErrorResponse;
  json(body: unknown): unknown;
}

const logger = new Logger('HTTP');

/**
 * Express error middleware for bodies the JSON parser refused: a GraphQL-shaped answer with a
 * client code and the parser's HTTP status, logged once at warn, with no stack (nothing broke on
 * our side). Anything else goes on to the next handler.
 */
export function requestBodyErrorHandler(error: unknown, request: BodyErrorRequest, response: BodyErrorResponse, next: (error: unknown) => void): void {
  const refusal = refusalOf(error as BodyParserError);
  if (!refusal) return next(error);
  logger.warn(`Refused ${request.method} ${(request.originalUrl ?? request.url).split('?')[0]}: ${refusal.reason} (HTTP ${refusal.status})`);
  response.status(refusal.status).json({
    errors: [{ message: refusal.message, extensions: { code: refusal.code, reason: refusal.reason, details: refusal.details } }],
  });
}

function refusalOf(error: BodyParserError | null | undefined) {
  const status = error?.status;
  if (typeof error?.type !== 'string' || typeof status !== 'number' || status < 400 || status >= 500) return null;
  if (error.type === 'entity.too.large')
    return {
      status,
      code: GraphqlErrorCode.PayloadTooLarge,
      reason: RequestRefusalReason.BodyTooLarge,
      message: `The request body is larger than the limit of ${error.limit} bytes.`,
      details: { limit: error.limit },
    };
  if (error.type === 'entity.parse.failed')
    return {
      status,
      code: GraphqlErrorCode.BadRequest,
      reason: RequestRefusalReason.MalformedJson,
      message: 'The request body is not valid JSON.',
      details: {},
    };
  return {
    status,
    code: GraphqlErrorCode.BadRequest,
    reason: RequestRefusalReason.UnsupportedBody,
    message: 'The request body could not be read.',
    details: { problem: error.type },
  };
}
