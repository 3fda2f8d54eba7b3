import { addDays, dateOf, daysBetween, isInstant, isLocalDate } from './local-date';

describe('business dates', () => {
  it('accepts only calendar dates that exist', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-1')).toBe(false);
  });

  it('accepts only instants with a time zone', () => {
    expect(isInstant('2026-03-01T09:30:00Z')).toBe(true);
    expect(isInstant('2026-03-01T09:30:00.123+02:00')).toBe(true);
    expect(isInstant('2026-03-01T09:30:00')).toBe(false);
  });

  it('puts an instant on its UTC calendar day, whatever offset it was written with', () => {
    expect(dateOf('2026-03-01T00:30:00+02:00')).toBe('2026-02-28');
    expect(dateOf('2026-03-01T23:30:00Z')).toBe('2026-03-01');
  });

  it('counts days across month ends and leap days', () => {
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(daysBetween('2026-01-31', '2026-03-02')).toBe(30);
  });
});
