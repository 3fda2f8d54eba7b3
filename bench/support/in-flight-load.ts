import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BENCH_KEY, type Figures } from './http-load';
import { percentile } from './generated-log';

/** One request's answer time and whether it failed (not 2xx, no answer, or GraphQL errors). */
export interface Answer {
  readonly ms: number;
  readonly failed: boolean;
}

export interface InFlightRun {
  /** Per request, by its index. */
  readonly answers: readonly Answer[];
  /** From the first request sent to the last answer. */
  readonly wallMs: number;
}

/**
 * Exactly `total` requests, `inFlight` at a time (each worker sends its next one when its answer
 * is in): a fixed amount of work timed end to end, where autocannon loads for a fixed time.
 */
export async function sendInFlight(url: string, total: number, inFlight: number, body: (index: number) => string): Promise<InFlightRun> {
  const answers: Answer[] = new Array(total);
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const index = next++;
      const sent = performance.now();
      let failed = true;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_KEY}` },
          body: body(index),
        });
        failed = !response.ok || (await response.text()).includes('"errors"');
      } catch {
        // counted as failed
      }
      answers[index] = { ms: performance.now() - sent, failed };
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { answers, wallMs: performance.now() - started };
}

/** Answers as the figures autocannon gives; the rate is over `wallMs`. */
export function figuresOf(answers: readonly Answer[], wallMs: number): Figures {
  const sorted = answers.map((answer) => answer.ms).sort((a, b) => a - b);
  const rounded = (value: number) => Math.round(value * 10) / 10;
  return {
    requests: answers.length,
    perSecond: (answers.length / wallMs) * 1000,
    p50: rounded(percentile(sorted, 50)),
    p99: rounded(percentile(sorted, 99)),
    max: rounded(sorted[sorted.length - 1]),
    failed: answers.filter((answer) => answer.failed).length,
  };
}

/** CPU time (user + system) a process has spent so far, in ms, from /proc: the steadier figure on a shared machine (Linux only, else NaN). */
export function processCpuMs(pid: number | undefined): number {
  try {
    // The fields after the command name (in parentheses, may hold spaces): utime and stime are the 12th and 13th of them.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
  } catch {
    return Number.NaN;
  }
}
