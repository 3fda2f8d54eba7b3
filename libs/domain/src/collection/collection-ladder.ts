import { ReminderStep } from '../client/client.vocabulary';
import { addDays, type LocalDate } from '../shared/local-date';

/**
 * DOMAIN.md's collection ladder as day offsets from an invoice's due date D: D−3 courtesy,
 * D+1 friendly (asking for a date), D+10 firm + call, D+21 formal letter, D+45 final notice,
 * D+90 lawyer letter, D+105 decide court or write-off. Configurable per deployment.
 */
export interface CollectionLadderConfig {
  /** Days before the due date for the courtesy contact ("is everything working?"). */
  readonly courtesyDaysBeforeDue: number;
  readonly friendlyAfter: number;
  readonly firmAfter: number;
  readonly formalLetterAfter: number;
  readonly finalNoticeAfter: number;
  readonly lawyerLetterAfter: number;
  readonly decisionAfter: number;
}

export const DEFAULT_COLLECTION_LADDER: CollectionLadderConfig = {
  courtesyDaysBeforeDue: 3,
  friendlyAfter: 1,
  firmAfter: 10,
  formalLetterAfter: 21,
  finalNoticeAfter: 45,
  lawyerLetterAfter: 90,
  decisionAfter: 105,
};

/** The last rung: not a reminder but a decision, by the cost-of-recovery rule. */
export const DECIDE_COURT_OR_WRITE_OFF = 'DECIDE_COURT_OR_WRITE_OFF' as const;

/** A rung of the ladder: a reminder to send, or the final decision. */
export type CollectionAction = ReminderStep | typeof DECIDE_COURT_OR_WRITE_OFF;

/** The ladder in escalation order. */
export const COLLECTION_LADDER: readonly CollectionAction[] = [
  ReminderStep.Courtesy,
  ReminderStep.Friendly,
  ReminderStep.Firm,
  ReminderStep.FormalLetter,
  ReminderStep.FinalNotice,
  ReminderStep.LawyerLetter,
  DECIDE_COURT_OR_WRITE_OFF,
];

/** Days from the due date at which a rung falls due (negative before the due date). */
export function offsetOf(action: CollectionAction, ladder: CollectionLadderConfig): number {
  switch (action) {
    case ReminderStep.Courtesy:
      return -ladder.courtesyDaysBeforeDue;
    case ReminderStep.Friendly:
      return ladder.friendlyAfter;
    case ReminderStep.Firm:
      return ladder.firmAfter;
    case ReminderStep.FormalLetter:
      return ladder.formalLetterAfter;
    case ReminderStep.FinalNotice:
      return ladder.finalNoticeAfter;
    case ReminderStep.LawyerLetter:
      return ladder.lawyerLetterAfter;
    case DECIDE_COURT_OR_WRITE_OFF:
      return ladder.decisionAfter;
  }
}

export const stepDueOn = (action: CollectionAction, dueDate: LocalDate, ladder: CollectionLadderConfig): LocalDate =>
  addDays(dueDate, offsetOf(action, ladder));

export const rankOf = (action: CollectionAction): number => COLLECTION_LADDER.indexOf(action);

/** The highest of the steps sent so far; null before the first reminder. */
export const highestStep = (steps: readonly ReminderStep[]): ReminderStep | null =>
  steps.reduce<ReminderStep | null>((highest, step) => (highest === null || rankOf(step) > rankOf(highest) ? step : highest), null);

/**
 * The rung `climb` steps above `current` (the first rung when nothing was sent). The decision is
 * the top: the ladder never climbs past it.
 */
export function stepAbove(current: CollectionAction | null, climb = 1): CollectionAction {
  const index = current === null ? climb - 1 : rankOf(current) + climb;
  return COLLECTION_LADDER[Math.min(index, COLLECTION_LADDER.length - 1)];
}

export enum RecoveryDecision {
  PursueInCourt = 'PURSUE_IN_COURT',
  WriteOff = 'WRITE_OFF',
}

/**
 * The last rung's cost-of-recovery rule: go to court only when what we expect to recover exceeds
 * what the legal action costs; many non-payers count on it not being worth it, and sometimes
 * they are right.
 */
export const decideCourtOrWriteOff = (expectedRecoveryMinor: number, legalCostMinor: number): RecoveryDecision =>
  expectedRecoveryMinor - legalCostMinor > 0 ? RecoveryDecision.PursueInCourt : RecoveryDecision.WriteOff;
