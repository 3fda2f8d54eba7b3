import type { StoredApiKey, TokenVerifier } from '@client-lifecycle/ports';
import { AuthenticationError } from './access.errors';
import { ACCESS_ROLES, isAccessRole } from './access-role';
import type { ApiKeyService } from './api-keys.service';
import type { Principal } from './principal';

export interface AuthenticatorOptions {
  /** Tokens from the company's identity provider; null when none is configured (API keys only). */
  readonly tokens: TokenVerifier | null;
  /** Test-only (NODE_ENV=test, for the authentication bench): every request acts as one principal holding every role. */
  readonly disabled?: boolean;
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
const MAX_CREDENTIAL_LENGTH = 8_192;

/** Anyone when authentication is off in a test setting. */
export const UNAUTHENTICATED_TEST_PRINCIPAL: Principal = {
  kind: 'api-key',
  id: 'authentication-off',
  name: 'authentication off (test)',
  roles: new Set(ACCESS_ROLES),
};

/** Turns an Authorization header into a verified principal, or refuses with one message whatever went wrong. */
export class Authenticator {
  // The principal of each verified key, made once: the service hands back the same key object until it checks the store
  // again, so a key revoked or changed since is a new object and a new principal. Read-only, so shared by its requests.
  private readonly principals = new WeakMap<StoredApiKey, Principal>();

  constructor(
    private readonly keys: ApiKeyService,
    private readonly options: AuthenticatorOptions,
  ) {}

  async authenticate(authorization: string | undefined): Promise<Principal> {
    if (this.options.disabled) return UNAUTHENTICATED_TEST_PRINCIPAL;
    const credential = authorization === undefined || authorization.length > MAX_CREDENTIAL_LENGTH ? undefined : BEARER.exec(authorization)?.[1];
    if (credential === undefined) throw new AuthenticationError();
    if (this.options.tokens && JWT_SHAPE.test(credential)) {
      const token = await this.options.tokens.verify(credential);
      if (!token) throw new AuthenticationError('The token is not valid (signature, issuer, audience or expiry)');
      return { kind: 'jwt', id: token.subject, roles: new Set(token.roles.filter(isAccessRole)) };
    }
    const key = await this.keys.verify(credential);
    if (!key) throw new AuthenticationError('The API key is unknown, revoked or expired');
    let principal = this.principals.get(key);
    if (!principal) {
      principal = Object.freeze({ kind: 'api-key', id: key.id, name: key.name, roles: new Set(key.roles.filter(isAccessRole)) });
      this.principals.set(key, principal);
    }
    return principal;
  }
}
