import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ClientSummaryRecord } from '@client-lifecycle/ports';
import type { InsightConfig } from '../insight/insight.config';
import { type ClientRowInput, clientRowOf } from './client-row';

/** What a rebuild's row worker is started with. */
export interface ClientRowWorkerData {
  readonly clientRowWorker: true;
  readonly config: InsightConfig;
}

/** A batch of clients to make rows of, numbered so the answer finds its caller. */
export interface ClientRowRequest {
  readonly batch: number;
  readonly inputs: readonly ClientRowInput[];
}

export type ClientRowAnswer = { readonly batch: number; readonly rows: readonly ClientSummaryRecord[] } | { readonly batch: number; readonly error: string };

/**
 * This module's own file, the worker's entry: imported by the pool, so the build emits it beside
 * the pool (dist/.../client-row.worker.js) and ts-run code (jest, swc-node) gets the .ts source.
 */
export const CLIENT_ROW_WORKER_FILE = __filename;

const isClientRowWorker = (data: unknown): data is ClientRowWorkerData =>
  typeof data === 'object' && data !== null && (data as Partial<ClientRowWorkerData>).clientRowWorker === true;

// Loaded by the pool on the main thread too: only a thread started as a row worker serves.
if (!isMainThread && parentPort && isClientRowWorker(workerData)) {
  const port = parentPort;
  const { config } = workerData;
  port.on('message', ({ batch, inputs }: ClientRowRequest) => {
    let answer: ClientRowAnswer;
    try {
      answer = { batch, rows: inputs.map((input) => clientRowOf(input, config, true)) };
    } catch (error) {
      answer = { batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(answer);
  });
}
