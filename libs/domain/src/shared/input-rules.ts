import type { DomainError } from './domain-error';
import { addDays, dateOf, isInstant, isLocalDate, type Instant, type LocalDate } from './local-date';

/**
 * The largest single amount accepted, in minor units (10^12: ten billion euros in cents). Every
 * sum the API reports then stays exact in a JSON number as long as it adds fewer than 9,007 such
 * amounts; the per-client cap below makes that true of every per-client total.
 */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000;

/**
 * The most a client may be invoiced over its whole history (10^15 minor units), so its invoiced,
 * paid, open and overdue totals stay below 2^53 (about 9.007 * 10^15) and exact.
 */
export const MAX_CLIENT_INVOICED_MINOR = 1_000_000_000_000_000;

/** Instants before the Unix epoch are typing mistakes in this business (`0000-01-01`), not history. */
export const EARLIEST_INSTANT: Instant = '1970-01-01T00:00:00Z';

/** A fact "happened on" a day at most this many days after the clock's day: the caller's time zone may be ahead of UTC. */
export const PAST_DATE_TOLERANCE_DAYS = 1;

/** A window for a business date, relative to the clock's day when the command is decided. */
export interface DateWindow {
  readonly earliest: LocalDate;
  /** Days after today the date may be; 1 for facts already happened (time zones ahead of UTC). */
  readonly latestDaysAhead: number;
  /** Why the window is what it is, quoted in the refusal. */
  readonly reason: string;
}

const YEAR_DAYS = 365.25;
const yearsAhead = (years: number): number => Math.round(years * YEAR_DAYS);

export const DateWindows = {
  /** Payment, issue, work, service, offboarding days: they have happened. */
  happened: { earliest: '1970-01-01', latestDaysAhead: PAST_DATE_TOLERANCE_DAYS, reason: 'a fact already happened' },
  /** Due dates, promised dates, notice effective dates: planned, but within ten years. */
  planned: { earliest: '1970-01-01', latestDaysAhead: yearsAhead(10), reason: 'a plan at most ten years ahead' },
  /** When a relationship began: tenure may reach back a long way, but not before 1900. */
  clientSince: { earliest: '1900-01-01', latestDaysAhead: PAST_DATE_TOLERANCE_DAYS, reason: 'a relationship already begun, not before 1900' },
  /** A contract's start: signed in the past or starting within ten years. */
  contractStart: { earliest: '1900-01-01', latestDaysAhead: yearsAhead(10), reason: 'a contract starting by ten years from now' },
  /** A contract's end: long contracts exist, fifty years is the outer bound. */
  contractEnd: { earliest: '1900-01-01', latestDaysAhead: yearsAhead(50), reason: 'a contract ending within fifty years' },
} as const satisfies Record<string, DateWindow>;

export interface DateOutOfWindow {
  readonly field: string;
  readonly value: string;
  readonly earliest: string;
  readonly latest: string;
  readonly reason: string;
}

/** A well-formed date outside its window, or null (a malformed date is left to the format check). */
export const dateOutOfWindow = (field: string, value: LocalDate | null | undefined, window: DateWindow, now: Instant): DateOutOfWindow | null => {
  if (typeof value !== 'string' || !isLocalDate(value) || !isInstant(now)) return null;
  const latest = addDays(dateOf(now), window.latestDaysAhead);
  return value < window.earliest || value > latest ? { field, value, earliest: window.earliest, latest, reason: window.reason } : null;
};

/** A well-formed instant before 1970 or more than `toleranceDays` after now, or null. */
export const instantOutOfWindow = (field: string, value: Instant, now: Instant, toleranceDays: number, reason: string): DateOutOfWindow | null => {
  if (typeof value !== 'string' || !isInstant(value) || !isInstant(now)) return null;
  const at = Date.parse(value);
  const latestMs = Date.parse(now) + toleranceDays * 86_400_000;
  if (at >= Date.parse(EARLIEST_INSTANT) && at <= latestMs) return null;
  return { field, value, earliest: EARLIEST_INSTANT, latest: Number.isFinite(latestMs) ? new Date(latestMs).toISOString() : now, reason };
};

/** An amount above the single-amount bound (or not a finite number at all is left to the amount check). */
export const isAboveAmountBound = (amountMinor: unknown): amountMinor is number => typeof amountMinor === 'number' && amountMinor > MAX_AMOUNT_MINOR;

// Control characters other than tab and newline (a CR only as part of CRLF), bidi embeddings,
// overrides and isolates (text that displays in another order than it reads), lone surrogates
// (not text; PostgreSQL refuses them) and the noncharacters U+FFFE/U+FFFF.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this rule
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
// A character that shows: not white space, not a format or control character, not a mark on
// its own, and not one of the fillers that render as blank (Hangul fillers, braille blank).
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Z}\u115F\u1160\u2800\u3164\uFFA0]/u;

export type TextViolation = 'NO_VISIBLE_CHARACTER' | 'FORBIDDEN_CHARACTER';

/** Why a text is refused, or null: it must show something and hide nothing. */
export const textViolation = (value: string): TextViolation | null => {
  if (FORBIDDEN.test(value)) return 'FORBIDDEN_CHARACTER';
  return VISIBLE.test(value) ? null : 'NO_VISIBLE_CHARACTER';
};

export const isPlausibleText = (value: string): boolean => textViolation(value) === null;

/** Every string inside a command's data with its path, so one rule covers every text field, ids included. */
export const firstImplausibleText = (data: unknown, path = ''): { readonly field: string; readonly violation: TextViolation } | null => {
  if (typeof data === 'string') {
    const violation = textViolation(data);
    return violation === null ? null : { field: path, violation };
  }
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) {
      const found = firstImplausibleText(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const found = firstImplausibleText(value, path === '' ? key : `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
};

/** One input rule applied to a command: the refusal, or null when the input passes. */
export type InputCheck = DomainError | null;

/** The first refusal among checks run in order (later checks are not run), or null when all pass. */
export const firstRefusal = (...checks: (() => InputCheck)[]): InputCheck => {
  for (const check of checks) {
    const failure = check();
    if (failure) return failure;
  }
  return null;
};
