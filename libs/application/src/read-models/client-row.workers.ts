import { Worker } from 'node:worker_threads';
import type { ClientSummaryRecord } from '@client-lifecycle/ports';
import type { InsightConfig } from '../insight/insight.config';
import { type ClientRowInput, clientRowOf } from './client-row';
import { type ClientRowAnswer, type ClientRowRequest, CLIENT_ROW_WORKER_FILE, type ClientRowWorkerData } from './client-row.worker';

/** Makes clients' rows with their full assessment, in process or on other cores. */
export interface ClientRowMaker {
  /** The rows of `inputs`, in their order. */
  rows(inputs: readonly ClientRowInput[]): Promise<ClientSummaryRecord[]>;
  /** Stops its threads, if any; batches still pending fail. */
  close(): Promise<void>;
}

/** `workers` threads making rows, or the main thread itself with none. */
export function clientRowMaker(workers: number, config: InsightConfig): ClientRowMaker {
  return workers > 0 ? new ClientRowWorkers(workers, config) : new InProcessClientRows(config);
}

export class InProcessClientRows implements ClientRowMaker {
  constructor(private readonly config: InsightConfig) {}

  async rows(inputs: readonly ClientRowInput[]): Promise<ClientSummaryRecord[]> {
    return inputs.map((input) => clientRowOf(input, this.config, true));
  }

  async close(): Promise<void> {}
}

interface Pending {
  readonly resolve: (rows: ClientSummaryRecord[]) => void;
  readonly reject: (error: Error) => void;
  readonly size: number;
}

interface RowThread {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  /** Clients handed to it and not answered yet. */
  load: number;
}

/**
 * Worker threads making rows (`client-row.worker.ts`): each batch goes to the least loaded one.
 * A thread that fails (an uncaught error, running out of memory, exiting) fails every batch
 * pending and every later one with an error saying so, and the others are stopped: a rebuild
 * ends with that error instead of waiting for an answer that will never come.
 */
export class ClientRowWorkers implements ClientRowMaker {
  private readonly threads: RowThread[];
  private nextBatch = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(count: number, config: InsightConfig) {
    const workerData: ClientRowWorkerData = { clientRowWorker: true, config };
    this.threads = Array.from({ length: Math.max(1, count) }, () => this.startThread(workerData));
  }

  rows(inputs: readonly ClientRowInput[]): Promise<ClientSummaryRecord[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error('The client row workers are closed'));
    if (inputs.length === 0) return Promise.resolve([]);
    const thread = this.threads.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
    const batch = this.nextBatch++;
    const answer = new Promise<ClientSummaryRecord[]>((resolve, reject) => thread.pending.set(batch, { resolve, reject, size: inputs.length }));
    thread.load += inputs.length;
    const request: ClientRowRequest = { batch, inputs };
    thread.worker.postMessage(request);
    return answer;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
    this.fail(new Error('The client row workers were closed with batches pending'));
  }

  private startThread(workerData: ClientRowWorkerData): RowThread {
    const thread: RowThread = { worker: startWorker(workerData), pending: new Map(), load: 0 };
    thread.worker.on('message', (answer: ClientRowAnswer) => {
      const pending = thread.pending.get(answer.batch);
      if (!pending) return;
      // A batch that failed stays pending until `failed` rejects it with every other.
      if (!('rows' in answer)) return this.failed(`failed on a client: ${answer.error}`);
      thread.pending.delete(answer.batch);
      thread.load -= pending.size;
      pending.resolve([...answer.rows]);
    });
    thread.worker.on('error', (error) => this.failed(`failed: ${error.stack ?? error.message}`));
    thread.worker.on('messageerror', (error) => this.failed(`could not read an answer: ${error.message}`));
    thread.worker.on('exit', (code) => {
      if (!this.closing) this.failed(`exited (code ${code})`);
    });
    return thread;
  }

  private failed(what: string): void {
    if (this.failure) return;
    this.fail(new Error(`A client row worker thread of the rebuild ${what}`));
    for (const thread of this.threads) void thread.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const thread of this.threads) {
      for (const pending of thread.pending.values()) pending.reject(this.failure);
      thread.pending.clear();
      thread.load = 0;
    }
  }
}

/**
 * A worker's young generation kept small (a 201,333-event rebuild peaked at 468 to 509 MiB RSS, not
 * 524). Its old generation is not capped: a worker reaching such a cap was seen to abort the whole
 * process (V8's fatal out-of-memory) rather than end the thread.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8 };

/**
 * The worker from the compiled app's .js file as is; from a .ts source (jest, swc-node) through
 * the TypeScript loader the tests and benches already use, which the thread does not inherit.
 */
function startWorker(workerData: ClientRowWorkerData): Worker {
  if (!CLIENT_ROW_WORKER_FILE.endsWith('.ts')) return new Worker(CLIENT_ROW_WORKER_FILE, { workerData, resourceLimits: WORKER_HEAP });
  const load = `require(${JSON.stringify(require.resolve('@swc-node/register'))}); require(${JSON.stringify(CLIENT_ROW_WORKER_FILE)});`;
  return new Worker(load, { eval: true, workerData, resourceLimits: WORKER_HEAP });
}
