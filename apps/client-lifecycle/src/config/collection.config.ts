import { DEFAULT_PAYMENT_PLAN_LIMITS, type PaymentPlanLimits, PlanInterest } from '@client-lifecycle/domain';

/** The payment-plan guardrails' variables, merged into CONFIG_VARIABLES. */
export const COLLECTION_CONFIG_VARIABLES = {
  PAYMENT_PLAN_MAX_DAYS: {
    default: String(DEFAULT_PAYMENT_PLAN_LIMITS.maxLengthDays),
    accepts: 'an integer from 7 to 365: the last instalment of a proposed plan falls due at most this many days after the proposal',
  },
  PAYMENT_PLAN_MAX_INSTALMENTS: {
    default: String(DEFAULT_PAYMENT_PLAN_LIMITS.maxInstalments),
    accepts: 'an integer from 1 to 24: the most instalments a proposed plan has',
  },
  PAYMENT_PLAN_MIN_FIRST_PERCENT: {
    default: String(DEFAULT_PAYMENT_PLAN_LIMITS.minFirstInstalmentPercent),
    accepts: "an integer from 0 to 100: the smallest first instalment of a proposed plan, in percent of the plan's balance",
  },
  PAYMENT_PLAN_INTEREST: {
    default: DEFAULT_PAYMENT_PLAN_LIMITS.interest.toLowerCase(),
    accepts: 'waived (a proposed plan settles the balance only) or charged (it states the interest on the declining balance, charged separately)',
  },
} as const;

type CollectionVariable = keyof typeof COLLECTION_CONFIG_VARIABLES;

const RANGES: Readonly<Record<Exclude<CollectionVariable, 'PAYMENT_PLAN_INTEREST'>, readonly [number, number]>> = {
  PAYMENT_PLAN_MAX_DAYS: [7, 365],
  PAYMENT_PLAN_MAX_INSTALMENTS: [1, 24],
  PAYMENT_PLAN_MIN_FIRST_PERCENT: [0, 100],
};

/** Reads the payment-plan variables, adding a line to `problems` for each bad one. */
export function loadCollectionConfig(env: Readonly<Record<string, string | undefined>>, problems: string[]): { paymentPlanLimits: PaymentPlanLimits } {
  const read = (name: CollectionVariable): string => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? COLLECTION_CONFIG_VARIABLES[name].default : value;
  };
  const invalid = (name: CollectionVariable) =>
    problems.push(`${name}=${JSON.stringify(env[name])} is not valid: expected ${COLLECTION_CONFIG_VARIABLES[name].accepts}`);
  const count = (name: keyof typeof RANGES): number => {
    const text = read(name);
    const value = Number(text);
    const [minimum, maximum] = RANGES[name];
    if (/^\d+$/.test(text) && value >= minimum && value <= maximum) return value;
    invalid(name);
    return Number(COLLECTION_CONFIG_VARIABLES[name].default);
  };
  const maxLengthDays = count('PAYMENT_PLAN_MAX_DAYS');
  const maxInstalments = count('PAYMENT_PLAN_MAX_INSTALMENTS');
  const minFirstInstalmentPercent = count('PAYMENT_PLAN_MIN_FIRST_PERCENT');
  const interestText = read('PAYMENT_PLAN_INTEREST').toLowerCase();
  if (interestText !== 'charged' && interestText !== 'waived') invalid('PAYMENT_PLAN_INTEREST');
  const interest = interestText === 'charged' ? PlanInterest.Charged : PlanInterest.Waived;
  return { paymentPlanLimits: { ...DEFAULT_PAYMENT_PLAN_LIMITS, maxLengthDays, maxInstalments, minFirstInstalmentPercent, interest } };
}
