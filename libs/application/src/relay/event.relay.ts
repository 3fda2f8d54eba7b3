import type { CheckpointStore, EventStore, OutboundMessage, Publisher, RecordedEvent } from '@client-lifecycle/ports';
import { type ClientSummaryFolder, DEFAULT_FOLD_CACHE_CLIENTS } from '../read-models/client-summary.folder';
import { yieldToEventLoop } from '../shared';
import { backoffDelay, type BackoffPolicy, DEFAULT_BACKOFF } from './relay.backoff';
import { isPublishedStream } from './relay.topics';
import { riskMoved, type RiskRecord, toEventMessage, toRiskMessage, toRiskRecord } from './relay.messages';

export interface EventRelayOptions {
  /** The checkpoint's name in the checkpoint store. */
  readonly name?: string;
  /** Events per publish call: one broker acknowledgement, one checkpoint write. */
  readonly batchSize?: number;
  readonly backoff?: BackoffPolicy;
  /** When given, each batch also carries the risk record of every client whose risk it moved. */
  readonly risk?: ClientSummaryFolder;
  readonly log?: (message: string) => void;
  /** How many clients' last published risk records are remembered; DEFAULT_FOLD_CACHE_CLIENTS unless told. */
  readonly lastRiskClients?: number;
}

export interface RelayStatus {
  /** The last log position the broker acknowledged (with everything before it). */
  readonly checkpoint: number;
  readonly headPosition: number;
  /** Events in the log not yet acknowledged by the broker. */
  readonly lag: number;
  readonly publishedEvents: number;
  readonly publishedRiskRecords: number;
  /** Publish attempts that failed since start; the relay backs off and sends the same batch again. */
  readonly failedAttempts: number;
  /** Failures since the last acknowledged batch: 0 while the broker answers. */
  readonly consecutiveFailures: number;
  readonly lastError: string | null;
}

export const DEFAULT_RELAY_CHECKPOINT = 'kafka-relay';

class RelayStoppedError extends Error {
  constructor() {
    super('The relay was stopped');
    this.name = 'RelayStoppedError';
  }
}

interface Batch {
  readonly upTo: number;
  readonly events: number;
  readonly messages: readonly OutboundMessage[];
  readonly risk: readonly RiskRecord[];
}

/**
 * A checkpointed subscription over the global log that publishes every event, in log order,
 * and moves its checkpoint only after the broker acknowledged the batch. A failed batch is
 * sent again unchanged after a bounded exponential backoff, so a broker that is down delays
 * publishing and never loses an event; a crash between acknowledgement and checkpoint sends
 * the batch again (at least once: consumers dedupe by `eventId`).
 */
export class EventRelay {
  private readonly name: string;
  private readonly batchSize: number;
  private readonly backoff: BackoffPolicy;
  private readonly log: (message: string) => void;
  /**
   * What this process last published per client, for the most recently published clients only
   * (bounded like the folds): a risk record goes out when it moved, or when its client was
   * forgotten, which at-least-once consumers already handle.
   */
  private readonly lastRisk = new Map<string, RiskRecord>();
  private readonly lastRiskClients: number;
  private serial: Promise<unknown> = Promise.resolve();
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;
  private onError: ((error: unknown) => void) | null = null;
  private pause: { timer: NodeJS.Timeout; resolve: () => void } | null = null;
  private retry: NodeJS.Timeout | null = null;
  /** Catch-ups that failed in a row on something other than the broker (reading the log, the checkpoint). */
  private failedCatchUps = 0;
  private unsubscribe: (() => void) | null = null;
  private readonly counters = { publishedEvents: 0, publishedRiskRecords: 0, failedAttempts: 0, consecutiveFailures: 0 };
  private lastError: string | null = null;

  constructor(
    private readonly events: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly publisher: Publisher,
    private readonly options: EventRelayOptions = {},
  ) {
    this.name = options.name ?? DEFAULT_RELAY_CHECKPOINT;
    this.batchSize = options.batchSize ?? 500;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.log = options.log ?? (() => undefined);
    this.lastRiskClients = options.lastRiskClients ?? DEFAULT_FOLD_CACHE_CLIENTS;
  }

  /**
   * Follows new appends as they are committed (no polling). A catch-up that fails on anything
   * but the broker (which it retries itself) is reported and tried again after a backoff, so a
   * quiet log is not left behind.
   */
  start(onError: (error: unknown) => void): void {
    this.stopped = false;
    this.onError = onError;
    this.unsubscribe = this.events.onAppended(() => this.wake(onError));
    this.wake(onError);
  }

