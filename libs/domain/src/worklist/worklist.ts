import { type ClientHistory, creditHoldOn, creditLimitOn } from '../client-history';
import { ReminderChannel, ReminderStep } from '../client/client.vocabulary';
import {
  type CollectionAction,
  type CollectionLadderConfig,
  DECIDE_COURT_OR_WRITE_OFF,
  DEFAULT_COLLECTION_LADDER,
  offsetOf,
  COLLECTION_LADDER,
} from '../collection/collection-ladder';
import { collectionView, type CollectionView } from '../collection/collection.projection';
import type { InvoiceCollection } from '../collection/invoice-collection';
import { Recommendation } from '../risk/risk.model';
import { addDays, daysBetween, type LocalDate } from '../shared';

/** What the collector does next for a client: a rung of the ladder, or the escalation a key account gets instead. */
export enum WorklistAction {
  CourtesyCall = 'COURTESY_CALL',
  FriendlyReminder = 'FRIENDLY_REMINDER',
  FirmReminder = 'FIRM_REMINDER',
  FormalLetter = 'FORMAL_LETTER',
  FinalNotice = 'FINAL_NOTICE',
  LawyerLetter = 'LAWYER_LETTER',
  WriteOffDecision = 'WRITE_OFF_DECISION',
  /** DOMAIN.md: a big client that does not pay gets a brief, direct letter to its top executive. */
  ExecutiveEscalation = 'EXECUTIVE_ESCALATION',
  /** Not a rung: hold credit (new work on prepayment) instead of letting the client take all it can. Carried out by `placeCreditHold`. */
  PlaceCreditHold = 'PLACE_CREDIT_HOLD',
}

/** Why the worklist advises a credit hold. */
export enum CreditHoldReason {
  /** The risk assessment recommends it. */
  PaymentRisk = 'PAYMENT_RISK',
  /** What the client owes is above the credit limit in force. */
  CreditLimitExceeded = 'CREDIT_LIMIT_EXCEEDED',
}

/** What a credit-hold entry quotes. */
export interface WorklistHold {
  readonly reason: CreditHoldReason;
  /** The limit in force (minor units), for CREDIT_LIMIT_EXCEEDED; null otherwise. */
  readonly creditLimitMinor: number | null;
}

/** The risk assessment's verdict the worklist weighs: the score in the priority, the recommendation for a hold. */
export interface WorklistRisk {
  readonly score: number;
  readonly recommendation: Recommendation;
}

/** Whom the action addresses at the client. */
export enum WorklistContact {
  /** Whoever pays the invoices (accounts payable). */
  AccountsPayable = 'ACCOUNTS_PAYABLE',
  TopExecutive = 'TOP_EXECUTIVE',
  /** Nobody at the client: the decision is ours (court or write-off). */
  Internal = 'INTERNAL',
}

export interface WorklistConfig {
  readonly ladder: CollectionLadderConfig;
  /**
   * A key account: invoiced at least this much (minor units) over the 365 days before the day
   * judged. From the firm reminder on, its actions go to the top executive.
   */
  readonly keyAccountInvoicedMinor: number;
}

export const DEFAULT_WORKLIST_CONFIG: WorklistConfig = { ladder: DEFAULT_COLLECTION_LADDER, keyAccountInvoicedMinor: 5_000_000 };

/** An open invoice as the action's message lists it. */
export interface WorklistInvoice {
  readonly invoiceId: string;
  readonly dueDate: LocalDate;
  readonly openBalanceMinor: number;
}

/** One action on the collector's list. */
export interface WorklistEntry {
  /** `<clientId>/<invoiceId>/<step>`: stable while the action waits, so a page can continue after it. */
  readonly entryId: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly currency: string;
  readonly action: WorklistAction;
  /**
   * The ladder rung the action stands for: what `recordReminder` records to take it off the list
   * (the decision is taken off by settling the invoice); null for an action that is no rung (a credit hold).
   */
  readonly step: CollectionAction | null;
  /** The invoice the action chases. */
  readonly invoiceId: string;
  /** The day the action falls due (it stays due until carried out). */
  readonly dueOn: LocalDate;
  /** Days the chased invoice is past due on `dueOn` (negative before its due date). */
  readonly daysPastDue: number;
  /** The invoices the message lists: the chased one, then every other one past due on `dueOn` (on the day judged, for an action already due), oldest first. */
  readonly invoices: readonly WorklistInvoice[];
  readonly totalMinor: number;
  readonly channel: ReminderChannel;
  readonly contact: WorklistContact;
  /** An excuse came without a date since the last reminder: the message asks for one. */
  readonly askForDate: boolean;
  /** The client's risk score (0–100) the priority weighs in. */
  readonly riskScore: number;
  /** Amount × days past due × risk (see `worklistPriority`): higher comes first. */
  readonly priority: number;
  /** Set on a PLACE_CREDIT_HOLD entry only. */
  readonly hold?: WorklistHold;
}

