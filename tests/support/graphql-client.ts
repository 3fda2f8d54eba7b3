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

/** A CRM's view of the API: plain HTTP POSTs of JSON. */
export class GraphqlClient {
  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = { 'x-actor': 'crm-e2e' },
  ) {}

  async request<Data = Record<string, any>>( // any: tests read arbitrary response shapes
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<Data>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify({ query, variables }),
      // A request the service never answers fails the test with a reason instead of hanging it.
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return (await response.json()) as GraphqlResponse<Data>;
  }

  /** For the happy path: fails the test with the server's errors when there are any. */
  async data<Data = Record<string, any>>( // any: as above
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Data> {
    const result = await this.request<Data>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data;
  }

  /** The bare HTTP exchange with the same headers, for what a GraphQL result does not show: status, headers, malformed bodies. */
  async http(init: { method?: 'GET' | 'POST' | 'OPTIONS'; body?: string; headers?: Record<string, string>; search?: string } = {}): Promise<Response> {
    return fetch(`${this.url}${init.search ?? ''}`, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...init.headers },
      body: init.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  }
}
