export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** What a verified token from the company's identity provider says: who, and with which roles (unknown role names included). */
export interface VerifiedToken {
  readonly subject: string;
  readonly roles: readonly string[];
}

/** Verifies a bearer token (signature, issuer, audience, expiry); null when it is not acceptable for any reason. */
export interface TokenVerifier {
  verify(token: string): Promise<VerifiedToken | null>;
}
