import { ThrottlerStorageService } from '@nestjs/throttler';

export interface RateVerdict {
  readonly allowed: boolean;
  /** Whole seconds until the principal may try again; 0 when allowed. */
  readonly retryAfterSeconds: number;
}

const THROTTLER_NAME = 'graphql';

/**
 * A sliding window of points per principal, kept by @nestjs/throttler's storage. A request spends
 * as many points as its weight, so one dear query uses the budget of many cheap ones.
 */
export class RateLimiter {
  private readonly storage = new ThrottlerStorageService();

  constructor(
    private readonly points: number,
    private readonly windowMs: number,
  ) {}

  get enabled(): boolean {
    return this.points > 0;
  }

  async spend(key: string, weight: number): Promise<RateVerdict> {
    if (!this.enabled) return { allowed: true, retryAfterSeconds: 0 };
    // No block duration: a sliding window, so a principal is back as soon as its oldest points expire.
    let record = await this.storage.increment(key, this.windowMs, this.points, 0, THROTTLER_NAME);
    for (let spent = 1; spent < weight && !record.isBlocked; spent++) record = await this.storage.increment(key, this.windowMs, this.points, 0, THROTTLER_NAME);
    if (!record.isBlocked) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(record.timeToBlockExpire)) };
  }

  /** Stops the storage's sweep timer. */
  close(): void {
    this.storage.onApplicationShutdown();
  }
}
