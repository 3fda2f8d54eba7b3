import type { ClientHistory, InvoiceEntry, PromiseEntry } from '../client-history';
import { ReminderStep } from '../client/client.vocabulary';
import { addDays, type LocalDate } from '../shared/local-date';
import { type AgingBucket, agingBucketOf, daysPastDue, openBalanceAsOf, paymentsAsOf } from './aging';
import { COLLECTION_LADDER, type CollectionAction, type CollectionLadderConfig, highestStep, rankOf, stepAbove, stepDueOn } from './collection-ladder';
import { type LateInterestProposal, lateInterestProposal } from './late-interest';
import { invoicesCoveredBy, PromiseStatus, promisesMadeBy, promiseStatusOf } from './payment-behaviour';

export type LadderPauseReason = 'PROMISE_TO_PAY' | 'DISPUTE';

/** A rung the calendar has reached, and whether a reminder of that step was recorded. */
export interface LadderStep {
  readonly step: ReminderStep;
  readonly dueOn: LocalDate;
  readonly carriedOut: boolean;
  /** The day the first reminder of this step was sent; null while it was not. */
  readonly carriedOutOn: LocalDate | null;
}

/** Where one open invoice stands on the collection ladder as of a day. */
export interface InvoiceCollection {
  readonly invoiceId: string;
  readonly dueDate: LocalDate;
  readonly daysPastDue: number;
  readonly bucket: AgingBucket;
  readonly openBalanceMinor: number;
  /**
   * Where the calendar has taken the invoice (the highest rung whose day has come, frozen while
   * the ladder is paused), or the highest step sent if that is higher; null before the first rung.
   */
  readonly currentStep: ReminderStep | null;
  /** The highest reminder step actually sent; null before the first reminder. */
  readonly lastStepSent: ReminderStep | null;
  /** The rungs up to the current step, each with whether it was carried out. */
  readonly steps: readonly LadderStep[];
  readonly nextStep: CollectionAction | null;
  /** The day the next step falls due (due now when ≤ asOf); null while a dispute is open. */
  readonly nextStepDueOn: LocalDate | null;
  /** `until` is the day the ladder may move again; null while a dispute is open. */
  readonly paused: { readonly reason: LadderPauseReason; readonly until: LocalDate | null } | null;
  /** An excuse came without a date since the last reminder: the next one must ask for a date. */
  readonly askForDate: boolean;
  /** Whether the ladder is running on this invoice now (see `collectionView`). */
  readonly ladderActive: boolean;
  readonly brokenPromises: number;
  readonly evidenceEventIds: readonly string[];
  /** Statutory late interest not charged yet, as of the day; null while nothing accrues. */
  readonly lateInterestProposal: LateInterestProposal | null;
}

/** The next step is due now when its day has come (a paused or disputed ladder has none due). */
export const isDueNow = (invoice: InvoiceCollection, asOf: LocalDate): boolean =>
  invoice.nextStep !== null && invoice.nextStepDueOn !== null && invoice.nextStepDueOn <= asOf;

const latest = (days: readonly LocalDate[]): LocalDate | null => days.reduce<LocalDate | null>((max, day) => (max === null || day > max ? day : max), null);
const earliest = (days: readonly LocalDate[]): LocalDate | null => days.reduce<LocalDate | null>((min, day) => (min === null || day < min ? day : min), null);
const laterOf = (a: LocalDate, b: LocalDate | null): LocalDate => (b !== null && b > a ? b : a);

/** A dispute is open on asOf when the complaint was filed by then and not resolved by then. */
export const underOpenDispute = (invoice: InvoiceEntry, asOf: LocalDate) =>
  invoice.disputes.some((dispute) => dispute.from <= asOf && (dispute.until === null || dispute.until > asOf));

/**
 * The next rung to carry out, before pauses: the calendar's current rung when no reminder of it
 * was recorded (the missed rungs below it are skipped: catch up with the calendar, not with the
 * paperwork), else the rung above it. Two exceptions: the courtesy contact only makes sense
 * before the due date, and the first message after the due date is always the friendly one
 * (DOMAIN.md's golden rule), however late it comes.
 */
function naturalNextStep(steps: readonly LadderStep[], lastStepSent: ReminderStep | null, invoice: InvoiceEntry, asOf: LocalDate): CollectionAction {
  const pastDue = asOf >= invoice.dueDate;
  if (pastDue && (lastStepSent === null || lastStepSent === ReminderStep.Courtesy)) return ReminderStep.Friendly;
  const current = steps.length === 0 ? null : steps[steps.length - 1];
  if (current === null) return pastDue ? ReminderStep.Friendly : stepAbove(null);
  return current.carriedOut ? stepAbove(current.step) : current.step;
}