/**
 * Amount × days past due × risk. Days are counted on the day the action falls due (at least one,
 * so a courtesy call still ranks by amount and risk), which keeps an entry's priority fixed while
 * it waits, and the list served in that order by an index; risk weighs from 1 (score 0) to 2 (score 100).
 */
export const worklistPriority = (totalMinor: number, daysPastDue: number, riskScore: number): number =>
  totalMinor * Math.max(1, daysPastDue) * (1 + Math.min(100, Math.max(0, riskScore)) / 100);

const ACTION_OF: Record<CollectionAction, WorklistAction> = {
  [ReminderStep.Courtesy]: WorklistAction.CourtesyCall,
  [ReminderStep.Friendly]: WorklistAction.FriendlyReminder,
  [ReminderStep.Firm]: WorklistAction.FirmReminder,
  [ReminderStep.FormalLetter]: WorklistAction.FormalLetter,
  [ReminderStep.FinalNotice]: WorklistAction.FinalNotice,
  [ReminderStep.LawyerLetter]: WorklistAction.LawyerLetter,
  [DECIDE_COURT_OR_WRITE_OFF]: WorklistAction.WriteOffDecision,
};

/** DOMAIN.md: D+10 is a firm reminder plus a call; letters from the formal one on; the friendly message is written. */
const CHANNEL_OF: Record<WorklistAction, ReminderChannel> = {
  [WorklistAction.CourtesyCall]: ReminderChannel.Call,
  [WorklistAction.FriendlyReminder]: ReminderChannel.Email,
  [WorklistAction.FirmReminder]: ReminderChannel.Call,
  [WorklistAction.FormalLetter]: ReminderChannel.Letter,
  [WorklistAction.FinalNotice]: ReminderChannel.Letter,
  [WorklistAction.LawyerLetter]: ReminderChannel.Letter,
  [WorklistAction.WriteOffDecision]: ReminderChannel.Meeting,
  [WorklistAction.ExecutiveEscalation]: ReminderChannel.Email,
  [WorklistAction.PlaceCreditHold]: ReminderChannel.Email,
};

/** The rungs a key account's escalation replaces: before them the message stays with accounts payable; the lawyer letter and the decision stay as they are. */
const ESCALATED = new Set<CollectionAction>([ReminderStep.Firm, ReminderStep.FormalLetter, ReminderStep.FinalNotice]);

/** Whether the client invoiced at least the key-account threshold over the year before `asOf`. */
export const isKeyAccount = (history: ClientHistory, asOf: LocalDate, config: WorklistConfig): boolean =>
  history.invoices
    .filter((invoice) => invoice.issuedOn <= asOf && invoice.issuedOn > addDays(asOf, -365))
    .reduce((sum, invoice) => sum + invoice.amountMinor, 0) >= config.keyAccountInvoicedMinor;

/**
 * The invoice whose next rung the client's worklist shows: the one the ladder runs on (the oldest
 * undisputed past due), else the oldest undisputed one not yet due, whose courtesy call (or, once
 * it is past due, friendly reminder) the calendar will bring without any new event.
 */
function chasedInvoice(invoices: readonly InvoiceCollection[]): InvoiceCollection | undefined {
  return invoices.find((invoice) => invoice.ladderActive) ?? invoices.find((invoice) => invoice.daysPastDue <= 0 && invoice.nextStepDueOn !== null);
}

/** The collection ladder the worklist judges a client on: `worklistEntriesOf` and `worklistChangesOn` share it. Pure. */
export const worklistCollection = (history: ClientHistory, asOf: LocalDate, config: WorklistConfig = DEFAULT_WORKLIST_CONFIG): CollectionView =>
  collectionView(history, asOf, config.ladder);

/**
 * A client's worklist entries as judged on `asOf`: the next action on the invoice being chased,
 * due on or after its day (an entry due later waits in the read model until the calendar reaches
 * it). None while everything is paid, disputed or held by a promise whose date has not come.
 *
 * Actions that are not ladder rungs join as further entries: a credit hold (see `creditHoldEntry`).
 * A written-off invoice has no open balance, so neither the ladder nor the hold chases it.
 */
export function worklistEntriesOf(
  history: ClientHistory,
  asOf: LocalDate,
  risk: WorklistRisk,
  config: WorklistConfig = DEFAULT_WORKLIST_CONFIG,
  /** `worklistCollection(history, asOf, config)` when the caller has it already (it walks every invoice). */
  view: CollectionView = worklistCollection(history, asOf, config),
): WorklistEntry[] {
  const hold = creditHoldEntry(history, view.invoices, asOf, risk);
  return [...ladderEntries(history, view.invoices, asOf, risk.score, config), ...(hold ? [hold] : [])];
}

/**
 * DOMAIN.md: hold credit rather than let a client take everything it can. Advised when the risk
 * assessment recommends it or what the client owes is above its credit limit, unless credit is
 * on hold already (placing it takes the entry off) or nothing is owed. It lists every open
 * invoice, oldest due first, and is due on the day judged.
 */
