import { formatMoney } from './money.resolver';
import { days, percent, ratio } from './figures';

describe('Money.formatted', () => {
  it('follows the locale asked for: separators, symbol and its place', () => {
    expect(formatMoney({ amountMinor: 123_456, currency: 'EUR' }, 'de-DE')).toBe('1.234,56\u00a0€'); // CLDR puts a no-break space before the symbol
    expect(formatMoney({ amountMinor: 123_456, currency: 'EUR' }, 'en-US')).toBe('€1,234.56');
  });

  it("uses the currency's own minor digits", () => {
    expect(formatMoney({ amountMinor: 1_234, currency: 'JPY' }, 'en-US')).toBe('¥1,234');
    expect(formatMoney({ amountMinor: 5, currency: 'USD' }, 'en-US')).toBe('$0.05');
  });
});

describe('rounded figures', () => {
  it('gives percents 2 decimals, ratios 4 and days 2, and leaves a missing figure missing', () => {
    expect(percent(5.082032815541082)).toBe(5.08);
    expect(ratio(0.850049)).toBe(0.85);
    expect(days(12.3456)).toBe(12.35);
    expect(percent(null)).toBeNull();
  });
});
