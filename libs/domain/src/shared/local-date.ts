/**
 * Business dates (due dates, payment dates) are calendar days, `YYYY-MM-DD`, compared as
 * strings; instants (occurredAt) are ISO 8601 UTC strings. Both stay plain data in events.
 */
export type LocalDate = string;
export type Instant = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export const isLocalDate = (value: string): boolean => {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
};

const toEpochDay = (date: LocalDate): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export const addDays = (date: LocalDate, days: number): LocalDate =>
  new Date((toEpochDay(date) + days) * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: LocalDate, to: LocalDate): number => toEpochDay(to) - toEpochDay(from);

/** The calendar day (UTC) an instant falls on. */
export const dateOf = (instant: Instant): LocalDate => new Date(Date.parse(instant)).toISOString().slice(0, 10);

export const isInstant = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
