import type { WorklistEntry } from '@client-lifecycle/domain';
import type { WorklistFilter, WorklistKey } from '@client-lifecycle/ports';

/** Highest priority first; ties by entry id, compared byte-wise as the databases' "C" collation does. */
export const worklistOrder = (a: WorklistEntry, b: WorklistEntry): number =>
  b.priority - a.priority || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0);

export const comesAfter = (entry: WorklistEntry, key: WorklistKey): boolean =>
  entry.priority < key.priority || (entry.priority === key.priority && entry.entryId > key.entryId);

export const matchesWorklistFilter = (entry: WorklistEntry, filter: WorklistFilter): boolean =>
  (filter.action === undefined || entry.action === filter.action) &&
  (filter.channel === undefined || entry.channel === filter.channel) &&
  (filter.clientId === undefined || entry.clientId === filter.clientId);
