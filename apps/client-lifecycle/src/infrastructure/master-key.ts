import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MasterKey } from '@client-lifecycle/adapters';
import type { AppConfig } from '../config';

export const MASTER_KEY_FILE_NAME = 'data-key';

/**
 * The master key from DATA_KEY or DATA_KEY_FILE. With neither, an in-memory log gets a throwaway
 * key, one host's durable log a key file made in DATA_DIR on first run (said in the log, since
 * losing it loses every client's personal data while the numbers stay readable), and PostgreSQL
 * none: the service refuses to start.
 */
export async function loadMasterKey(config: AppConfig, log: (message: string) => void): Promise<MasterKey> {
  if (config.dataKey !== null) return MasterKey.fromBase64(config.dataKey);
  if (config.dataKeyFile !== null) return readKeyFile(config.dataKeyFile);
  if (config.eventStore === 'memory') return MasterKey.generate();
  if (sharesDataKeys(config))
    throw new Error(
      'DATA_KEY or DATA_KEY_FILE must be set with PostgreSQL: processes on several hosts share the data keys there, so they must share the master key that wraps them',
    );
  const file = join(config.dataDir, MASTER_KEY_FILE_NAME);
  if (existsSync(file)) return readKeyFile(file);
  const generated = MasterKey.generate();
  mkdirSync(config.dataDir, { recursive: true });
  // 'wx': two processes starting at once must not each write their own key.
  try {
    writeFileSync(file, `${generated.toBase64()}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(file);
    throw error;
  }
  log(
    `No DATA_KEY or DATA_KEY_FILE: generated the master data key at ${file}. Back it up apart from the data, or set DATA_KEY; without it personal data cannot be read.`,
  );
  return generated;
}

/** Where the data keys sit in PostgreSQL, processes on other hosts read them: a key file of one host would not do. */
export const sharesDataKeys = (config: AppConfig): boolean => config.eventStore === 'postgres' || config.readModelStore === 'postgres';

const readKeyFile = (file: string): MasterKey => MasterKey.fromBase64(readFileSync(file, 'utf8'));
