import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import {
  API_KEY_FILE_NAME,
  CHECKPOINT_FILE_NAME,
  DATA_KEY_STORE_FILE_NAME,
  MASTER_KEY_FILE_NAME,
  READ_MODEL_FILE_NAME,
  SQLITE_FILE_NAME,
  TERMINATION_FILE_NAME,
  TIMER_FILE_NAME,
  WORKLIST_FILE_NAME,
} from '../infrastructure';

/**
 * Copy order: every file derived from the log first, then the log, then the API key store. Each
 * copy is a consistent snapshot of its file (SQLite's online backup); taken in this order, no read
 * model in the set is ahead of the log, so a restored service only has to catch up, never to forget.
 * The key store is not derived from the log (the log holds no secret hashes), so a backup without it
 * would lock every caller out. It comes after the log: a key revoked while the backup runs is
 * revoked in the copy (the store is written before the revocation event), never alive again.
 */
export const BACKUP_ORDER = [
  READ_MODEL_FILE_NAME,
  WORKLIST_FILE_NAME,
  TERMINATION_FILE_NAME,
  TIMER_FILE_NAME,
  CHECKPOINT_FILE_NAME,
  SQLITE_FILE_NAME,
  API_KEY_FILE_NAME,
];

/**
 * Copied after the log: every client in the copied log then has its data key in the copy (a key
 * is made before the client's first event is stored). A key destroyed after the log was copied
 * leaves that client erased in the restore, as it was asked to be.
 */
const DATA_KEY_FILES = [DATA_KEY_STORE_FILE_NAME];

/** The master key generated in DATA_DIR (none when DATA_KEY or DATA_KEY_FILE gives it): a plain file, copied as is. */
const PLAIN_FILES = [MASTER_KEY_FILE_NAME];

/** Every file a backup may hold: without the data keys and the master key, a restored log's personal fields cannot be read. */
export const BACKED_UP_FILES = [...BACKUP_ORDER, ...DATA_KEY_FILES, ...PLAIN_FILES];

const FORMAT = 'client-lifecycle-backup/1';
/** Pages copied per step: large, so that a busy writer does not restart the copy over and over. */
const PAGES_PER_STEP = 100_000;

export interface BackupSummary {
  readonly file: string;
  readonly copied: ReadonlyArray<{ readonly name: string; readonly bytes: number }>;
}

/**
 * One archive file (itself an SQLite database: a table of named files) holding an online copy of
 * each SQLite file of DATA_DIR. Safe while the service runs and writes.
 */
export async function backupDataDir(dataDir: string, to: string): Promise<BackupSummary> {
  const staging = mkdtempSync(join(tmpdir(), 'client-lifecycle-backup-'));
  try {
    const copied: Array<{ name: string; bytes: number }> = [];
    for (const name of [...BACKUP_ORDER, ...DATA_KEY_FILES]) {
      const source = join(dataDir, name);
      if (!existsSync(source)) continue;
      const db = new Database(source, { fileMustExist: true });
      try {
        await db.backup(join(staging, name), { progress: () => PAGES_PER_STEP });
      } finally {
        db.close();
      }
      copied.push({ name, bytes: readFileSync(join(staging, name)).length });
    }
    for (const name of PLAIN_FILES) {
      const source = join(dataDir, name);
      if (!existsSync(source)) continue;
      copyFileSync(source, join(staging, name));
      copied.push({ name, bytes: readFileSync(join(staging, name)).length });
    }
    if (!copied.some(({ name }) => name === SQLITE_FILE_NAME)) throw new Error(`${join(dataDir, SQLITE_FILE_NAME)} does not exist: nothing to back up`);
    // Written beside the target and renamed: a half-written archive never carries the target's name.
    const partial = join(dirname(to), `.${basename(to)}.partial`);
    rmSync(partial, { force: true });
    const archive = new Database(partial);
    try {
      archive.exec(
        'CREATE TABLE manifest (format TEXT NOT NULL, created_at TEXT NOT NULL); CREATE TABLE files (name TEXT PRIMARY KEY, content BLOB NOT NULL);',
      );
      archive.prepare('INSERT INTO manifest VALUES (?, ?)').run(FORMAT, new Date().toISOString());
      const insert = archive.prepare('INSERT INTO files VALUES (?, ?)');
      archive.transaction(() => copied.forEach(({ name }) => insert.run(name, readFileSync(join(staging, name)))))();
    } finally {
      archive.close();
    }
    renameSync(partial, to);
    return { file: to, copied };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Writes the archive's files into DATA_DIR, which must not hold a log yet (restore into a fresh folder, or remove the old one first). */
export function restoreDataDir(from: string, dataDir: string): string[] {
  if (existsSync(join(dataDir, SQLITE_FILE_NAME))) throw new Error(`${join(dataDir, SQLITE_FILE_NAME)} already exists: restore into an empty DATA_DIR`);
  const archive = new Database(from, { readonly: true, fileMustExist: true });
  try {
    const format = archive.prepare<[], { format: string }>('SELECT format FROM manifest').get()?.format;
    if (format !== FORMAT) throw new Error(`${from} is not a client-lifecycle backup (format ${format ?? 'unknown'})`);
    const files = archive.prepare<[], { name: string; content: Buffer }>('SELECT name, content FROM files').all();
    for (const { name, content } of files) {
      if (!BACKED_UP_FILES.includes(name)) throw new Error(`${from} holds an unexpected file ${JSON.stringify(name)}`);
      // The master key is a secret: readable by the service's user alone, as when it was generated.
      writeFileSync(join(dataDir, name), content, PLAIN_FILES.includes(name) ? { mode: 0o600 } : {});
    }
    return files.map(({ name }) => name);
  } finally {
    archive.close();
  }
}
