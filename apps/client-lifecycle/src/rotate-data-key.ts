/**
 * `npm run rotate-data-key`: rewraps every client's data key under DATA_KEY, unwrapping with the
 * keys in DATA_KEY_PREVIOUS; events are not touched. Safe to run with the service up and to run
 * again. Wiring only; the procedure is in docs/personal-data.md.
 */
import 'reflect-metadata';
import { SystemClock } from '@client-lifecycle/adapters';
import { ConfigError, loadConfig } from './config';
import { openEventStore } from './infrastructure';

async function main(): Promise<void> {
  const config = loadConfig();
  const events = await openEventStore(config, new SystemClock(), undefined);
  try {
    const rewrapped = await events.keys.rotate();
    console.log(`rewrapped ${rewrapped.toLocaleString('en-US')} data keys under the current DATA_KEY; DATA_KEY_PREVIOUS can now be removed`);
  } finally {
    await events.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
