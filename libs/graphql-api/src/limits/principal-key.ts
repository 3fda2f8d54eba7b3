/** The parts of an HTTP request that say who sends it. */
export interface PrincipalSource {
  /** Set by authentication once the credential is verified. */
  readonly principal?: { readonly id: string } | null;
  readonly ip?: string;
  readonly socket?: { readonly remoteAddress?: string };
}

/**
 * Whose budget a request spends: the verified principal when there is one, else the remote
 * address. The one place that decides it, so rate limits follow authentication without edits.
 */
export function principalKeyOf(request: PrincipalSource | undefined): string {
  const principal = request?.principal?.id;
  if (principal) return `principal:${principal}`;
  return `address:${request?.ip ?? request?.socket?.remoteAddress ?? 'unknown'}`;
}
