import { Injectable } from '@nestjs/common';

/** Workers that stopped following the log after an error: the process serves stale data until restarted. */
@Injectable()
export class WorkerFaults {
  private readonly stopped = new Map<string, string>();

  report(worker: string, error: unknown): void {
    this.stopped.set(worker, error instanceof Error ? error.message : String(error));
  }

  /** Worker name to the error that stopped it. */
  list(): Readonly<Record<string, string>> {
    return Object.fromEntries(this.stopped);
  }
}
