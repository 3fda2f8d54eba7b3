import type { PrincipalReference } from '@client-lifecycle/ports';
import { SystemActorReservedError } from './access.errors';
import { AccessRole } from './access-role';
import { actorOf, type Principal, referenceOf } from './principal';

/** The actors the service itself writes as; names compared without case or surrounding spaces. */
export const SYSTEM_ACTORS: readonly string[] = ['system', 'scheduler', 'termination-process', 'seed', 'graphql-api'];

/** Who acts, as each event's metadata records it. */
export interface ActingIdentity {
  /** The verified principal (`api-key:<id>`, `jwt:<subject>`). */
  readonly actor: string;
  readonly principal: PrincipalReference;
  /** The person a SERVICE credential says it acts for. */
  readonly onBehalfOf?: string;
}

/**
 * The principal acts; a SERVICE credential may also name the person it acts for (`x-actor`),
 * which is recorded beside it, never instead of it. Any other credential's `x-actor` is ignored.
 */
export function actingIdentityOf(principal: Principal, named: string | undefined): ActingIdentity {
  const identity = { actor: actorOf(principal), principal: referenceOf(principal) };
  if (named === undefined || !principal.roles.has(AccessRole.Service)) return identity;
  if (SYSTEM_ACTORS.includes(named.trim().toLowerCase())) throw new SystemActorReservedError(named);
  return { ...identity, onBehalfOf: named };
}
