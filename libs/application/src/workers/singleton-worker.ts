import type { Lease, LeaseStore } from '@client-lifecycle/ports';

/** Work of which only one instance may run across all processes of a deployment. */
export interface SingletonWork {
  start(): void;
  stop(): Promise<void>;
  /**
   * Called at every lease check while active. Commits of other processes are not announced to
   * this one by every event store, so a worker catches up here on what they wrote.
   */
  tick?(): void;
}

export type SingletonState = 'standby' | 'active' | 'stopped';

export interface SingletonWorkerOptions {
  /** How often a standby asks for the lease and the holder checks it still has it. */
  readonly checkEveryMs: number;
  readonly log?: (message: string) => void;
}

/**
 * Runs its work only while it holds the lease of the same name: a standby asks for it at each
 * check and starts the work once granted; an active instance that finds its lease lost stops
 * the work at once and becomes a standby again.
 */
export class SingletonWorker {
  private lease: Lease | null = null;
  private state: SingletonState = 'standby';
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(
    readonly name: string,
    private readonly leases: LeaseStore,
    private readonly work: SingletonWork,
    private readonly options: SingletonWorkerOptions,
  ) {}

  get status(): SingletonState {
    return this.state;
  }

  /** Checks now, then at every interval until stopped. */
  start(): void {
    const loop = () => {
      this.timer = null;
      void this.check().finally(() => {
        if (this.stopping) return;
        this.timer = setTimeout(loop, this.options.checkEveryMs);
        this.timer.unref();
      });
    };
    loop();
  }

  /** One step: ask for the lease as a standby, or confirm it as the active instance. */
  check(): Promise<void> {
    const next = this.checking.then(() => this.step());
    this.checking = next;
    return next;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.checking;
    const wasActive = this.state === 'active';
    this.state = 'stopped';
    if (!wasActive) return;
    await this.work.stop();
    await this.lease?.release();
    this.lease = null;
  }

  private async step(): Promise<void> {
    if (this.state === 'stopped') return;
    try {
      if (this.state === 'active') await this.confirm();
      else await this.contend();
    } catch (error) {
      this.options.log?.(`${this.name}: lease check failed, trying again: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async contend(): Promise<void> {
    const lease = await this.leases.tryAcquire(this.name);
    if (!lease) return;
    this.lease = lease;
    this.state = 'active';
    this.options.log?.(`${this.name}: lease taken by ${lease.owner}; this instance is active`);
    this.work.start();
  }

  private async confirm(): Promise<void> {
    if (await this.lease!.renew()) {
      this.work.tick?.();
      return;
    }
    this.options.log?.(`${this.name}: lease lost; stopping and standing by`);
    this.lease = null;
    this.state = 'standby';
    await this.work.stop();
  }
}
