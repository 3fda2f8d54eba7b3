/** Codes a driver reports when the disk or quota is full: the request is fine, the storage is not. */
const STORAGE_FULL_CODES: ReadonlySet<string> = new Set([
  'SQLITE_FULL', // better-sqlite3: database or disk is full
  'ENOSPC', // Node: no space left on device
  'EDQUOT', // Node: disk quota exceeded
  '53100', // PostgreSQL: disk_full
]);

/** Whether a failure, or one it wraps as its `cause`, comes from storage that is full. */
export function isStorageFull(failure: unknown): boolean {
  for (let current = failure, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && STORAGE_FULL_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
