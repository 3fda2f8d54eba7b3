import type { LocalDate } from '@client-lifecycle/domain';

/** The first day of the month `months` after (or before, if negative) the month of `date`. */
export const monthStart = (date: LocalDate, months = 0): LocalDate => {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
};

export const laterOf = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);
