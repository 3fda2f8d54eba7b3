import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { type AccessRole, AuthenticationError, holdsAnyOf, RoleRequiredError } from '@client-lifecycle/application';
import type { GraphqlContext } from '../client/request-context';
import { ALLOWED_ROLES } from './allow.decorator';
import { effectiveRoles } from './root-fields';

const ROOT_TYPES: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Every Query, Mutation and Subscription field needs a credential holding one of the roles its
 * resolver declares with `@Allow`; a field declaring none is refused to everyone. HTTP routes
 * outside GraphQL are the app's concern (its middleware), so they pass here.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const graphql = GqlExecutionContext.create(context);
    const info = graphql.getInfo<{ parentType: { name: string }; fieldName: string }>();
    if (!ROOT_TYPES.has(info.parentType.name)) return true;
    const { principal } = graphql.getContext<GraphqlContext>();
    if (!principal) throw new AuthenticationError();
    const declared = this.reflector.get<AccessRole[] | undefined>(ALLOWED_ROLES, context.getHandler());
    const field = `${info.parentType.name}.${info.fieldName}`;
    const had = [...principal.roles];
    if (!declared) throw new RoleRequiredError(field, [], had);
    if (!holdsAnyOf(principal, declared)) throw new RoleRequiredError(field, effectiveRoles(declared), had);
    return true;
  }
}
