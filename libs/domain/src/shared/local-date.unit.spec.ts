import { addDays, datedOnOrBefore, dateOf, daysBetween, isInstant, isLocalDate } from './local-date';

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

  it('agrees with the calendar on every day of four centuries', () => {
    const start = Date.UTC(1900, 0, 1);
    for (let offset = 0; offset < 146_097; offset += 1) {
      const day = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
      if (daysBetween('1900-01-01', day) !== offset) throw new Error(`${day} is not ${offset} days after 1900-01-01`);
      if (addDays('1900-01-01', offset) !== day) throw new Error(`1900-01-01 + ${offset} days is not ${day}`);
      if (addDays(day, -offset) !== '1900-01-01') throw new Error(`${day} - ${offset} days is not 1900-01-01`);
    }
    expect(addDays('1999-12-31', 1)).toBe('2000-01-01');
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
  });

  it('writes days outside years 0000-9999 and fractions of a day as the calendar does', () => {
    expect(addDays('9999-12-31', 1)).toBe(new Date(Date.UTC(10_000, 0, 1)).toISOString().slice(0, 10));
    expect(addDays('0000-01-01', -1)).toBe(new Date(Date.UTC(-1, 11, 31)).toISOString().slice(0, 10));
    expect(addDays('2026-03-01', 1.5)).toBe('2026-03-02');
    expect(addDays('2026-03-01', -0.5)).toBe('2026-02-28');
  });

  it('keeps the items dated on or before a day, in their order, and hands back the list itself when all are', () => {
    const items = [{ on: '2026-03-02' }, { on: '2026-03-01' }, { on: '2026-03-04' }];
    expect(datedOnOrBefore(items, '2026-03-02', (item) => item.on)).toEqual([{ on: '2026-03-02' }, { on: '2026-03-01' }]);
    expect(datedOnOrBefore(items, '2026-03-04', (item) => item.on)).toBe(items);
    expect(datedOnOrBefore(items, '2026-02-28', (item) => item.on)).toEqual([]);
  });
});
