import type { CurrencyCode, LocalDate, Money } from '../shared';
import type { ExitCause } from './client.vocabulary';

export const DEFAULT_NOTICE_PERIOD_DAYS = 15;

export interface ExitClause {
  readonly text: string;
  /** Causes for which the contract allows ending the relationship without notice. */
  readonly immediateExitFor: readonly ExitCause[];
}

/** The written agreement every relationship rests on (DOMAIN.md, "Prevention"). */
export interface ContractTerms {
  readonly paymentTermsDays: number;
  readonly noticePeriodDays: number;
  readonly exitClause: ExitClause;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate | null;
  readonly hourlyRate: Money;
  readonly currency: CurrencyCode;
  /** Hours per month the contract's scope covers; out-of-scope work is measured against it. */
  readonly contractedHoursPerMonth: number;
}
