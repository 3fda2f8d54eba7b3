import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';

/** A line when a shutdown begins and one when it is done, so an operator sees a clean stop from a crash. */
@Injectable()
export class ProcessLifecycleLog implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('client-lifecycle');

  beforeApplicationShutdown(signal?: string): void {
    this.logger.log(`Shutting down${signal ? ` on ${signal}` : ''}: finishing queued writes and handing over leases`);
  }

  onApplicationShutdown(signal?: string): void {
    this.logger.log(`Stopped${signal ? ` after ${signal}` : ''}`);
  }
}
