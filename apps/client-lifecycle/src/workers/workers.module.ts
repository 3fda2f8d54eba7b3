import { join } from 'node:path';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { PostgresLeaseStore, SqliteLeaseStore } from '@client-lifecycle/adapters';
import { LEASE_STORE, type LeaseStore } from '@client-lifecycle/ports';
import type { AppConfig } from '../config';
import { APP_ROLES, INSTANCE_ID, SingletonWorkers } from './singleton-workers';
import { WorkerFaults } from './worker-faults';

export const LEASE_FOLDER_NAME = 'leases';

/** LEASES=postgres: advisory locks in DATABASE_URL (processes on several hosts); else lock files in DATA_DIR (one host). The app and `npm run rebuild` open the same. */
export function openLeaseStore(config: AppConfig, owner: string): LeaseStore {
  return config.leases === 'postgres'
    ? new PostgresLeaseStore({ connectionString: config.databaseUrl, owner })
    : SqliteLeaseStore.open({ folder: join(config.dataDir, LEASE_FOLDER_NAME), owner });
}

@Global()
@Module({})
export class WorkersModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkersModule,
      providers: [
        { provide: APP_ROLES, useValue: config.roles },
        {
          provide: LEASE_STORE,
          useFactory: (): LeaseStore => openLeaseStore(config, INSTANCE_ID),
        },
        SingletonWorkers,
        WorkerFaults,
      ],
      exports: [APP_ROLES, SingletonWorkers, WorkerFaults],
    };
  }
}
