/**
 * An open-loop load at an even rate: request n is due at start + n / rate and is sent then, over at
 * most `connections` keep-alive sockets, whatever the answers before it did. Its latency runs from
 * when it was due, not from when a socket took it, so a stall that queues requests behind it shows
 * in every one of them (coordinated omission, measured rather than corrected).
 *
 * Why not autocannon's `overallRate`: it gives each connection a quota per second and sends it back
 * to back when the second starts, so "50 req/s" arrives as one burst of 50 a second; and it corrects
 * for omission with an expected interval of one millisecond whatever the rate, adding a synthetic
 * sample for every millisecond of a slow answer. Both inflate the p99 of a steady load.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface SteadyLoad {
  readonly url: string;
  readonly seconds: number;
  readonly connections: number;
  readonly rate: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: (index: number) => string;
}

export interface SteadyFigures {
  readonly requests: number;
  readonly perSecond: number;
  /** Milliseconds from when each answered request was due. */
  readonly latencies: readonly number[];
  /** Transport errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  readonly failed: number;
}

const TIMEOUT_MS = 10_000;

export async function steadyLoad({ url, seconds, connections, rate, headers, body }: SteadyLoad): Promise<SteadyFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const total = Math.max(1, Math.round(rate * seconds));
  const interval = 1_000 / rate;
  const latencies: number[] = [];
  let failed = 0;
  let settled = 0;
  let lastAnswer = 0;

  const start = performance.now();
  await new Promise<void>((allSettled) => {
    const settle = () => {
      lastAnswer = performance.now();
      if (++settled === total) allSettled();
    };
    const send = (index: number, due: number) => {
      const payload = body(index);
      const outgoing = request(url, {
        method: 'POST',
        agent,
        timeout: TIMEOUT_MS,
        headers: { ...headers, 'content-length': Buffer.byteLength(payload) },
      });
      outgoing.on('response', (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const ok = incoming.statusCode !== undefined && incoming.statusCode < 300 && !Buffer.concat(chunks).includes('"errors"');
          if (ok) latencies.push(performance.now() - due);
          else failed++;
          settle();
        });
      });
      outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
      outgoing.on('error', () => {
        failed++;
        settle();
      });
      outgoing.end(payload);
    };
    let next = 0;
    const sendDue = () => {
      const now = performance.now();
      for (; next < total && start + next * interval <= now; next++) send(next, start + next * interval);
      if (next < total) setTimeout(sendDue, Math.max(0, start + next * interval - performance.now()));
    };
    sendDue();
  });
  agent.destroy();

  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, perSecond: (latencies.length * 1_000) / (lastAnswer - start), latencies, failed };
}

/** The q-quantile (0 to 1) of sorted values, by the nearest rank. */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
