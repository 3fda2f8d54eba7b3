import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU seconds of each thread of this process (Linux /proc; empty elsewhere), by thread id. */
export function threadCpuSeconds(): Map<number, number> {
  const seconds = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return seconds;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seconds.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return seconds;
}

/**
 * Follows the CPU time of every thread while something runs, sampling every `everyMs` (a thread
 * that ends keeps its last sample): the main thread's against the others', to tell the critical
 * path of work shared between threads from its total.
 */
export class ThreadCpu {
  private readonly before = threadCpuSeconds();
  private readonly last = new Map(this.before);
  private readonly timer: NodeJS.Timeout;

  constructor(everyMs = 100) {
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  /** CPU seconds since the start: of the main thread, and of each other thread that used more than 50 ms. */
  stop(): { readonly main: number; readonly others: number[] } {
    clearInterval(this.timer);
    this.sample();
    const used = (tid: number) => (this.last.get(tid) ?? 0) - (this.before.get(tid) ?? 0);
    const others = [...this.last.keys()].filter((tid) => tid !== process.pid).map(used);
    return { main: used(process.pid), others: others.filter((seconds) => seconds > 0.05).sort((a, b) => b - a) };
  }

  private sample(): void {
    for (const [tid, seconds] of threadCpuSeconds()) this.last.set(tid, seconds);
  }
}
