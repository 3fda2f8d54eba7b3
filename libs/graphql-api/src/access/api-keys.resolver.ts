import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessRole, ApiKeyService, AuthenticationError, isAccessRole } from '@client-lifecycle/application';
import type { StoredApiKey } from '@client-lifecycle/ports';
import type { GraphqlContext } from '../client/request-context';
import { INPUT_ARG } from '../shared';
import { Allow } from './allow.decorator';
import { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';
import { ApiKeyModel, CreatedApiKeyModel } from './api-key.model';

const present = ({ secretHash: _, roles, ...key }: StoredApiKey): ApiKeyModel => ({ ...key, roles: roles.filter(isAccessRole) });

/** API keys for CRMs, services and people; ADMIN only. */
@Resolver()
export class ApiKeysResolver {
  constructor(@Inject(ApiKeyService) private readonly keys: ApiKeyService) {}

  @Allow(AccessRole.Admin)
  @Query(() => [ApiKeyModel], { description: 'Every API key, revoked ones included, oldest first; never a secret.' })
  async apiKeys(): Promise<ApiKeyModel[]> {
    return (await this.keys.list()).map(present);
  }

  @Allow(AccessRole.Admin)
  @Mutation(() => CreatedApiKeyModel, { description: 'A new key; its secret is in this answer and nowhere else.' })
  async createApiKey(@Args('input', INPUT_ARG) input: CreateApiKeyInput, @Context() context: GraphqlContext): Promise<CreatedApiKeyModel> {
    if (!context.principal) throw new AuthenticationError();
    const { secret, apiKey } = await this.keys.create({ name: input.name, roles: input.roles, expiresAt: input.expiresAt ?? null }, context.principal);
    return { secret, apiKey: present(apiKey) };
  }

  @Allow(AccessRole.Admin)
  @Mutation(() => ApiKeyModel, { description: 'Refuses the key from now on, in every replica within seconds.' })
  async revokeApiKey(@Args('input', INPUT_ARG) input: RevokeApiKeyInput, @Context() context: GraphqlContext): Promise<ApiKeyModel> {
    if (!context.principal) throw new AuthenticationError();
    return present(await this.keys.revoke(input.id, context.principal));
  }
}
