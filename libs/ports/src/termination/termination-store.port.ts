import type { TerminationProcess, TerminationStatus } from '@client-lifecycle/domain';

export const TERMINATION_STORE = Symbol('TerminationStore');

/** One termination as the process manager folded it from its stream. */
export interface TerminationRecord {
  readonly state: TerminationProcess;
  /** Global position of the proposal: the list's order, oldest first. */
  readonly proposedAt: number;
  /** Global position of the latest event folded in. */
  readonly lastPosition: number;
  readonly lastRecordedAt: string;
}

export interface TerminationPage {
  readonly rows: readonly TerminationRecord[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/**
 * The terminations read model, also the process manager's memory: records and checkpoint move
 * together, so after a crash the log is followed again from the last committed event.
 */
export interface TerminationStore {
  checkpoint(): Promise<number>;
  commit(records: readonly TerminationRecord[], checkpoint: number): Promise<void>;
  get(terminationId: string): Promise<TerminationRecord | null>;
  /** The client's most recently proposed termination, whatever its status. */
  latestForClient(clientId: string): Promise<TerminationRecord | null>;
  /** Oldest proposal first; `after` is an offset in that order. */
  list(status: TerminationStatus | undefined, first: number, after: number): Promise<TerminationPage>;
  close(): Promise<void>;
}
