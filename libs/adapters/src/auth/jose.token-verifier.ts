import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { TokenVerifier, VerifiedToken } from '@client-lifecycle/ports';

export interface JoseTokenVerifierOptions {
  /** The identity provider's JWKS document (https://…/.well-known/jwks.json). */
  readonly jwksUrl: string;
  readonly issuer: string;
  readonly audience: string;
  /** The claim holding the roles: an array of names, or one space- or comma-separated string. Dots reach into nested objects. */
  readonly rolesClaim: string;
}

// Asymmetric algorithms only: a symmetric one would let anyone holding the JWKS sign tokens, and `none` is never accepted.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** OIDC access tokens verified with jose against the provider's keys (fetched and cached by jose, refetched for an unknown key id). */
export class JoseTokenVerifier implements TokenVerifier {
  private readonly keys;

  constructor(private readonly options: JoseTokenVerifierOptions) {
    this.keys = createRemoteJWKSet(new URL(options.jwksUrl));
  }

  async verify(token: string): Promise<VerifiedToken | null> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.sub !== 'string' || payload.sub.trim() === '') return null;
      return { subject: payload.sub, roles: rolesIn(payload, this.options.rolesClaim) };
    } catch {
      // Every failure (signature, claims, expiry, unknown key, JWKS unreachable) is one refusal; the reason is not for the caller.
      return null;
    }
  }
}

function rolesIn(payload: JWTPayload, claim: string): string[] {
  // Namespaced claims (`https://example.com/roles`) hold dots of their own, so the whole name is tried first.
  const value =
    claim in payload
      ? payload[claim]
      : claim
          .split('.')
          .reduce<unknown>((inner, part) => (typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>)[part] : undefined), payload);
  if (Array.isArray(value)) return value.filter((role): role is string => typeof role === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((role) => role !== '');
  return [];
}
