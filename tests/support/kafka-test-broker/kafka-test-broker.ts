import { createServer, type Server, type Socket } from 'node:net';
import Decoder from 'kafkajs/src/protocol/decoder';
import Encoder from 'kafkajs/src/protocol/encoder';
import decodeRecordBatch from 'kafkajs/src/protocol/recordBatch/v0/decoder';

/** A record as the broker stored it, with the idempotent producer's id and sequence number. */
export interface ReceivedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly producerId: string;
  readonly producerEpoch: number;
  readonly sequence: number;
}

export interface KafkaTestBrokerOptions {
  /** 0 (the default) picks a free port; a restart listens on the same one. */
  readonly port?: number;
  /** Partitions of a topic made on first use (and of CreateTopics asking for the default). */
  readonly partitions?: number;
  /** Like `auto.create.topics.enable`: a topic named in a Metadata request is made on first use. */
  readonly autoCreateTopics?: boolean;
}

const API = { Produce: 0, Metadata: 3, ApiVersions: 18, CreateTopics: 19, InitProducerId: 22 } as const;
/** One version per API, so kafkajs speaks exactly what is implemented here. */
const SUPPORTED: readonly [number, number, number][] = [
  [API.Produce, 3, 3],
  [API.Metadata, 1, 1],
  [API.ApiVersions, 0, 2],
  [API.CreateTopics, 0, 0],
  [API.InitProducerId, 0, 0],
];
const ERROR = { none: 0, unknownTopicOrPartition: 3, unsupportedVersion: 35, topicAlreadyExists: 36, outOfOrderSequence: 45 } as const;
const NODE_ID = 0;
const HOST = '127.0.0.1';
/** Batches per producer and partition remembered for duplicate detection, as a real broker does. */
const REMEMBERED_BATCHES = 5;

interface Topic {
  readonly partitions: number;
  readonly configs: Readonly<Record<string, string>>;
  readonly logs: ReceivedRecord[][];
}

interface ProducerPartitionState {
  nextSequence: number;
  readonly batches: { first: number; last: number; baseOffset: number }[];
}

interface RequestHeader {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly correlationId: number;
}

type Fault = 'drop-before-storing' | 'drop-after-storing' | 'stop-after-storing';

const text = (value: Buffer | Buffer[] | null): string | null =>
  value === null ? null : (Array.isArray(value) ? value[value.length - 1] : value).toString('utf8');

/**
 * A single-node Kafka broker speaking just enough of the wire protocol for kafkajs's producer
 * and admin (ApiVersions, Metadata, InitProducerId, Produce, CreateTopics). It keeps every
 * record it stored, dedupes an idempotent producer's resent batches by sequence number like a
 * real broker, and can drop connections or be stopped and restarted on the same port with its
 * log intact.
 */
export class KafkaTestBroker {
  readonly topics = new Map<string, Topic>();
  /** How many requests of each API were answered or dropped. */
  readonly requestCounts = new Map<string, number>();
  private readonly producerStates = new Map<string, ProducerPartitionState>();
  private readonly sockets = new Set<Socket>();
  private readonly faults: Fault[] = [];
  private server: Server | null = null;
  private nextProducerId = 1000;
  private port = 0;

  private constructor(private readonly options: KafkaTestBrokerOptions) {
    this.port = options.port ?? 0;
  }

  static async start(options: KafkaTestBrokerOptions = {}): Promise<KafkaTestBroker> {
    const broker = new KafkaTestBroker(options);
    await broker.listen();
    return broker;
  }

  /** `host:port`, for kafkajs's `brokers`. */
  get address(): string {
    return `${HOST}:${this.port}`;
  }

  get running(): boolean {
    return this.server !== null;
  }

  /** Every stored record of every topic, topic by topic and partition by partition, in offset order. */
  get records(): ReceivedRecord[] {
    return [...this.topics.values()].flatMap((topic) => topic.logs.flat());
  }

  recordsOf(topic: string): ReceivedRecord[] {
    return this.topics.get(topic)?.logs.flat() ?? [];
  }

  /** Closes every open connection now; clients reconnect. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  /**
   * The next `count` Produce requests are not answered: their connection closes before anything
   * is stored, or after storing (the acknowledgement is lost), or the whole broker stops after
   * storing (until `restart`).
   */
  dropNextProduce(count: number, fault: Fault): void {
    for (let index = 0; index < count; index++) this.faults.push(fault);
  }

