import { bearer, E2E_ADMIN_API_KEY } from './credentials';

/** The secret sent as `Authorization: Bearer`, one made on first use, or none (null). */
export type Credential = string | null | (() => Promise<string>);

export interface GraphqlError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions: { readonly code: string; readonly reason?: string; readonly details?: Record<string, unknown> };
}

export interface GraphqlResponse<Data> {
  readonly data?: Data | null;
  readonly errors?: readonly GraphqlError[];
}

const REQUEST_TIMEOUT_MS = 30_000;

/** A CRM's view of the API: plain HTTP POSTs of JSON, with the e2e admin key unless given another credential. */
export class GraphqlClient {
  private secret: Promise<string | null> | null = null;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = { 'x-actor': 'crm-e2e' },
    private readonly credential: Credential = E2E_ADMIN_API_KEY,
  ) {}

  /** The same API with another credential (or none). */
  as(credential: Credential, headers: Record<string, string> = {}): GraphqlClient {
    return new GraphqlClient(this.url, headers, credential);
  }

  /**
   * Makes the credential now rather than on the first request: a key created on first use appends
   * its own ApiKeyCreated event, which a test counting what its requests store must not see.
   */
  async withCredential(): Promise<this> {
    await this.authorization();
    return this;
  }

  private authorization(): Promise<Record<string, string>> {
    const { credential } = this;
    this.secret ??= typeof credential === 'function' ? credential() : Promise.resolve(credential);
    return this.secret.then((secret) => (secret === null ? {} : bearer(secret)));
  }

  async request<Data = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<Data>> {
    // any: tests read arbitrary response shapes
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.authorization()), ...this.headers },
      body: JSON.stringify({ query, variables }),
      // A request the service never answers fails the test with a reason instead of hanging it.
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return (await response.json()) as GraphqlResponse<Data>;
  }

  /** For the happy path: fails the test with the server's errors when there are any. */
  async data<Data = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    // any: as above
    const result = await this.request<Data>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data;
  }

  /**
   * The bare HTTP exchange with the same credential and headers, for what a GraphQL result does not
   * show: status, headers, malformed bodies. A test of an anonymous caller uses `as(null)`.
   */
  async http(init: { method?: 'GET' | 'POST' | 'OPTIONS'; body?: string; headers?: Record<string, string>; search?: string } = {}): Promise<Response> {
    return fetch(`${this.url}${init.search ?? ''}`, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...(await this.authorization()), ...this.headers, ...init.headers },
      body: init.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  }
}
