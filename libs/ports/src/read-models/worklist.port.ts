import type { LocalDate, ReminderChannel, WorklistAction, WorklistEntry } from '@client-lifecycle/domain';

export const WORKLIST_STORE = Symbol('WorklistStore');

/** A client's worklist as the projector last judged it. */
export interface WorklistClient {
  readonly clientId: string;
  /** Its entries, each with the day it falls due (which may be after `asOf`); none when nothing is to be done. */
  readonly entries: readonly WorklistEntry[];
  /** The day the entries were judged as of. */
  readonly asOf: LocalDate;
  /** The first day after `asOf` the entries may change without an event; null when only an event can change them. */
  readonly refreshOn: LocalDate | null;
}

export interface WorklistFilter {
  readonly action?: WorklistAction;
  readonly channel?: ReminderChannel;
  readonly clientId?: string;
}

/** An entry's place in the list, highest priority first, ties by entry id: a page continues after it (keyset paging). */
export interface WorklistKey {
  readonly priority: number;
  readonly entryId: string;
}

export const worklistKey = (entry: WorklistEntry): WorklistKey => ({ priority: entry.priority, entryId: entry.entryId });

export interface WorklistPage {
  readonly entries: readonly WorklistEntry[];
  readonly hasNextPage: boolean;
}

/** The collector's worklist across clients. Entries and checkpoint move together, so a crash never skips or double-applies an event. */
export interface WorklistStore {
  checkpoint(): Promise<number>;
  /** Replaces the entries of each client given (a client with none leaves the list) and moves the checkpoint. */
  commit(clients: readonly WorklistClient[], checkpoint: number): Promise<void>;
  /** Entries due on or before `on` that match the filter, highest priority first, after `after` when given. */
  list(on: LocalDate, filter: WorklistFilter, first: number, after: WorklistKey | null): Promise<WorklistPage>;
  /** How many entries `list` would page through from the start: due on or before `on` and matching the filter. */
  count(on: LocalDate, filter: WorklistFilter): Promise<number>;
  /** Up to `first` client ids after `after` (when given), by id, whose entries are to be judged again on or before `day`. */
  dueForRefresh(day: LocalDate, first: number, after?: string): Promise<string[]>;
  /** Drops every entry and the checkpoint, for a rebuild from position 0. */
  reset(): Promise<void>;
  close(): Promise<void>;
}
