import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { JoseTokenVerifier } from '@client-lifecycle/adapters';
import { ApiKeyService, Authenticator } from '@client-lifecycle/application';
import { API_KEY_STORE, type ApiKeyStore, CLOCK, type Clock, EVENT_STORE, type EventStore, ID_GENERATOR, type IdGenerator } from '@client-lifecycle/ports';
import type { AppConfig } from '../config';
import { openApiKeyStore } from '../infrastructure';

export const ACCESS_CONFIG = Symbol('AccessConfig');

/** The secret of the key made for a fresh DATA_DIR, kept for main to print once; null when keys existed or ADMIN_API_KEY is set. */
@Injectable()
export class FirstRunKey {
  secret: string | null = null;
}

/** At boot: makes the operator's ADMIN_API_KEY exist, or gives an empty key store its first ADMIN key. */
@Injectable()
class AdminKeyAtBoot implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(ACCESS_CONFIG) private readonly config: AppConfig,
    @Inject(ApiKeyService) private readonly keys: ApiKeyService,
    @Inject(FirstRunKey) private readonly firstRun: FirstRunKey,
    @Inject(API_KEY_STORE) private readonly store: ApiKeyStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Only processes serving the API hand out keys; workers never print one.
    if (!this.config.roles.has('api') || !this.config.access.authentication) return;
    if (this.config.access.adminApiKey !== null) await this.keys.ensureKey(this.config.access.adminApiKey, 'ADMIN_API_KEY');
    else this.firstRun.secret = await this.keys.createFirstRunKey();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** API keys, tokens and the authenticator every entry point (GraphQL, /metrics) asks. */
@Global()
@Module({})
export class AccessModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AccessModule,
      providers: [
        { provide: ACCESS_CONFIG, useValue: config },
        { provide: API_KEY_STORE, useFactory: () => openApiKeyStore(config) },
        {
          provide: ApiKeyService,
          inject: [API_KEY_STORE, EVENT_STORE, CLOCK, ID_GENERATOR],
          useFactory: (store: ApiKeyStore, events: EventStore, clock: Clock, ids: IdGenerator) => new ApiKeyService(store, events, clock, ids),
        },
        {
          provide: Authenticator,
          inject: [ApiKeyService],
          useFactory: (keys: ApiKeyService) =>
            new Authenticator(keys, { tokens: config.access.jwt ? new JoseTokenVerifier(config.access.jwt) : null, disabled: !config.access.authentication }),
        },
        FirstRunKey,
        AdminKeyAtBoot,
      ],
      exports: [ApiKeyService, Authenticator, FirstRunKey],
    };
  }
}
