/**
 * The V8 heap of a rebuild, unless node is started with heap flags of its own
 * (docs/rebuild-performance.md, 2026-11-28). At 1M events the rebuild holds 65 to 85 MB live (a
 * page of the log, the folds of 1,000 clients, the rows not yet written), but V8 let the old
 * generation fill with garbage up to 350 MB between two full collections: 448 to 450 MiB of RSS
 * against a budget of 512. Grown to 2.5 times what a full collection leaves (V8 chooses up to 4),
 * it peaked at 354 to 359 MiB; 2 times (315 MiB) cost 10 to 12% more CPU than V8's choice in runs
 * side by side. No cap: a client too long for that still gets the heap it needs (2.5 times its
 * size), so no rebuild fails that did not before.
 */
export const REBUILD_HEAP_FLAGS: readonly string[] = ['--heap-growing-percent=150'];

/** Flags by which whoever starts node chooses the heap: then theirs are kept, as they are. */
const HEAP_FLAG = /^--(max-old-space-size|max-semi-space-size|max-heap-size|heap-growing-percent)(=|$)/;

export const heapChosenByCaller = (execArgv: readonly string[] = process.execArgv, env: Readonly<Record<string, string | undefined>> = process.env): boolean =>
  [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].some((flag) => HEAP_FLAG.test(flag.replace(/_/g, '-')));
