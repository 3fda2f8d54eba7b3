/** The letters, e-mails and notes the service drafts: one per ladder rung, the key-account escalation, and the termination's three. */
export enum DraftKind {
  CourtesyCall = 'COURTESY_CALL',
  FriendlyReminder = 'FRIENDLY_REMINDER',
  FirmReminder = 'FIRM_REMINDER',
  FormalLetter = 'FORMAL_LETTER',
  FinalNotice = 'FINAL_NOTICE',
  LawyerLetter = 'LAWYER_LETTER',
  /** An internal note: pursue in court or write off, by the cost-of-recovery rule. */
  WriteOffDecision = 'WRITE_OFF_DECISION',
  ExecutiveEscalation = 'EXECUTIVE_ESCALATION',
  TerminationNotice = 'TERMINATION_NOTICE',
  TransitionPlan = 'TRANSITION_PLAN',
  /** Notes for whoever holds the termination conversation, not sent to the client. */
  TerminationTalkingPoints = 'TERMINATION_TALKING_POINTS',
  /** New work moves to prepayment while the debt stands, and why. */
  CreditHoldNotice = 'CREDIT_HOLD_NOTICE',
}

export enum DraftLocale {
  ES = 'ES',
  EN = 'EN',
}

/** The BCP 47 tag amounts and dates are formatted with. */
export const LOCALE_TAG: Record<DraftLocale, string> = { [DraftLocale.ES]: 'es-ES', [DraftLocale.EN]: 'en-GB' };

/**
 * The locale an `Accept-Language` header asks for: the first of ES and EN in its order of
 * preference (quality values respected), else `fallback`.
 */
export function localeFromAcceptLanguage(header: string | undefined | null, fallback: DraftLocale = DraftLocale.EN): DraftLocale {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      return { language: tag.split('-')[0], quality: q === undefined ? 1 : Number(q.slice(2)) || 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { language } of ranked) {
    if (language === 'es') return DraftLocale.ES;
    if (language === 'en') return DraftLocale.EN;
  }
  return fallback;
}
