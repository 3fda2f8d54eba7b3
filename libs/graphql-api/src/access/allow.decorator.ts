import { SetMetadata } from '@nestjs/common';
import type { AccessRole } from '@client-lifecycle/application';

export const ALLOWED_ROLES = 'access:allowed-roles';

/**
 * The roles that may call a Query, Mutation or Subscription field (ADMIN always may). A root
 * field without it is refused to everyone: access is denied unless declared.
 */
export const Allow = (...roles: AccessRole[]) => SetMetadata(ALLOWED_ROLES, roles);
