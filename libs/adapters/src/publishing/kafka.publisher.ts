import { type Admin, Kafka, type LogEntry, logLevel, type Message, Partitioners, type Producer, type TopicMessages } from 'kafkajs';
import type { OutboundMessage, Publisher } from '@client-lifecycle/ports';

export interface KafkaTopicSpec {
  readonly name: string;
  /** `cleanup.policy=compact`: the broker keeps the latest message per key. */
  readonly compacted: boolean;
}

export type KafkaLogLevel = 'error' | 'warn' | 'info';

export interface KafkaPublisherOptions {
  readonly brokers: readonly string[];
  readonly clientId?: string;
  /** Topics made (when missing) on the first connection, before anything is published. */
  readonly topics?: readonly KafkaTopicSpec[];
  /** Partitions of a topic this publisher makes; -1 takes the broker's `num.partitions`. */
  readonly partitions?: number;
  /** kafkajs's own retries within one publish; after them the caller backs off and sends again. */
  readonly retries?: number;
  readonly connectionTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly log?: (level: KafkaLogLevel, message: string) => void;
}

/** Errors after which the broker no longer accepts this producer id's sequence: a new producer id starts over. */
const PRODUCER_STATE_LOST = new Set(['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH', 'INVALID_PRODUCER_ID_MAPPING']);

const LEVELS: Partial<Record<logLevel, KafkaLogLevel>> = { [logLevel.ERROR]: 'error', [logLevel.WARN]: 'warn', [logLevel.INFO]: 'info' };

const toMessage = (message: OutboundMessage): Message => ({ key: message.key, value: message.value, headers: { ...message.headers } });

/**
 * The Publisher port on Kafka through kafkajs: an idempotent producer (`acks=all`, one request
 * in flight per broker), so kafkajs's own retries neither duplicate nor reorder a partition.
 * Messages are partitioned by key with the Java client's murmur2 partitioner, so other
 * producers and consumers agree on where a key lives.
 */
export class KafkaPublisher implements Publisher {
  private readonly kafka: Kafka;
  private producer: Producer | null = null;
  private connecting: Promise<Producer> | null = null;
  private topicsReady = false;

  constructor(private readonly options: KafkaPublisherOptions) {
    const log = options.log ?? (() => undefined);
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'client-lifecycle',
      brokers: [...options.brokers],
      connectionTimeout: options.connectionTimeoutMs ?? 3_000,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      // Also bounds reconnecting to the cluster, so a broker that is down fails a publish in seconds, not minutes.
      retry: this.retry(),
      logLevel: logLevel.INFO,
      logCreator: () => (entry: LogEntry) => {
        const level = LEVELS[entry.level];
        if (level) log(level, `kafkajs ${entry.namespace}: ${entry.log.message}`);
      },
    });
  }

  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.connected();
    try {
      await producer.sendBatch({ acks: -1, topicMessages: byTopic(messages) });
    } catch (error) {
      if (PRODUCER_STATE_LOST.has(typeOf(error))) await this.reset();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.reset();
  }

  private connected(): Promise<Producer> {
    if (this.producer) return Promise.resolve(this.producer);
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<Producer> {
    if (!this.topicsReady) {
      await this.ensureTopics();
      this.topicsReady = true;
    }
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: this.retry(),
    });
    try {
      await producer.connect();
    } catch (error) {
      await producer.disconnect().catch(() => undefined);
      throw error;
    }
    this.producer = producer;
    return producer;
  }

  private retry() {
    return { retries: this.options.retries ?? 5, initialRetryTime: 100, maxRetryTime: 2_000 };
  }

  private async ensureTopics(): Promise<void> {
    const topics = this.options.topics ?? [];
    if (topics.length === 0) return;
    const admin: Admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((topic) => !existing.has(topic.name));
      if (missing.length === 0) return;
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic: topic.name,
          numPartitions: this.options.partitions ?? -1,
          configEntries: topic.compacted ? [{ name: 'cleanup.policy', value: 'compact' }] : [],
        })),
      });
    } finally {
      await admin.disconnect();
    }
  }

  private async reset(): Promise<void> {
    const producer = this.producer;
    this.producer = null;
    await producer?.disconnect().catch(() => undefined);
  }
}

/** One entry per topic, each keeping the given order of its messages. */
function byTopic(messages: readonly OutboundMessage[]): TopicMessages[] {
  const topics = new Map<string, Message[]>();
  for (const message of messages) {
    const list = topics.get(message.topic) ?? [];
    list.push(toMessage(message));
    topics.set(message.topic, list);
  }
  return [...topics].map(([topic, list]) => ({ topic, messages: list }));
}

/** The broker's error type, also when kafkajs wrapped it after its retries ran out. */
const typeOf = (error: unknown): string => {
  if (typeof error !== 'object' || error === null) return '';
  if ('type' in error && typeof error.type === 'string') return error.type;
  return 'originalError' in error ? typeOf(error.originalError) : '';
};
