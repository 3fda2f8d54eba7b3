import type { AppConfig } from '../config';
import { prepareDataDir } from './data-dir.check';
import { checkKeyStoreBesideLog, checkLogBesideReadModels, checkSqliteIntegrity } from './sqlite-files.check';

/** Before anything opens a store: a usable DATA_DIR, undamaged SQLite files, a log that matches its read models and the key store its key events need. */
export function runBootChecks(config: AppConfig, log: (message: string) => void): void {
  const usesDataDir = config.eventStore === 'sqlite' || config.readModelStore === 'sqlite' || config.leases === 'files';
  if (!usesDataDir) return;
  prepareDataDir(config.dataDir);
  checkSqliteIntegrity(config);
  checkLogBesideReadModels(config, log);
  checkKeyStoreBesideLog(config);
}
