import { AccessErrorCode, AccessRole, type Authenticator, AuthenticationError, holdsAnyOf } from '@client-lifecycle/application';

/** The parts of Express's request and response this middleware touches (express ships no types here). */
interface HttpRequest {
  readonly path: string;
  readonly headers: { readonly authorization?: string };
}
interface HttpResponse {
  status(code: number): HttpResponse;
  setHeader(name: string, value: string): HttpResponse;
  json(body: unknown): unknown;
}
type Next = (error?: unknown) => void;

/** Liveness and readiness answer anyone: orchestrators probe them without credentials. */
const PUBLIC_PATHS = /^\/health(\/live|\/ready)?\/?$/;
/** GraphQL authenticates each operation itself; GraphiQL's page and assets carry no data (the key stays in the browser). */
const GRAPHQL_PATHS = /^\/(graphql|graphiql)(\/|$)/;
const METRICS_PATH = /^\/metrics\/?$/;

/**
 * Every HTTP route outside GraphQL needs a credential: /metrics one with METRICS (or ADMIN), any
 * other route any valid one. Answers 401 or 403 with a JSON body; it knows paths only, not the
 * controllers behind them.
 */
export function httpAccessMiddleware(authenticator: Authenticator) {
  return (request: HttpRequest, response: HttpResponse, next: Next): void => {
    if (PUBLIC_PATHS.test(request.path) || GRAPHQL_PATHS.test(request.path)) return next();
    authenticator.authenticate(request.headers.authorization).then(
      (principal) => {
        if (!METRICS_PATH.test(request.path) || holdsAnyOf(principal, [AccessRole.Metrics])) return next();
        response.status(403).json({
          code: 'FORBIDDEN',
          reason: AccessErrorCode.RoleRequired,
          message: 'Reading metrics needs the METRICS or ADMIN role',
          details: { required: [AccessRole.Metrics, AccessRole.Admin], had: [...principal.roles] },
        });
      },
      (error: unknown) => {
        if (!(error instanceof AuthenticationError)) return next(error);
        response.status(401).setHeader('www-authenticate', 'Bearer').json({ code: 'UNAUTHENTICATED', reason: error.code, message: error.message });
      },
    );
  };
}