const higherOf = (a: CollectionAction, b: CollectionAction): CollectionAction => (rankOf(a) >= rankOf(b) ? a : b);

/**
 * One open invoice on the ladder. Precedence: an open dispute freezes it (no next date); a broken
 * promise not yet followed by a reminder makes it resume one step higher, due the day after the
 * promised date (the breach itself is the trigger, so the skipped-to step does not wait for its
 * own offset); a pending promise holds it until the day after the promised date.
 */
export function invoiceCollectionOf(
  invoice: InvoiceEntry,
  history: ClientHistory,
  asOf: LocalDate,
  ladder: CollectionLadderConfig,
  ladderActive: boolean,
  annualInterestRatePercent = 0,
): InvoiceCollection {
  const { invoiceId, dueDate } = invoice;
  const reminders = history.reminders.filter((reminder) => reminder.invoiceId === invoiceId && reminder.on <= asOf);
  const lastStepSent = highestStep(reminders.map((reminder) => reminder.step));
  const lastReminderOn = latest(reminders.map((reminder) => reminder.on));

  const promises = promisesMadeBy(history, asOf)
    .filter((promise) => invoicesCoveredBy(promise).includes(invoiceId))
    .map((promise) => ({ promise, status: promiseStatusOf(promise, history, asOf) }));
  const broken = promises.filter(({ status }) => status === PromiseStatus.Broken).map(({ promise }) => promise);
  // A reminder sent after the promised date already answered the breach: the ladder moved on from there.
  const unansweredBreach = latest(
    broken.filter((promise) => lastReminderOn === null || lastReminderOn <= promise.promisedDate).map((promise) => promise.promisedDate),
  );
  // A plan with a missed instalment is in default: its later instalments no longer hold the ladder.
  const defaultedPlans = new Set(broken.filter((promise) => promise.source === 'INSTALMENT').map((promise) => promise.eventId));
  const holdingPromises = promises
    .filter(({ status, promise }) => status === PromiseStatus.Pending && !(promise.source === 'INSTALMENT' && defaultedPlans.has(promise.eventId)))
    .map(({ promise }) => promise);
  const holding = holdingPromises.map((promise) => promise.promisedDate);
  const promiseHoldsUntil = holding.length === 0 ? null : addDays(earliest(holding) ?? asOf, 1);

  const disputed = underOpenDispute(invoice, asOf);
  // The calendar stands still while the ladder is paused: from the day the dispute or the holding promise began.
  const pausedSince = disputed
    ? earliest(invoice.disputes.filter((dispute) => dispute.from <= asOf && (dispute.until === null || dispute.until > asOf)).map((dispute) => dispute.from))
    : promiseHoldsUntil !== null
      ? earliest(holdingPromises.map((promise) => promise.madeOn))
      : null;
  const steps = ladderSteps(dueDate, pausedSince ?? asOf, lastStepSent, reminders, ladder);
  const currentStep = steps.length === 0 ? null : steps[steps.length - 1].step;

  const natural = naturalNextStep(steps, lastStepSent, invoice, asOf);
  // A broken promise makes the ladder resume one step above the one that followed the last
  // reminder, or at the calendar's rung if the calendar has gone further.
  const nextStep = unansweredBreach === null ? natural : higherOf(natural, stepAbove(lastStepSent === null ? ReminderStep.Friendly : stepAbove(lastStepSent)));
  const scheduled = unansweredBreach === null ? stepDueOn(nextStep, dueDate, ladder) : addDays(unansweredBreach, 1);
  // A dispute resolved after the last reminder restarts the clock no earlier than its resolution.
  const resolvedSince = latest(
    invoice.disputes.flatMap((dispute) =>
      dispute.until !== null && dispute.until <= asOf && (lastReminderOn === null || dispute.until >= lastReminderOn) ? [dispute.until] : [],
    ),
  );
  const paused = disputed
    ? { reason: 'DISPUTE' as const, until: null }
    : promiseHoldsUntil !== null
      ? { reason: 'PROMISE_TO_PAY' as const, until: promiseHoldsUntil }
      : null;

  const days = daysPastDue(dueDate, asOf);
  return {
    invoiceId,
    dueDate,
    daysPastDue: days,
    bucket: agingBucketOf(days),
    openBalanceMinor: openBalanceAsOf(invoice, asOf),
    currentStep,
    lastStepSent,
    steps,
    nextStep,
    nextStepDueOn: disputed ? null : laterOf(laterOf(scheduled, resolvedSince), promiseHoldsUntil),
    paused,
    askForDate: asksForDate(
      invoiceId,
      history,
      asOf,
      lastReminderOn,
      ladderActive,
      promises.map(({ promise }) => promise),
    ),
    ladderActive,
    brokenPromises: broken.length,
    evidenceEventIds: evidenceOf(invoice, history, asOf, ladderActive),
    lateInterestProposal: lateInterestProposal(invoice, asOf, annualInterestRatePercent),
  };
}

