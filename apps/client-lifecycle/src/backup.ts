/**
 * `npm run backup -- --to FILE`: an online copy of every SQLite file of DATA_DIR into one archive,
 * while the service runs. `npm run restore -- --from FILE` writes them into an empty DATA_DIR.
 * Wiring only; see docs/operations.md.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupDataDir, restoreDataDir } from './backups';
import { ConfigError, loadConfig } from './config';

const USAGE = 'usage: backup --to FILE   |   backup --restore --from FILE   (DATA_DIR as for the service)';

async function main(argv: readonly string[]): Promise<void> {
  const config = loadConfig();
  if (config.eventStore !== 'sqlite')
    throw new Error(`EVENT_STORE=${config.eventStore}: back up that server with its own tools; this copies SQLite files only`);
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 && argv[index + 1] && !argv[index + 1].startsWith('--') ? resolve(argv[index + 1]) : null;
  };
  if (argv.includes('--restore')) {
    const from = option('--from');
    if (!from) throw new Error(USAGE);
    mkdirSync(config.dataDir, { recursive: true });
    const names = restoreDataDir(from, config.dataDir);
    console.log(`restored ${names.join(', ')} into ${config.dataDir}; start the service to let read models catch up with the log`);
    return;
  }
  const to = option('--to');
  if (!to) throw new Error(USAGE);
  const { copied } = await backupDataDir(config.dataDir, to);
  console.log(`backed up ${copied.map(({ name, bytes }) => `${name} (${bytes.toLocaleString('en-US')} bytes)`).join(', ')} to ${to}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
