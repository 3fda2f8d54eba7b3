/**
 * What a credential may do. ADMIN implies every other role (the first-run key must be able to do
 * everything); MANAGER is granted each FINANCE field by the field's own declaration, not by
 * implication, so the roles table shows it.
 */
export enum AccessRole {
  Viewer = 'VIEWER',
  Agent = 'AGENT',
  Finance = 'FINANCE',
  Manager = 'MANAGER',
  Admin = 'ADMIN',
  /** May name the person it acts for in `x-actor`. */
  Service = 'SERVICE',
  /** May read /metrics. */
  Metrics = 'METRICS',
}

export const ACCESS_ROLES: readonly AccessRole[] = Object.values(AccessRole);

export const isAccessRole = (name: string): name is AccessRole => (ACCESS_ROLES as readonly string[]).includes(name);

/** Roles that read the book of business. */
export const READER_ROLES: readonly AccessRole[] = [AccessRole.Viewer, AccessRole.Agent, AccessRole.Finance, AccessRole.Manager];
