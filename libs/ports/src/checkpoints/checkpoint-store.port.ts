export const CHECKPOINT_STORE = Symbol('CheckpointStore');

export enum CheckpointErrorCode {
  InvalidPosition = 'CHECKPOINT.INVALID_POSITION',
}

/** A position must be a non-negative safe integer: anything else would make a subscriber skip or replay the log. */
export class InvalidCheckpointError extends Error {
  readonly code = CheckpointErrorCode.InvalidPosition;

  constructor(
    readonly checkpointName: string,
    readonly position: unknown,
  ) {
    super(`Checkpoint ${checkpointName} cannot be set to ${String(position)}: expected a non-negative integer`);
    this.name = 'InvalidCheckpointError';
  }
}

/**
 * Named positions in the global log, for subscribers whose output lives outside our storage
 * (a Kafka topic): they store how far the output was acknowledged, after it was.
 */
export interface CheckpointStore {
  /** The stored position, 0 when the name was never stored. */
  get(name: string): Promise<number>;
  /** Durable when it resolves; refuses a position that is not a non-negative integer, storing nothing. */
  put(name: string, position: number): Promise<void>;
  close(): Promise<void>;
}

export const isCheckpointPosition = (position: unknown): position is number => typeof position === 'number' && Number.isSafeInteger(position) && position >= 0;
