/**
 * Risk explanations in English, ICU MessageFormat. These are also the domain's own `explanation`
 * strings (filled by plain `{name}` substitution there), so they use no select or plural.
 */
export const EN_RISK_MESSAGES = {
  'risk.factor.paymentLateness.noneDue': 'payment lateness 0/{max}: no payment due yet',
  'risk.factor.paymentLateness': 'payment lateness {points}/{max}: payment index {index} over the last 12 months (80 is on time)',
  'risk.factor.overdueExposure': "overdue exposure {points}/{max}: weighted overdue is {percent}% of a month's billing ({count} overdue invoice(s))",
  'risk.factor.brokenPromises': 'broken promises {points}/{max}: {broken} of {total} broken',
  'risk.factor.excuses': 'excuses {points}/{max}: {count} in the last {days} days',
  'risk.factor.complaints': 'complaints {points}/{max}: {count} unfounded in the last {days} days',
  'risk.factor.unpaidScopeCreep': 'unpaid scope creep {points}/{max}: {hours} h of unbilled out-of-scope work in the last {days} days',
  'risk.factor.timeWaste':
    'time waste {points}/{max}: {missed} missed and {unprepared} unprepared meeting(s), {rejected} rejected recommendation(s), {slow} slow answer(s), {stuck} review(s) without progress, {nonBillableHours} h non-billable for {billableHours} h billable in the last {days} days',
  'risk.factor.demands':
    'demands {points}/{max}: {disrespect} instance(s) of disrespect and {unreasonable} demand(s) that cannot be met in the last {days} days',
  'risk.factor.conduct': 'conduct {points}/{max}: {count} minor abuse report(s) in the last {days} days',
  'risk.factor.halved': '(halved: long-standing client, first incident)',
  'risk.rule.severeAbuse': 'severe abuse reported: no tolerance, the relationship ends',
  'risk.rule.repeatedAbuse': '{count} minor abuse reports in the last {days} days: the warning did not work',
  'risk.rule.minorAbuseRepeated': '{count} minor abuse reports in the last {days} days: a last warning',
  'risk.rule.conductBeyondRepair': 'conduct alone scores {points} (let go from {letGoFrom}): the relationship is beyond repair',
  'risk.rule.repeatedBrokenPromises': '{count} promises to pay broken in the last {days} days: no more work on credit',
  'risk.rule.longOverdue': "{days} days past due with more than a month's billing overdue: no more work on credit",
  'risk.rule.inDefault': 'in default: long overdue after a broken promise or a lawyer letter; what it owes is expected lost',
  'risk.rule.writtenOffDebt': 'debt written off in the last {days} days',
  'risk.rule.negativeMargin': 'the client costs more than it pays (negative contribution margin)',
  'risk.rule.redWithNegativeMargin': 'red and losing money on the client',
  'risk.rule.creditLimitExceeded': 'owes {exposure} minor units, above its credit limit of {limit}: no more work on credit',
} as const;

export type RiskMessageKey = keyof typeof EN_RISK_MESSAGES;
