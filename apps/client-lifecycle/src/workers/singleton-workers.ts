import { hostname } from 'node:os';
import { type BeforeApplicationShutdown, Inject, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type SingletonState, type SingletonWork, SingletonWorker } from '@client-lifecycle/application';
import { LEASE_STORE, type LeaseStore } from '@client-lifecycle/ports';
import type { Role } from '../config';

export const APP_ROLES = Symbol('AppRoles');

/** The roles of which one instance runs per deployment; `api` scales out freely. */
export type SingletonRole = Exclude<Role, 'api'>;

/** How often a standby asks for a lease and a holder confirms it; also how often a holder catches up on other processes' commits. */
export const LEASE_CHECK_MS = 1_000;

/** The process's identity in logs, `/health` and `pg_stat_activity`. */
export const INSTANCE_ID = `${hostname()}:${process.pid}`;

/**
 * Every singleton worker of this process. A module hands its work over in `onModuleInit` with
 * `register('relay', work)`; the work runs only if this process has that role, and then only
 * while it holds the role's lease, so two processes never both run it.
 */
export class SingletonWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Workers');
  private readonly workers = new Map<SingletonRole, SingletonWorker>();

  constructor(
    @Inject(LEASE_STORE) private readonly leases: LeaseStore,
    @Inject(APP_ROLES) private readonly roles: ReadonlySet<Role>,
  ) {}

  /** Returns whether the work will run (under its lease) in this process. */
  register(role: SingletonRole, work: SingletonWork): boolean {
    if (!this.roles.has(role)) return false;
    if (this.workers.has(role)) throw new Error(`A ${role} worker is already registered`);
    this.workers.set(role, new SingletonWorker(role, this.leases, work, { checkEveryMs: LEASE_CHECK_MS, log: (message) => this.logger.log(message) }));
    return true;
  }

  /** Each registered worker: `active` where this process holds its lease, `standby` where another does. */
  status(): Partial<Record<SingletonRole, SingletonState>> {
    return Object.fromEntries([...this.workers].map(([role, worker]) => [role, worker.status]));
  }

  onApplicationBootstrap(): void {
    for (const worker of this.workers.values()) worker.start();
  }

  /** Before the stores close: stops each worker's work and gives its lease to a standby. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.stop()));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.leases.close();
  }
}