const REMINDER_RUNGS = COLLECTION_LADDER.filter((action): action is ReminderStep => action !== 'DECIDE_COURT_OR_WRITE_OFF');

/**
 * The reminder rungs the calendar has reached by `calendarDay` (and any higher one already sent),
 * each with whether it was carried out. The courtesy contact belongs before the due date: once
 * the due date has passed without one it is not listed as a rung still owed.
 */
function ladderSteps(
  dueDate: LocalDate,
  calendarDay: LocalDate,
  lastStepSent: ReminderStep | null,
  reminders: readonly { step: ReminderStep; on: LocalDate }[],
  ladder: CollectionLadderConfig,
): LadderStep[] {
  const sentRank = lastStepSent === null ? -1 : rankOf(lastStepSent);
  return REMINDER_RUNGS.flatMap((step) => {
    const dueOn = stepDueOn(step, dueDate, ladder);
    const sent = reminders.filter((reminder) => reminder.step === step);
    if (dueOn > calendarDay && rankOf(step) > sentRank) return [];
    if (step === ReminderStep.Courtesy && sent.length === 0 && calendarDay >= dueDate) return [];
    const carriedOutOn = earliest(sent.map((reminder) => reminder.on));
    return [{ step, dueOn, carriedOut: carriedOutOn !== null, carriedOutOn }];
  });
}

/** Excuses that speak for this invoice: its own, and client-wide ones for the invoice being chased. */
const excusesFor = (invoiceId: string, history: ClientHistory, asOf: LocalDate, ladderActive: boolean) =>
  history.excuses.filter((excuse) => excuse.on <= asOf && (excuse.invoiceId === invoiceId || (excuse.invoiceId === null && ladderActive)));

/**
 * DOMAIN.md: an excuse without a date is logged and the next reminder asks for a date. Only
 * excuses since the last reminder count (an earlier one was asked about already), and a promise
 * to pay made on or after the excuse has supplied the date.
 */
function asksForDate(
  invoiceId: string,
  history: ClientHistory,
  asOf: LocalDate,
  lastReminderOn: LocalDate | null,
  ladderActive: boolean,
  promises: readonly PromiseEntry[],
): boolean {
  return excusesFor(invoiceId, history, asOf, ladderActive).some(
    (excuse) =>
      excuse.promisedDate === null && (lastReminderOn === null || excuse.on >= lastReminderOn) && !promises.some((promise) => promise.madeOn >= excuse.on),
  );
}

/** The events behind the invoice's ladder state, as known on asOf. */
function evidenceOf(invoice: InvoiceEntry, history: ClientHistory, asOf: LocalDate, ladderActive: boolean): string[] {
  const { invoiceId } = invoice;
  const ids = [
    invoice.eventId,
    ...paymentsAsOf(invoice, asOf).map((payment) => payment.eventId),
    ...history.reminders.filter((reminder) => reminder.invoiceId === invoiceId && reminder.on <= asOf).map((reminder) => reminder.eventId),
    ...promisesMadeBy(history, asOf)
      .filter((promise) => invoicesCoveredBy(promise).includes(invoiceId))
      .map((promise) => promise.eventId),
    ...excusesFor(invoiceId, history, asOf, ladderActive).map((excuse) => excuse.eventId),
    ...history.complaints
      .filter((complaint) => complaint.disputedInvoiceId === invoiceId && complaint.filedOn <= asOf)
      .flatMap((complaint) => (complaint.resolvedOn !== null && complaint.resolvedOn <= asOf ? complaint.eventIds : complaint.eventIds.slice(0, 1))),
  ];
  return [...new Set(ids)];
}
