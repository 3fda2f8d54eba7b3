import type { CurrencyCode } from './currency';

/** Money is always integer minor units (cents) plus its ISO 4217 code: never a float. */
export interface Money {
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
}

export const money = (amountMinor: number, currency: CurrencyCode): Money => ({ amountMinor, currency });

export const isPositiveMinorAmount = (amountMinor: number): boolean => Number.isSafeInteger(amountMinor) && amountMinor > 0;
