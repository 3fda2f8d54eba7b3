// kafkajs ships types for its client API only; these are the parts of its protocol codec the test broker reuses.
declare module 'kafkajs/src/protocol/decoder' {
  class Decoder {
    constructor(buffer: Buffer);
    offset: number;
    canReadInt32(): boolean;
    readInt8(): number;
    readInt16(): number;
    readInt32(): number;
    readInt64(): bigint;
    readString(): string | null;
    readBytes(): Buffer | null;
    readArray<T>(reader: (decoder: Decoder) => T): T[];
  }
  export = Decoder;
}

declare module 'kafkajs/src/protocol/encoder' {
  class Encoder {
    readonly buffer: Buffer;
    size(): number;
    writeInt8(value: number): Encoder;
    writeInt16(value: number): Encoder;
    writeInt32(value: number): Encoder;
    writeInt64(value: number | string | bigint): Encoder;
    writeBoolean(value: boolean): Encoder;
    writeString(value: string | null): Encoder;
    writeArray(values: readonly (Encoder | number | string)[]): Encoder;
    writeEncoder(value: Encoder): Encoder;
  }
  export = Encoder;
}

declare module 'kafkajs/src/protocol/recordBatch/v0/decoder' {
  import type Decoder from 'kafkajs/src/protocol/decoder';
  interface DecodedRecord {
    readonly offset: string;
    readonly key: Buffer | null;
    readonly value: Buffer | null;
    readonly headers: Record<string, Buffer | Buffer[]>;
  }
  interface DecodedRecordBatch {
    readonly producerId: string;
    readonly producerEpoch: number;
    readonly firstSequence: number;
    readonly records: DecodedRecord[];
  }
  function decodeRecordBatch(decoder: Decoder): Promise<DecodedRecordBatch>;
  export = decodeRecordBatch;
}
