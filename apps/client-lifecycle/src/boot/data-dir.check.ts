import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BootRefusal } from './boot-refusal';

/**
 * Creates DATA_DIR one level at a time and proves it writable. Not `mkdirSync(..., { recursive: true })`:
 * under a pseudo file system such as /proc, mkdir answers ENOENT although the parent exists, and
 * Node's recursive mkdir retries that forever at 100% CPU.
 */
export function prepareDataDir(dataDir: string): void {
  const missing: string[] = [];
  for (let folder = dataDir; !exists(folder); folder = dirname(folder)) {
    if (dirname(folder) === folder) break;
    missing.unshift(folder);
  }
  try {
    for (const folder of missing) mkdirSync(folder);
    if (!statSync(dataDir).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    const probe = join(dataDir, `.write-check-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new BootRefusal(`DATA_DIR=${dataDir} cannot hold the data files (${code ?? message}): point DATA_DIR at a writable folder on a real file system.`);
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
