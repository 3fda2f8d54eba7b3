import type { ClientHistory } from '../client-history';
import type { AgingBucket } from '../collection';
import type { ProfitabilityView } from '../profitability';
import type { Archetype, Recommendation, RiskAssessment, RiskBand } from '../risk';
import type { CurrencyCode, LocalDate } from '../shared';

/** One client of the portfolio, its read models all computed by the caller as of the same day. */
export interface PortfolioClient {
  readonly history: ClientHistory;
  readonly risk: RiskAssessment;
  readonly profitability: ProfitabilityView;
}

/** The reporting period, both days included: credit sales are the invoices issued within it. */
export interface PortfolioPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

export interface PortfolioOptions {
  /** How many clients each top list holds; 10 unless told. */
  readonly top?: number;
}

/**
 * The money figures of the clients billed in one currency: amounts in different currencies are
 * never added together. Day figures (DSO, best possible DSO, average days delinquent) and the CEI
 * are rounded to one decimal; null where their divisor is zero.
 */
export interface PortfolioMoney {
  readonly currency: CurrencyCode;
  /** Open receivables at the end of `to`, by aging bucket; CURRENT holds what is not yet due. */
  readonly agingReport: Readonly<Record<AgingBucket, number>>;
  /** Total open receivables at the end of `to` (the sum of the aging report). */
  readonly accountsReceivableMinor: number;
  /** Receivables not yet due at the end of `to` (the aging report's CURRENT). */
  readonly currentAccountsReceivableMinor: number;
  /** Open receivables at the end of the day before `from`: the CEI's opening AR. */
  readonly openingAccountsReceivableMinor: number;
  /** Invoices issued within the period, both days included. */
  readonly creditSalesMinor: number;
  /** AR ÷ credit sales × days in the period; null without credit sales. */
  readonly dso: number | null;
  /** Current (not yet due) AR ÷ credit sales × days in the period; null without credit sales. */
  readonly bestPossibleDso: number | null;
  /** DSO − best possible DSO (of the rounded figures, so the three always add up); null without credit sales. */
  readonly averageDaysDelinquent: number | null;
  /** (opening AR + credit sales − closing AR) ÷ (opening AR + credit sales − closing current AR) × 100; null when the divisor is 0. */
  readonly cei: number | null;
  /** Σ the clients' expected credit loss. */
  readonly expectedCreditLossMinor: number;
  /** Σ the clients' contribution margin. */
  readonly contributionMarginMinor: number;
}

export interface RiskRanking {
  readonly clientId: string;
  readonly name: string;
  readonly score: number;
  readonly band: RiskBand;
  readonly recommendation: Recommendation;
}

export interface LostMarginRanking {
  readonly clientId: string;
  readonly name: string;
  readonly currency: CurrencyCode;
  readonly contributionMarginMinor: number;
}

/** The portfolio read model: where the risk and the money of all clients stand over a period. */
export interface PortfolioView {
  readonly period: PortfolioPeriod;
  /** daysBetween(from, to) + 1. */
  readonly daysInPeriod: number;
  readonly clientCount: number;
  readonly clientsByBand: Readonly<Record<RiskBand, number>>;
  /** A client with several archetypes counts once under each; one with none under none. */
  readonly clientsByArchetype: Readonly<Record<Archetype, number>>;
  readonly clientsByRecommendation: Readonly<Record<Recommendation, number>>;
  /** One entry per currency a client is billed or contracted in, sorted by currency code. */
  readonly byCurrency: readonly PortfolioMoney[];
  /** Highest risk score first; ties by client id. */
  readonly topByRisk: readonly RiskRanking[];
  /** Clients losing money, most negative contribution margin first; ties by currency, then client id. */
  readonly topByLostMargin: readonly LostMarginRanking[];
}
