import type { ClientHistory } from '../client-history';
import type { LocalDate } from '../shared';
import { daysPastDue, invoicesIssuedBy, openBalanceAsOf } from './aging';

/** The three ways to end the chase of a long-overdue debt (DOMAIN.md: "know when to give up"). */
export enum RecoveryRoute {
  Agency = 'AGENCY',
  Court = 'COURT',
  WriteOff = 'WRITE_OFF',
}

/** Estimates behind the cost-of-recovery rule; configuration, not facts. */
export interface CostOfRecoveryConfig {
  /** Debt this many days past due or more is weighed: the ladder's court-or-write-off decision. */
  readonly fromDaysPastDue: number;
  /** Share of the debt an agency is expected to bring in. */
  readonly agencyRecoveryRate: number;
  /** The agency's fee, as a share of what it brings in. */
  readonly agencyFeeRate: number;
  /** Share of the debt a court claim is expected to bring in. */
  readonly courtRecoveryRate: number;
  /** Lawyer and court costs of one claim, in minor units of the contract currency. */
  readonly courtCostMinor: number;
}

export const DEFAULT_COST_OF_RECOVERY: CostOfRecoveryConfig = {
  fromDaysPastDue: 90,
  agencyRecoveryRate: 0.5,
  agencyFeeRate: 0.25,
  courtRecoveryRate: 0.7,
  courtCostMinor: 150_000,
};

export interface RecoveryOption {
  readonly route: RecoveryRoute;
  readonly expectedRecoveryMinor: number;
  readonly recoveryCostMinor: number;
  /** Expected recovery − its cost. */
  readonly netMinor: number;
}

export interface RecoveryAdvice {
  /** The route with the best net recovery; WRITE_OFF when no route brings in more than it costs. */
  readonly route: RecoveryRoute;
  /** The debt weighed: open balances at least `fromDaysPastDue` days past due. */
  readonly debtMinor: number;
  readonly currency: string;
  readonly invoiceIds: readonly string[];
  readonly options: readonly RecoveryOption[];
}

const option = (route: RecoveryRoute, expected: number, cost: number): RecoveryOption => {
  const expectedRecoveryMinor = Math.round(expected);
  const recoveryCostMinor = Math.round(cost);
  return { route, expectedRecoveryMinor, recoveryCostMinor, netMinor: expectedRecoveryMinor - recoveryCostMinor };
};

/**
 * The cost-of-recovery rule outside a termination, the same one a termination's settlement obeys:
 * pursue a debt only when the expected recovery exceeds what pursuing it costs, by the route that
 * nets the most; otherwise write it off. Null while no debt is old enough to weigh.
 */
export function recoveryAdvice(history: ClientHistory, asOf: LocalDate, config: CostOfRecoveryConfig = DEFAULT_COST_OF_RECOVERY): RecoveryAdvice | null {
  const longOverdue = invoicesIssuedBy(history, asOf).filter(
    (invoice) => daysPastDue(invoice.dueDate, asOf) >= config.fromDaysPastDue && openBalanceAsOf(invoice, asOf) > 0,
  );
  if (longOverdue.length === 0) return null;
  const debtMinor = longOverdue.reduce((sum, invoice) => sum + openBalanceAsOf(invoice, asOf), 0);
  const agencyExpected = debtMinor * config.agencyRecoveryRate;
  const options = [
    option(RecoveryRoute.Agency, agencyExpected, agencyExpected * config.agencyFeeRate),
    option(RecoveryRoute.Court, debtMinor * config.courtRecoveryRate, config.courtCostMinor),
    option(RecoveryRoute.WriteOff, 0, 0),
  ];
  const best = options.reduce((top, candidate) => (candidate.netMinor > top.netMinor ? candidate : top));
  return {
    route: best.netMinor > 0 ? best.route : RecoveryRoute.WriteOff,
    debtMinor,
    currency: history.contract.currency,
    invoiceIds: longOverdue.map((invoice) => invoice.invoiceId),
    options,
  };
}
