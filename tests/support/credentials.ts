/** The ADMIN key every app started by startApp has (ADMIN_API_KEY), and that GraphqlClient sends unless told otherwise. */
export const E2E_ADMIN_API_KEY = 'e2e-admin-0123456789abcdefghijklmnopqrstuvwxyz';

/** The ApiKeyCreated event startApp's ADMIN_API_KEY puts at the head of a fresh log: positions of the test's own events start after it. */
export const ADMIN_KEY_EVENTS = 1;

export const bearer = (secret: string): Record<string, string> => ({ authorization: `Bearer ${secret}` });

const CREATE_API_KEY = `mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`;

/** A new API key made through the API with the admin key; resolves with its secret. */
export async function createApiKey(
  graphqlUrl: string,
  name: string,
  roles: readonly string[],
  admin = E2E_ADMIN_API_KEY,
): Promise<{ secret: string; id: string }> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(admin) },
    body: JSON.stringify({ query: CREATE_API_KEY, variables: { input: { name, roles } } }),
  });
  const body = (await response.json()) as { data?: { createApiKey: { secret: string; apiKey: { id: string } } }; errors?: unknown };
  if (!body.data) throw new Error(`createApiKey failed: ${JSON.stringify(body.errors)}`);
  return { secret: body.data.createApiKey.secret, id: body.data.createApiKey.apiKey.id };
}

/** graphql-ws connection parameters carrying a credential (subscriptions authenticate once, on connect). */
export const wsConnectionParams = (secret = E2E_ADMIN_API_KEY): Record<string, string> => ({ Authorization: `Bearer ${secret}` });
