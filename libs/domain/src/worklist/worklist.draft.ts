import { addDays, daysBetween, type LocalDate } from '../shared';
import { DEFAULT_DRAFT_TERMS, type DraftFacts, type DraftTerms, lateInterestMinor } from '../drafts/draft.facts';
import { DraftKind } from '../drafts/draft.vocabulary';
import { WorklistAction, type WorklistEntry } from './worklist';

/** The draft each action comes with. */
export const DRAFT_OF_ACTION: Readonly<Record<WorklistAction, DraftKind>> = {
  [WorklistAction.CourtesyCall]: DraftKind.CourtesyCall,
  [WorklistAction.FriendlyReminder]: DraftKind.FriendlyReminder,
  [WorklistAction.FirmReminder]: DraftKind.FirmReminder,
  [WorklistAction.FormalLetter]: DraftKind.FormalLetter,
  [WorklistAction.FinalNotice]: DraftKind.FinalNotice,
  [WorklistAction.LawyerLetter]: DraftKind.LawyerLetter,
  [WorklistAction.WriteOffDecision]: DraftKind.WriteOffDecision,
  [WorklistAction.ExecutiveEscalation]: DraftKind.ExecutiveEscalation,
  [WorklistAction.PlaceCreditHold]: DraftKind.CreditHoldNotice,
};

/**
 * The facts of an entry's ready draft, from the entry alone (no client history is read for a
 * page of the list): its invoices, their interest on `today`, the reply date.
 */
export function draftFactsOfEntry(entry: WorklistEntry, today: LocalDate, terms: DraftTerms = DEFAULT_DRAFT_TERMS): DraftFacts {
  const invoices = entry.invoices.map((invoice) => ({ ...invoice, daysPastDue: daysBetween(invoice.dueDate, today) }));
  return {
    kind: DRAFT_OF_ACTION[entry.action],
    clientName: entry.clientName,
    currency: entry.currency,
    today,
    invoices,
    totalMinor: entry.totalMinor,
    oldestDaysPastDue: invoices.reduce((max, invoice) => Math.max(max, invoice.daysPastDue), 0),
    interestMinor: invoices.reduce((sum, invoice) => sum + lateInterestMinor(invoice.openBalanceMinor, invoice.daysPastDue, terms.annualInterestPercent), 0),
    annualInterestPercent: terms.annualInterestPercent,
    askForDate: entry.askForDate,
    replyBy: addDays(today, terms.replyWithinDays),
    // The ladder's drafts quote no notice; these only fill the termination drafts.
    noticeDays: 0,
    effectiveDate: today,
    expectedRecoveryMinor: Math.round(entry.totalMinor * terms.expectedRecoveryRate),
    legalCostMinor: terms.legalCostMinor,
    hold: entry.hold ?? null,
  };
}
