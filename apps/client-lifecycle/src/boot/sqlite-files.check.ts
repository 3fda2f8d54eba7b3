import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { API_KEY_STREAM } from '@client-lifecycle/application';
import type { AppConfig } from '../config';
import {
  API_KEY_FILE_NAME,
  CHECKPOINT_FILE_NAME,
  DATA_KEY_STORE_FILE_NAME,
  READ_MODEL_FILE_NAME,
  sharesDataKeys,
  SQLITE_FILE_NAME,
  TERMINATION_FILE_NAME,
  TIMER_FILE_NAME,
  WORKLIST_FILE_NAME,
} from '../infrastructure';
import { BootRefusal } from './boot-refusal';

/** Files derived from the log: safe to drop and rebuild, wrong to keep when the log is gone. */
const DERIVED_FILES = [READ_MODEL_FILE_NAME, TERMINATION_FILE_NAME, CHECKPOINT_FILE_NAME, TIMER_FILE_NAME, WORKLIST_FILE_NAME];

/** The SQLite files of DATA_DIR this configuration opens. */
export function sqliteFilesOf(config: AppConfig): string[] {
  // The API key store sits beside the read models (openApiKeyStore), though it is not derived from the log.
  return [
    ...(config.eventStore === 'sqlite' ? [SQLITE_FILE_NAME] : []),
    ...(config.readModelStore === 'sqlite' ? [...DERIVED_FILES, API_KEY_FILE_NAME] : []),
    // Not derived: the personal-data keys cannot be rebuilt from the log.
    ...(config.eventStore !== 'memory' && !sharesDataKeys(config) ? [DATA_KEY_STORE_FILE_NAME] : []),
  ];
}

/**
 * `PRAGMA quick_check(1)` on every SQLite file: a corrupt page refuses the start instead of
 * answering wrong data later. Bounded to the first problem found; O(pages), without the index
 * cross-checks of a full integrity_check.
 */
export function checkSqliteIntegrity(config: AppConfig): void {
  for (const name of sqliteFilesOf(config)) {
    const file = join(config.dataDir, name);
    if (!existsSync(file)) continue;
    let verdict: string;
    try {
      const db = new Database(file, { fileMustExist: true });
      try {
        verdict = String(db.pragma('quick_check(1)', { simple: true }));
      } finally {
        db.close();
      }
    } catch (error) {
      verdict = (error as Error).message;
    }
    if (verdict !== 'ok')
      throw new BootRefusal(
        `${file} is damaged (${verdict}): stop writing to it, keep a copy and restore DATA_DIR from the last backup (see docs/operations.md).`,
      );
  }
}

/**
 * The log is the truth and read models follow it. An empty log beside read models holding data
 * (a lost or replaced events.sqlite) would list clients the log does not know: refuse, unless
 * asked to rebuild, which drops the derived files so that the projections start from the log.
 */
export function checkLogBesideReadModels(config: AppConfig, log: (message: string) => void): void {
  if (config.eventStore !== 'sqlite' || config.readModelStore !== 'sqlite') return;
  if (holdsRows(join(config.dataDir, SQLITE_FILE_NAME))) return;
  const derived = DERIVED_FILES.filter((name) => holdsRows(join(config.dataDir, name)));
  if (derived.length === 0) return;
  if (!config.operations.rebuildReadModels)
    throw new BootRefusal(
      `The event log ${join(config.dataDir, SQLITE_FILE_NAME)} is empty while ${derived.join(', ')} hold data: ` +
        'restore the log from a backup, or start once with REBUILD_READ_MODELS=on to drop the read models and rebuild them from the log.',
    );
  for (const name of DERIVED_FILES) for (const suffix of ['', '-wal', '-shm']) rmSync(join(config.dataDir, name + suffix), { force: true });
  log(`REBUILD_READ_MODELS=on: dropped ${derived.join(', ')}; read models are rebuilt from the log`);
}

/**
 * The log records key creations but not their secret hashes, which only api-keys.sqlite holds: a
 * log with key events beside a missing or empty key store (a restore without it) would refuse every
 * credential, ADMIN_API_KEY included (its creation is already recorded, so it is not made again).
 */
export function checkKeyStoreBesideLog(config: AppConfig): void {
  if (config.eventStore !== 'sqlite' || config.readModelStore !== 'sqlite') return;
  const logFile = join(config.dataDir, SQLITE_FILE_NAME);
  const keyFile = join(config.dataDir, API_KEY_FILE_NAME);
  if (!existsSync(logFile) || holdsRows(keyFile)) return;
  const db = new Database(logFile, { fileMustExist: true });
  let recordsKeys: boolean;
  try {
    const hasEvents = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get() !== undefined;
    recordsKeys = hasEvents && db.prepare('SELECT 1 FROM events WHERE stream_id = ? LIMIT 1').get(API_KEY_STREAM) !== undefined;
  } finally {
    db.close();
  }
  if (recordsKeys)
    throw new BootRefusal(
      `The event log ${logFile} records API keys while ${keyFile} holds none: every credential would be refused. ` +
        'Restore api-keys.sqlite from the backup the log came from (see docs/operations.md).',
    );
}

function holdsRows(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    return tables.some(({ name }) => {
      const table = `"${name.replaceAll('"', '""')}"`;
      // A checkpoint row at position 0 is what a fresh store writes; past 0 it has followed a log.
      const columns = db.prepare<[string], { name: string }>(`SELECT name FROM pragma_table_info(?)`).all(name);
      const fresh = /checkpoint/.test(name) && columns.some((column) => column.name === 'position') ? ' WHERE position > 0' : '';
      return db.prepare(`SELECT 1 FROM ${table}${fresh} LIMIT 1`).get() !== undefined;
    });
  } finally {
    db.close();
  }
}
