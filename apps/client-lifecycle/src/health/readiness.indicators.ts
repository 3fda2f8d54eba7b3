import { statfs } from 'node:fs/promises';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ClientSummaryProjection, EventRelay, TerminationProcessManager, WorklistProjection } from '@client-lifecycle/application';
import { EVENT_STORE, type EventStore } from '@client-lifecycle/ports';
import { StorageState } from '../telemetry';
import { SingletonWorkers, WorkerFaults } from '../workers';

/** What readiness is judged against, from the validated configuration. */
export interface ReadinessLimits {
  /** DATA_DIR when this process keeps files there, else null (nothing local to fill). */
  readonly dataDir: string | null;
  readonly minFreeDiskMb: number;
  readonly maxProjectionLag: number;
}
export const READINESS_LIMITS = Symbol('READINESS_LIMITS');

const STORE_TIMEOUT_MS = 2_000;
const MIB = 1024 * 1024;

/** Each way this process can fail its callers while still running. */
@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(READINESS_LIMITS) private readonly limits: ReadinessLimits,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ClientSummaryProjection) private readonly summaries: ClientSummaryProjection,
    @Inject(TerminationProcessManager) private readonly terminations: TerminationProcessManager,
    @Inject(WorklistProjection) private readonly worklist: WorklistProjection,
    @Inject(SingletonWorkers) private readonly workers: SingletonWorkers,
    @Inject(WorkerFaults) private readonly faults: WorkerFaults,
    @Inject(StorageState) private readonly storage: StorageState,
    @Optional() @Inject(EventRelay) private readonly relay?: EventRelay,
  ) {}

  /** The log answers within two seconds. */
  async eventStore() {
    const check = this.indicators.check('eventStore');
    try {
      const headPosition = await Promise.race([
        this.store.headPosition(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${STORE_TIMEOUT_MS} ms`)), STORE_TIMEOUT_MS).unref()),
      ]);
      return check.up({ headPosition });
    } catch (error) {
      return check.down({ message: `the event store is unreachable: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  /** Writes succeed and DATA_DIR has room for more. */
  async storageSpace() {
    const check = this.indicators.check('storage');
    const full = this.storage.fullSince();
    if (full) return check.down({ message: `writes fail for lack of space since ${full.since}: ${full.message}` });
    if (this.limits.dataDir === null) return check.up();
    const stats = await statfs(this.limits.dataDir);
    const freeMb = Math.floor((stats.bavail * stats.bsize) / MIB);
    return freeMb < this.limits.minFreeDiskMb
      ? check.down({ freeMb, message: `DATA_DIR has ${freeMb} MiB free, under READY_MIN_FREE_DISK_MB=${this.limits.minFreeDiskMb}` })
      : check.up({ freeMb });
  }

  /** No worker of this process stopped following the log. */
  workersRunning() {
    const check = this.indicators.check('workers');
    const stopped = { ...this.faults.list() };
    for (const [role, state] of Object.entries(this.workers.status())) if (state === 'stopped' && !(role in stopped)) stopped[role] = 'stopped';
    return Object.keys(stopped).length === 0
      ? check.up({ workers: this.workers.status() })
      : check.down({ message: 'a worker stopped following the log', stopped });
  }

  /** Read models trail the log by no more than READY_MAX_PROJECTION_LAG events. */
  async projectionLag() {
    const check = this.indicators.check('projectionLag');
    const lag = {
      clientSummaries: await this.summaries.lag(),
      terminations: await this.terminations.lag(),
      worklist: await this.worklist.lag(),
      ...(this.relay ? { relay: (await this.relay.status()).lag } : {}),
    };
    // The relay trails by design while Kafka is down; it is reported, not judged.
    const worst = Math.max(lag.clientSummaries, lag.terminations, lag.worklist);
    return worst > this.limits.maxProjectionLag
      ? check.down({ lag, message: `read models trail the log by ${worst} events, over READY_MAX_PROJECTION_LAG=${this.limits.maxProjectionLag}` })
      : check.up({ lag });
  }
}
