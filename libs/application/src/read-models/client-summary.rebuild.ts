import type { ClientSummaryStore, Clock, EventStore, LeaseStore } from '@client-lifecycle/ports';
import { ClientSummaryProjection, type ClientSummaryProjectionOptions } from './client-summary.projection';

/** The lease the projector runs under: whoever holds it is the list's one writer. */
export const PROJECTOR_LEASE = 'projector';
/** Held for a whole rebuild, so two never build the same shadow. */
export const REBUILD_LEASE = 'rebuild';

export interface ClientSummaryRebuildOptions extends Omit<ClientSummaryProjectionOptions, 'onRiskChange'> {
  /** How long to wait between looks at whether the running projector has swapped the shadow in. */
  readonly pollMs?: number;
}

export interface ClientSummaryRebuildResult {
  /** The shadow's checkpoint when it was handed over. */
  readonly position: number;
  /** Who swapped it in: this process (no projector was running), or the running projector. */
  readonly swappedBy: 'rebuild' | 'projector';
}

export type RebuildStage = 'building' | 'waiting-for-projector' | 'swapping';

/**
 * Rebuilds the client list while the service keeps serving the old one: projects the whole log
 * into a shadow beside the live list, catches it up with the log, and hands it to the list's one
 * writer, the projector lease holder, to swap in (`ClientSummaryProjection.swapIn`). With no
 * projector running, this process takes the projector lease and swaps it in itself.
 */
export class ClientSummaryRebuild {
  constructor(
    private readonly events: EventStore,
    private readonly summaries: ClientSummaryStore,
    private readonly leases: LeaseStore,
    private readonly clock: Clock,
    private readonly options: ClientSummaryRebuildOptions = {},
  ) {}

  async run(onProgress?: (position: number, head: number) => void, onStage?: (stage: RebuildStage) => void): Promise<ClientSummaryRebuildResult> {
    const rebuildLease = await this.leases.tryAcquire(REBUILD_LEASE);
    if (!rebuildLease) throw new Error('Another rebuild of the client list is running');
    try {
      onStage?.('building');
      const shadow = await this.summaries.createShadow();
      let position: number;
      try {
        const building = new ClientSummaryProjection(this.events, shadow, this.clock, this.options);
        await building.rebuild(onProgress);
        // The log moved on while the rebuild ran: the less is left, the shorter the projector's pause when it swaps. Up to the
        // head as of now, not chasing appends for ever: the projector brings the shadow the rest of the way.
        position = await building.catchUp(onProgress, await this.events.headPosition());
      } catch (error) {
        await shadow.discard();
        throw error;
      }
      await shadow.markReady();
      return { position, swappedBy: await this.handOver(onStage) };
    } finally {
      await rebuildLease.release();
    }
  }

  /** Waits for the running projector to swap the shadow in, or swaps it in under the projector lease when nobody holds it. */
  private async handOver(onStage?: (stage: RebuildStage) => void): Promise<'rebuild' | 'projector'> {
    let waiting = false;
    for (;;) {
      const projectorLease = await this.leases.tryAcquire(PROJECTOR_LEASE);
      if (projectorLease) {
        try {
          if (!(await this.summaries.hasReadyShadow())) return 'projector';
          onStage?.('swapping');
          const swapped = await new ClientSummaryProjection(this.events, this.summaries, this.clock, this.options).swapInReady(this.summaries);
          return swapped === null ? 'projector' : 'rebuild';
        } finally {
          await projectorLease.release();
        }
      }
      if (!(await this.summaries.hasReadyShadow())) return 'projector';
      if (!waiting) onStage?.('waiting-for-projector');
      waiting = true;
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 200));
    }
  }
}
