/**
 * `npm run rebuild`: projects the whole event log again into a shadow of the client list, with a
 * progress bar, while the service (if running) keeps serving the old list; the running
 * projector then swaps the shadow in (or this process does, when no projector runs).
 * `--workers N`: threads assessing clients beside the one reading the log; none by default
 * (docs/rebuild-performance.md: more RSS and CPU, faster only with idle cores).
 * This file only sets the V8 heap the rebuild runs in (below) and starts rebuild.command.ts.
 */
import { spawn } from 'node:child_process';

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
const REBUILD_HEAP_FLAGS: readonly string[] = ['--heap-growing-percent=150'];

/** Flags by which whoever starts node chooses the heap: then theirs are kept, as they are. */
const HEAP_FLAG = /^--(max-old-space-size|max-semi-space-size|max-heap-size|heap-growing-percent)(=|$)/;

const heapChosenByCaller = (): boolean =>
  [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((flag) => HEAP_FLAG.test(flag.replace(/_/g, '-')));

function failed(error: unknown): void {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/**
 * This same command again, in a node with REBUILD_HEAP_FLAGS: V8 reads its heap sizes when it
 * starts, not later. Its output is this one's, its exit status too; a signal sent to this
 * process goes on to it.
 */
function rebuildInItsHeap(): void {
  const rebuild = spawn(process.execPath, [...process.execArgv, ...REBUILD_HEAP_FLAGS, ...process.argv.slice(1)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => rebuild.kill(signal));
  rebuild.on('error', failed);
  rebuild.on('exit', (code, signal) => {
    if (signal !== null) {
      // Killed, or aborted by V8 out of memory (its message above): the shadow it left is dropped by the next rebuild.
      console.error(`The rebuild ended on ${signal}: unless it had said it swapped its list in, the live client list is unchanged.`);
      process.exit(1);
    }
    process.exit(code ?? 1);
  });
}

if (heapChosenByCaller()) {
  import('./rebuild.command').then(({ runRebuild }) => runRebuild()).catch(failed);
} else rebuildInItsHeap();
