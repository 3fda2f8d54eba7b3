import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { AccessRole } from '@client-lifecycle/application';
import { ALLOWED_ROLES } from './allow.decorator';

export type RootType = 'Query' | 'Mutation' | 'Subscription';

/** One Query, Mutation or Subscription field as the code declares it. */
export interface RootField {
  readonly type: RootType;
  readonly name: string;
  /** null when the method declares no roles: nobody may call it. */
  readonly allowed: readonly AccessRole[] | null;
}

const ROOT_TYPES: readonly string[] = ['Query', 'Mutation', 'Subscription'];

/** Every root field of these resolver classes with its declared roles, read from the decorators' metadata. */
export function rootFieldsOf(resolvers: readonly (abstract new (...args: never[]) => unknown)[]): RootField[] {
  const fields: RootField[] = [];
  for (const resolver of resolvers)
    for (const method of Object.getOwnPropertyNames(resolver.prototype)) {
      const handler = (resolver.prototype as Record<string, unknown>)[method];
      if (typeof handler !== 'function') continue;
      const type: unknown = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler);
      if (typeof type !== 'string' || !ROOT_TYPES.includes(type)) continue;
      const declared: AccessRole[] | undefined = Reflect.getMetadata(ALLOWED_ROLES, handler);
      fields.push({
        type: type as RootType,
        name: (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method,
        allowed: declared ? effectiveRoles(declared) : null,
      });
    }
  return fields.sort((a, b) => ROOT_TYPES.indexOf(a.type) - ROOT_TYPES.indexOf(b.type) || a.name.localeCompare(b.name));
}

/** The declared roles and ADMIN, which holds every role. */
export const effectiveRoles = (declared: readonly AccessRole[]): AccessRole[] => [...new Set([...declared, AccessRole.Admin])];
