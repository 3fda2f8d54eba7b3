/**
 * `npm run rebuild`: projects the whole event log again into a shadow of the client list, with a
 * progress bar, while the service (if running) keeps serving the old list; the running
 * projector then swaps the shadow in (or this process does, when no projector runs).
 * `--workers N`: threads assessing clients beside the one reading the log; none by default
 * (docs/rebuild-performance.md: more RSS and CPU, faster only with idle cores).
 * This file only sets the V8 heap the rebuild runs in (config/rebuild-heap.ts) and starts
 * rebuild.command.ts.
 */
import { spawn } from 'node:child_process';
import { heapChosenByCaller, REBUILD_HEAP_FLAGS } from './config/rebuild-heap';

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