function creditHoldEntry(history: ClientHistory, invoices: readonly InvoiceCollection[], asOf: LocalDate, risk: WorklistRisk): WorklistEntry | null {
  if (creditHoldOn(history, asOf) !== null) return null;
  const open = invoices
    .filter((invoice) => invoice.openBalanceMinor > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.invoiceId.localeCompare(b.invoiceId));
  if (open.length === 0) return null;
  const totalMinor = open.reduce((sum, invoice) => sum + invoice.openBalanceMinor, 0);
  const limit = creditLimitOn(history, asOf)?.amountMinor ?? null;
  const hold: WorklistHold | null =
    limit !== null && totalMinor > limit
      ? { reason: CreditHoldReason.CreditLimitExceeded, creditLimitMinor: limit }
      : risk.recommendation === Recommendation.CreditHold
        ? { reason: CreditHoldReason.PaymentRisk, creditLimitMinor: null }
        : null;
  if (!hold) return null;
  const oldest = open[0];
  const daysPastDue = daysBetween(oldest.dueDate, asOf);
  return {
    entryId: `${history.clientId}/${WorklistAction.PlaceCreditHold}`,
    clientId: history.clientId,
    clientName: history.name,
    currency: history.contract.currency,
    action: WorklistAction.PlaceCreditHold,
    step: null,
    invoiceId: oldest.invoiceId,
    dueOn: asOf,
    daysPastDue,
    invoices: open.map(({ invoiceId, dueDate, openBalanceMinor }) => ({ invoiceId, dueDate, openBalanceMinor })),
    totalMinor,
    channel: CHANNEL_OF[WorklistAction.PlaceCreditHold],
    contact: WorklistContact.AccountsPayable,
    askForDate: false,
    riskScore: risk.score,
    priority: worklistPriority(totalMinor, daysPastDue, risk.score),
    hold,
  };
}

/** The next action on the invoice being chased, due on or after its day. */
function ladderEntries(
  history: ClientHistory,
  collected: readonly InvoiceCollection[],
  asOf: LocalDate,
  riskScore: number,
  config: WorklistConfig,
): WorklistEntry[] {
  const chased = chasedInvoice(collected);
  if (!chased || chased.nextStep === null || chased.nextStepDueOn === null) return [];
  const step = chased.nextStep;
  const dueOn = chased.nextStepDueOn;
  const escalated = ESCALATED.has(step) && isKeyAccount(history, asOf, config);
  const action = escalated ? WorklistAction.ExecutiveEscalation : ACTION_OF[step];
  // The message lists what is past due when it is sent: on its due day, or today for an action already due.
  const listedOn = dueOn > asOf ? dueOn : asOf;
  const others = collected.filter((invoice) => invoice !== chased && invoice.dueDate < listedOn && invoice.openBalanceMinor > 0);
  const invoices = [chased, ...others].map(({ invoiceId, dueDate, openBalanceMinor }) => ({ invoiceId, dueDate, openBalanceMinor }));
  const totalMinor = invoices.reduce((sum, invoice) => sum + invoice.openBalanceMinor, 0);
  const daysPastDue = daysBetween(chased.dueDate, dueOn);
  return [
    {
      entryId: `${history.clientId}/${chased.invoiceId}/${step}`,
      clientId: history.clientId,
      clientName: history.name,
      currency: history.contract.currency,
      action,
      step,
      invoiceId: chased.invoiceId,
      dueOn,
      daysPastDue,
      invoices,
      totalMinor,
      channel: CHANNEL_OF[action],
      contact: step === DECIDE_COURT_OR_WRITE_OFF ? WorklistContact.Internal : escalated ? WorklistContact.TopExecutive : WorklistContact.AccountsPayable,
      askForDate: chased.askForDate,
      riskScore,
      priority: worklistPriority(totalMinor, daysPastDue, riskScore),
    },
  ];
}

/**
 * The first day after `asOf` on which the client's worklist may change without an event: a
 * rung's day, a due date, or the end of a promise's hold on an open invoice. The projector judges
 * the client again then; until that day the entries it stored stand.
 */
export function worklistChangesOn(
  history: ClientHistory,
  asOf: LocalDate,
  config: WorklistConfig = DEFAULT_WORKLIST_CONFIG,
  /** As for `worklistEntriesOf`. */
  view: CollectionView = worklistCollection(history, asOf, config),
): LocalDate | null {
  const days = view.invoices.flatMap((invoice) => [
    invoice.dueDate,
    addDays(invoice.dueDate, 1),
    ...COLLECTION_LADDER.map((step) => addDays(invoice.dueDate, offsetOf(step, config.ladder))),
    ...(invoice.paused?.until ? [invoice.paused.until] : []),
    ...(invoice.nextStepDueOn ? [invoice.nextStepDueOn] : []),
  ]);
  // The key-account test looks back a year: an invoice leaving that window can end the escalation.
  const yearEnds = history.invoices.filter((invoice) => invoice.issuedOn <= asOf).map((invoice) => addDays(invoice.issuedOn, 365));
  return [...days, ...yearEnds].filter((day) => day > asOf).reduce<LocalDate | null>((min, day) => (min === null || day < min ? day : min), null);
}
