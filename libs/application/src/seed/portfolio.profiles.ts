/** The kinds of client the demo portfolio mixes, named after DOMAIN.md's archetypes. */
export enum ClientProfile {
  GoodPayer = 'GOOD_PAYER',
  /** A good client for years whose first payment incident is recent: the tenure rule's case. */
  LongStandingFirstIncident = 'LONG_STANDING_FIRST_INCIDENT',
  LatePayer = 'LATE_PAYER',
  NonPayer = 'NON_PAYER',
  ChronicComplainer = 'CHRONIC_COMPLAINER',
  TimeWaster = 'TIME_WASTER',
  Abusive = 'ABUSIVE',
  Unprofitable = 'UNPROFITABLE',
}

/**
 * Percent of the portfolio per profile. Most clients are good (about 60%), as in a healthy
 * business, so the difficult ones stand out on the dashboard instead of being the norm.
 */
export const PROFILE_WEIGHTS: readonly (readonly [ClientProfile, number])[] = [
  [ClientProfile.GoodPayer, 55],
  [ClientProfile.LongStandingFirstIncident, 5],
  [ClientProfile.LatePayer, 12],
  [ClientProfile.NonPayer, 8],
  [ClientProfile.ChronicComplainer, 6],
  [ClientProfile.TimeWaster, 6],
  [ClientProfile.Abusive, 3],
  [ClientProfile.Unprofitable, 5],
];
