/**
 * `npm run rebuild`: drops the client summary list and projects the whole event log again,
 * with a progress bar. Run it with the service stopped. Wiring only.
 */
import 'reflect-metadata';
import { SystemClock } from '@client-lifecycle/adapters';
import { ClientSummaryProjection } from '@client-lifecycle/application';
import { ConfigError, loadConfig } from './config';
import { openClientSummaryStore, openEventStore } from './infrastructure';

const BAR_WIDTH = 30;

function progressBar(position: number, head: number): string {
  const share = head === 0 ? 1 : position / head;
  const filled = Math.round(share * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${position.toLocaleString('en-US')}/${head.toLocaleString('en-US')} events`;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const clock = new SystemClock();
  const events = await openEventStore(config, clock);
  const summaries = await openClientSummaryStore(config);
  try {
    const started = process.hrtime.bigint();
    let lastLine = 0;
    const position = await new ClientSummaryProjection(events, summaries, clock, { cacheClients: config.foldCacheClients }).rebuild((at, head) => {
      const now = Date.now();
      if (process.stdout.isTTY) process.stdout.write(`\r${progressBar(at, head)}`);
      else if (at === head || now - lastLine > 2_000) {
        console.log(progressBar(at, head));
        lastLine = now;
      }
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (process.stdout.isTTY) process.stdout.write('\n');
    console.log(
      `rebuilt client summaries from ${position.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s (${Math.round(position / Math.max(seconds, 1e-9)).toLocaleString('en-US')} events/s)`,
    );
  } finally {
    await summaries.close();
    await events.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
