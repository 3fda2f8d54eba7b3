import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { PortfolioQueries } from '@client-lifecycle/application';

/**
 * Keeps the portfolio's sums ready in the process that answers `portfolio`: built in the
 * background as soon as the process starts (it does not wait for them to serve), then following
 * the list's changes, so no request reads every record of the list.
 */
@Injectable()
export class PortfolioFollower implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Portfolio');

  constructor(@Inject(PortfolioQueries) private readonly portfolios: PortfolioQueries) {}

  onApplicationBootstrap(): void {
    // A failed pass is tried again at the next one, and a request meanwhile reports its own error.
    void this.portfolios.keepReady((error) =>
      this.logger.warn(`the portfolio could not follow the client list: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /** Before the stores close. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.portfolios.stop();
  }
}
