/**
 * One catch-up at a time for a follower of the log: a wake that arrives while a run is under way
 * is remembered, and all such wakes become one more run after it, so a burst of commits costs
 * at most two runs and none is missed.
 */
export class CoalescedRuns {
  private running: Promise<unknown> | null = null;
  private again = false;

  constructor(private readonly run: () => Promise<unknown>) {}

  wake(onError: (error: unknown) => void): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake(onError);
      }
    });
    this.running.catch(onError);
  }

  /** Resolves once the run under way, if any, is over, whatever its outcome. */
  async settled(): Promise<void> {
    await this.running?.catch(() => undefined);
  }
}
