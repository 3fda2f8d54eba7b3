import type { ClientSummaryRecord, ClientSummaryRows } from '@client-lifecycle/ports';
import type { ClientRowInput } from './client-row';
import type { ClientRowMaker } from './client-row.workers';

interface Batch {
  readonly rows: Promise<ClientSummaryRecord[]>;
  readonly size: number;
  answered: boolean;
}

/**
 * A rebuild's rows on their way to the list: clients handed over as they leave the fold, made
 * into rows by a `ClientRowMaker` (on another core) while the log is read on, and written in the
 * order they were handed over, `commitSize` per transaction. So a client written twice (evicted,
 * then seen again in appends made during the rebuild) ends with its later row, as in process.
 * At most `maxInFlight` clients wait for their rows: past that the reader waits, which bounds
 * the memory the copies take.
 */
export class RebuildRowWriter {
  private readonly batches: Batch[] = [];
  private inFlight = 0;
  private ready: ClientSummaryRecord[] = [];

  constructor(
    private readonly maker: ClientRowMaker,
    private readonly summaries: ClientSummaryRows,
    private readonly commitSize: number,
    private readonly maxInFlight: number,
  ) {}

  async add(inputs: readonly ClientRowInput[]): Promise<void> {
    if (inputs.length > 0) {
      const batch: Batch = { rows: this.maker.rows(inputs), size: inputs.length, answered: false };
      // Awaited in order below, where a failure is thrown: not an unhandled rejection meanwhile.
      batch.rows.then(
        () => (batch.answered = true),
        () => (batch.answered = true),
      );
      this.batches.push(batch);
      this.inFlight += batch.size;
    }
    while (this.batches.length > 0 && (this.batches[0].answered || this.inFlight > this.maxInFlight)) await this.takeOldest();
  }

  /** Writes every row still to come, the last transaction moving the checkpoint to `checkpoint`. */
  async finish(checkpoint: number): Promise<void> {
    while (this.batches.length > 0) await this.takeOldest(checkpoint);
    await this.summaries.commit(this.ready, checkpoint);
    this.ready = [];
  }

  private async takeOldest(checkpoint?: number): Promise<void> {
    const batch = this.batches.shift();
    if (!batch) return;
    this.inFlight -= batch.size;
    for (const row of await batch.rows) this.ready.push(row);
    // While finishing, the transaction holding the last rows is the one that moves the checkpoint.
    if (this.ready.length >= this.commitSize && (checkpoint === undefined || this.batches.length > 0)) {
      await this.summaries.commit(this.ready, 0);
      this.ready = [];
    }
  }
}
