import type { PrincipalReference } from '@client-lifecycle/ports';
import { AccessRole } from './access-role';

/** A verified caller: an API key or a token subject, with its roles. */
export interface Principal {
  readonly kind: 'api-key' | 'jwt';
  /** The key's id or the token's subject. */
  readonly id: string;
  /** The key's name; absent for tokens. */
  readonly name?: string;
  readonly roles: ReadonlySet<AccessRole>;
}

/** The actor string events record: prefixed, so no credential can be confused with a system actor or another kind of credential. */
export const actorOf = (principal: Pick<Principal, 'kind' | 'id'>): string => `${principal.kind}:${principal.id}`;

export const referenceOf = (principal: Principal): PrincipalReference =>
  principal.name === undefined ? { kind: principal.kind, id: principal.id } : { kind: principal.kind, id: principal.id, name: principal.name };

/** ADMIN holds every role. */
export const holdsAnyOf = (principal: Pick<Principal, 'roles'>, allowed: readonly AccessRole[]): boolean =>
  principal.roles.has(AccessRole.Admin) || allowed.some((role) => principal.roles.has(role));