  /**
   * Catches up on commits this process was not told of (another process's appends to an SQLite
   * log), unless a backoff is pending: that wait is what keeps a down broker from being hammered.
   */
  nudge(): void {
    if (this.onError && !this.retry) this.wake(this.onError);
  }

  /** Stops after the batch in flight; a backoff wait ends at once, leaving its batch for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.retry) clearTimeout(this.retry);
    if (this.pause) {
      clearTimeout(this.pause.timer);
      this.pause.resolve();
    }
    await this.running?.catch(() => undefined);
    await this.serial;
  }

  /** Publishes every event after the checkpoint; returns the new checkpoint. Calls run one after another. */
  catchUp(): Promise<number> {
    const next = this.serial.then(() => this.drain());
    this.serial = next.catch(() => undefined);
    return next;
  }

  async lag(): Promise<number> {
    return Math.max(0, (await this.events.headPosition()) - (await this.checkpoints.get(this.name)));
  }

  async status(): Promise<RelayStatus> {
    const [headPosition, checkpoint] = await Promise.all([this.events.headPosition(), this.checkpoints.get(this.name)]);
    return { checkpoint, headPosition, lag: Math.max(0, headPosition - checkpoint), ...this.counters, lastError: this.lastError };
  }

  private wake(onError: (error: unknown) => void): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.running = this.catchUp().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake(onError);
      }
    });
    this.running.then(
      () => (this.failedCatchUps = 0),
      (error: unknown) => {
        if (error instanceof RelayStoppedError || this.stopped) return;
        onError(error);
        this.failedCatchUps += 1;
        this.retry = setTimeout(() => this.wake(onError), backoffDelay(this.failedCatchUps, this.backoff));
      },
    );
  }

  private async drain(): Promise<number> {
    let checkpoint = await this.checkpoints.get(this.name);
    for (;;) {
      if (this.stopped) throw new RelayStoppedError();
      const page = await this.events.readAll({ after: checkpoint, maxCount: this.batchSize });
      if (page.length === 0) return checkpoint;
      const batch = await this.batchOf(page);
      await this.publish(batch);
      await this.checkpoints.put(this.name, batch.upTo);
      checkpoint = batch.upTo;
      this.counters.publishedEvents += batch.events;
      this.counters.publishedRiskRecords += batch.risk.length;
      this.remember(batch.risk);
      await yieldToEventLoop();
    }
  }

  private remember(records: readonly RiskRecord[]): void {
    for (const record of records) {
      this.lastRisk.delete(record.clientId);
      this.lastRisk.set(record.clientId, record);
    }
    for (const clientId of this.lastRisk.keys()) {
      if (this.lastRisk.size <= this.lastRiskClients) break;
      this.lastRisk.delete(clientId);
    }
  }

  /** Built once per batch and kept until acknowledged, so a retry sends exactly the same messages. */
  private async batchOf(page: readonly RecordedEvent[]): Promise<Batch> {
    const upTo = page[page.length - 1].position;
    const messages = page.filter((event) => isPublishedStream(event.streamId)).map(toEventMessage);
    const risk = this.options.risk
      ? (await this.options.risk.summarize(page))
          .map((row) => toRiskRecord(row, upTo))
          .filter((record) => riskMoved(this.lastRisk.get(record.clientId), record))
      : [];
    return { upTo, events: page.length, messages: [...messages, ...risk.map(toRiskMessage)], risk };
  }

  private async publish(batch: Batch): Promise<void> {
    for (;;) {
      try {
        await this.publisher.publish(batch.messages);
        if (this.counters.consecutiveFailures > 0) this.log(`publishing again after ${this.counters.consecutiveFailures} failed attempts`);
        this.counters.consecutiveFailures = 0;
        this.lastError = null;
        return;
      } catch (error) {
        this.counters.failedAttempts += 1;
        this.counters.consecutiveFailures += 1;
        this.lastError = error instanceof Error ? error.message : String(error);
        const delay = backoffDelay(this.counters.consecutiveFailures, this.backoff);
        this.log(`publishing up to position ${batch.upTo} failed (${this.lastError}); trying again in ${delay} ms`);
        await this.wait(delay);
      }
    }
  }

  private wait(ms: number): Promise<void> {
    if (this.stopped) return Promise.reject(new RelayStoppedError());
    return new Promise<void>((resolve, reject) => {
      const done = () => {
        this.pause = null;
        if (this.stopped) reject(new RelayStoppedError());
        else resolve();
      };
      this.pause = { timer: setTimeout(done, ms), resolve: done };
    });
  }
}
