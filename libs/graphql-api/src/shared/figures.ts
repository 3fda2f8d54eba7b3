import type { MoneyModel } from './money.model';

/** An amount of minor units as the schema shows money: always with its currency. */
export const moneyOf = (amountMinor: number, currency: string): MoneyModel => ({ amountMinor, currency });

export const moneyOrNull = (amountMinor: number | null | undefined, currency: string): MoneyModel | null =>
  amountMinor === null || amountMinor === undefined ? null : moneyOf(amountMinor, currency);

const roundTo = (decimals: number) => {
  const scale = 10 ** decimals;
  return <T extends number | null | undefined>(value: T): T | number => (typeof value === 'number' ? Math.round(value * scale) / scale : value);
};

/**
 * Computed figures are rounded where they leave the API, so a client never reads 5.082032815541082:
 * a `...Percent` (0–100) to 2 decimals, a `...Ratio` (a fraction, 1 = 100 %) to 4, days to 2.
 */
export const percent = roundTo(2);
export const ratio = roundTo(4);
export const days = roundTo(2);
