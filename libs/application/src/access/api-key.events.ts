/** Every key creation and revocation, in one stream: who, when (the envelope), which roles; never the secret. */
export const API_KEY_STREAM = 'apikeys-registry';

export interface ApiKeyCreatedData {
  readonly keyId: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly prefix: string;
  readonly expiresAt: string | null;
  readonly createdBy: string;
}

export interface ApiKeyRevokedData {
  readonly keyId: string;
  readonly name: string;
  readonly revokedBy: string;
}

export type ApiKeyEvent =
  { readonly type: 'ApiKeyCreated'; readonly data: ApiKeyCreatedData } | { readonly type: 'ApiKeyRevoked'; readonly data: ApiKeyRevokedData };