  /** Stops listening and closes every connection; the log and producer state stay for `restart`. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    this.dropConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.listen();
  }

  private listen(): Promise<void> {
    const server = createServer((socket) => this.accept(socket));
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, HOST, () => {
        server.off('error', reject);
        const address = server.address();
        if (address && typeof address === 'object') this.port = address.port;
        this.server = server;
        resolve();
      });
    });
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    let pending = Buffer.alloc(0);
    // One request at a time per connection, so answers leave in request order.
    let queue: Promise<void> = Promise.resolve();
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4) {
        const size = pending.readInt32BE(0);
        if (pending.length < 4 + size) break;
        const frame = pending.subarray(4, 4 + size);
        pending = pending.subarray(4 + size);
        queue = queue
          .then(() => this.serve(socket, frame))
          .catch(() => {
            socket.destroy();
          });
      }
    });
  }

  private async serve(socket: Socket, frame: Buffer): Promise<void> {
    if (socket.destroyed) return;
    const decoder = new Decoder(frame);
    const header: RequestHeader = { apiKey: decoder.readInt16(), apiVersion: decoder.readInt16(), correlationId: decoder.readInt32() };
    decoder.readString(); // client id
    const body = await this.answer(header, decoder, socket);
    if (body === null || socket.destroyed) return;
    const payload = new Encoder().writeInt32(header.correlationId).writeEncoder(body);
    socket.write(new Encoder().writeInt32(payload.size()).writeEncoder(payload).buffer);
  }

  private count(api: string): void {
    this.requestCounts.set(api, (this.requestCounts.get(api) ?? 0) + 1);
  }

  /** The response body, or null when the connection was dropped instead. */
  private async answer(header: RequestHeader, decoder: Decoder, socket: Socket): Promise<Encoder | null> {
    const supported = SUPPORTED.find(([key]) => key === header.apiKey);
    if (!supported || header.apiVersion < supported[1] || header.apiVersion > supported[2]) {
      if (header.apiKey === API.ApiVersions) return this.apiVersions(ERROR.unsupportedVersion);
      throw new Error(`The test broker does not implement API ${header.apiKey} v${header.apiVersion}`);
    }
    switch (header.apiKey) {
      case API.ApiVersions:
        this.count('ApiVersions');
        return this.apiVersions(ERROR.none);
      case API.Metadata:
        this.count('Metadata');
        return this.metadata(decoder);
      case API.InitProducerId:
        this.count('InitProducerId');
        return this.initProducerId(decoder);
      case API.CreateTopics:
        this.count('CreateTopics');
        return this.createTopics(decoder);
      case API.Produce:
        this.count('Produce');
        return this.produce(decoder, socket);
      default:
        throw new Error(`Unhandled API ${header.apiKey}`);
    }
  }

  private apiVersions(errorCode: number): Encoder {
    const versions = SUPPORTED.map(([key, min, max]) => new Encoder().writeInt16(key).writeInt16(min).writeInt16(max));
    return new Encoder().writeInt16(errorCode).writeArray(versions).writeInt32(0);
  }

  private metadata(decoder: Decoder): Encoder {
    // kafkajs sends an empty list as null (-1), which means every topic.
    const requested = decoder.readArray((item) => item.readString() ?? '');
    if (this.options.autoCreateTopics ?? true) for (const name of requested) if (!this.topics.has(name)) this.makeTopic(name, -1, {});
    const names = requested.length === 0 ? [...this.topics.keys()] : requested;
    const brokers = [new Encoder().writeInt32(NODE_ID).writeString(HOST).writeInt32(this.port).writeString(null)];
    const topics = names.map((name) => {
      const topic = this.topics.get(name);
      const partitions = Array.from({ length: topic?.partitions ?? 0 }, (_, partition) =>
        new Encoder().writeInt16(ERROR.none).writeInt32(partition).writeInt32(NODE_ID).writeArray([NODE_ID]).writeArray([NODE_ID]),
      );
      return new Encoder()
        .writeInt16(topic ? ERROR.none : ERROR.unknownTopicOrPartition)
        .writeString(name)
        .writeBoolean(false)
        .writeArray(partitions);
    });
    return new Encoder().writeArray(brokers).writeInt32(NODE_ID).writeArray(topics);
  }

  private initProducerId(decoder: Decoder): Encoder {
    decoder.readString(); // transactional id: this broker serves idempotent producers only
    decoder.readInt32();
    return new Encoder().writeInt32(0).writeInt16(ERROR.none).writeInt64(this.nextProducerId++).writeInt16(0);
  }

