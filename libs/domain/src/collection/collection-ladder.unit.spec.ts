import { ReminderStep } from '../client/client.vocabulary';
import {
  COLLECTION_LADDER,
  DECIDE_COURT_OR_WRITE_OFF,
  decideCourtOrWriteOff,
  DEFAULT_COLLECTION_LADDER,
  highestStep,
  offsetOf,
  RecoveryDecision,
  stepAbove,
  stepDueOn,
} from './collection-ladder';

describe('collection ladder', () => {
  it('climbs courtesy → friendly → firm → formal letter → final notice → lawyer letter → decide court or write-off', () => {
    expect(COLLECTION_LADDER).toEqual(['COURTESY', 'FRIENDLY', 'FIRM', 'FORMAL_LETTER', 'FINAL_NOTICE', 'LAWYER_LETTER', 'DECIDE_COURT_OR_WRITE_OFF']);
  });

  it('places each rung at DOMAIN.md’s offset from the due date D: D−3, D+1, D+10, D+21, D+45, D+90, D+105', () => {
    expect(COLLECTION_LADDER.map((step) => offsetOf(step, DEFAULT_COLLECTION_LADDER))).toEqual([-3, 1, 10, 21, 45, 90, 105]);
  });

  it('takes its offsets from configuration', () => {
    expect(stepDueOn(ReminderStep.Firm, '2026-02-09', { ...DEFAULT_COLLECTION_LADDER, firmAfter: 7 })).toBe('2026-02-16');
  });

  it('the current step is the highest sent, whatever the order they were sent in', () => {
    expect(highestStep([ReminderStep.Firm, ReminderStep.Friendly])).toBe(ReminderStep.Firm);
    expect(highestStep([])).toBeNull();
  });

  it('the step above the top is still the decision: the ladder never climbs past it', () => {
    expect(stepAbove(null)).toBe(ReminderStep.Courtesy);
    expect(stepAbove(ReminderStep.Firm, 2)).toBe(ReminderStep.FinalNotice);
    expect(stepAbove(ReminderStep.LawyerLetter, 2)).toBe(DECIDE_COURT_OR_WRITE_OFF);
  });

  it('at the last rung, pursues in court only when the expected recovery exceeds the legal cost, else writes the debt off', () => {
    expect(decideCourtOrWriteOff(500_000, 200_000)).toBe(RecoveryDecision.PursueInCourt);
    expect(decideCourtOrWriteOff(200_000, 200_000)).toBe(RecoveryDecision.WriteOff);
    expect(decideCourtOrWriteOff(100_000, 200_000)).toBe(RecoveryDecision.WriteOff);
  });
});