  private createTopics(decoder: Decoder): Encoder {
    const requests = decoder.readArray((item) => ({
      name: item.readString() ?? '',
      partitions: item.readInt32(),
      replicationFactor: item.readInt16(),
      assignments: item.readArray((assignment) => ({ partition: assignment.readInt32(), replicas: assignment.readArray((replica) => replica.readInt32()) })),
      configs: item.readArray((config) => [config.readString() ?? '', config.readString() ?? ''] as const),
    }));
    const results = requests.map(({ name, partitions, configs }) => {
      if (this.topics.has(name)) return new Encoder().writeString(name).writeInt16(ERROR.topicAlreadyExists);
      this.makeTopic(name, partitions, Object.fromEntries(configs));
      return new Encoder().writeString(name).writeInt16(ERROR.none);
    });
    return new Encoder().writeArray(results);
  }

  private makeTopic(name: string, partitions: number, configs: Record<string, string>): void {
    const count = partitions > 0 ? partitions : (this.options.partitions ?? 3);
    this.topics.set(name, { partitions: count, configs, logs: Array.from({ length: count }, () => []) });
  }

  private async produce(decoder: Decoder, socket: Socket): Promise<Encoder | null> {
    decoder.readString(); // transactional id
    decoder.readInt16(); // acks: every answer here comes after the records are stored
    decoder.readInt32();
    const topicData = decoder.readArray((topic) => ({
      name: topic.readString() ?? '',
      partitions: topic.readArray((partition) => ({ partition: partition.readInt32(), recordSet: partition.readBytes() })),
    }));
    const fault = this.faults.shift();
    if (fault === 'drop-before-storing') {
      socket.destroy();
      return null;
    }
    const responses: Encoder[] = [];
    for (const { name, partitions } of topicData) {
      const answers: Encoder[] = [];
      for (const { partition, recordSet } of partitions) {
        const { errorCode, baseOffset } = recordSet ? await this.append(name, partition, recordSet) : { errorCode: ERROR.none, baseOffset: -1 };
        answers.push(new Encoder().writeInt32(partition).writeInt16(errorCode).writeInt64(baseOffset).writeInt64(-1));
      }
      responses.push(new Encoder().writeString(name).writeArray(answers));
    }
    if (fault === 'drop-after-storing') {
      socket.destroy();
      return null;
    }
    if (fault === 'stop-after-storing') {
      await this.stop();
      return null;
    }
    return new Encoder().writeArray(responses).writeInt32(0);
  }

  private async append(name: string, partition: number, recordSet: Buffer): Promise<{ errorCode: number; baseOffset: number }> {
    const topic = this.topics.get(name);
    const log = topic?.logs[partition];
    if (!log) return { errorCode: ERROR.unknownTopicOrPartition, baseOffset: -1 };
    const batch = await decodeRecordBatch(new Decoder(recordSet));
    const idempotent = batch.producerId !== '-1';
    const stateKey = `${batch.producerId}/${name}/${partition}`;
    const state = this.producerStates.get(stateKey) ?? { nextSequence: batch.firstSequence, batches: [] };
    const last = batch.firstSequence + batch.records.length - 1;
    if (idempotent && batch.firstSequence !== state.nextSequence) {
      const duplicate = state.batches.find((known) => known.first === batch.firstSequence && known.last === last);
      return duplicate ? { errorCode: ERROR.none, baseOffset: duplicate.baseOffset } : { errorCode: ERROR.outOfOrderSequence, baseOffset: -1 };
    }
    const baseOffset = log.length;
    batch.records.forEach((record, index) =>
      log.push({
        topic: name,
        partition,
        offset: baseOffset + index,
        key: text(record.key),
        value: text(record.value),
        headers: Object.fromEntries(Object.entries(record.headers).map(([key, value]) => [key, text(value) ?? ''])),
        producerId: batch.producerId,
        producerEpoch: batch.producerEpoch,
        sequence: batch.firstSequence + index,
      }),
    );
    if (idempotent) {
      state.nextSequence = last + 1;
      state.batches.push({ first: batch.firstSequence, last, baseOffset });
      if (state.batches.length > REMEMBERED_BATCHES) state.batches.shift();
      this.producerStates.set(stateKey, state);
    }
    return { errorCode: ERROR.none, baseOffset };
  }
}
