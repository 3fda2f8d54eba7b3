import { DomainError, DomainErrorKind } from '../shared';

/** Stable codes CRMs can branch on; never renamed once published. */
export enum TerminationErrorCode {
  NotProposed = 'TERMINATION.NOT_PROPOSED',
  AlreadyProposed = 'TERMINATION.ALREADY_PROPOSED',
  InvalidText = 'TERMINATION.INVALID_TEXT',
  InvalidDate = 'TERMINATION.INVALID_DATE',
  InvalidAmount = 'TERMINATION.INVALID_AMOUNT',
  CurrencyMismatch = 'TERMINATION.CURRENCY_MISMATCH',
  OccursInFuture = 'TERMINATION.OCCURS_IN_FUTURE',
  SelfApproval = 'TERMINATION.SELF_APPROVAL',
  AlreadyDecided = 'TERMINATION.ALREADY_DECIDED',
  NotApproved = 'TERMINATION.NOT_APPROVED',
  ContractAlreadyEvaluated = 'TERMINATION.CONTRACT_ALREADY_EVALUATED',
  ContractNotEvaluated = 'TERMINATION.CONTRACT_NOT_EVALUATED',
  ImmediateNoticeNotAllowed = 'TERMINATION.IMMEDIATE_NOTICE_NOT_ALLOWED',
  NoticeAlreadyServed = 'TERMINATION.NOTICE_ALREADY_SERVED',
  NoticeTooShort = 'TERMINATION.NOTICE_TOO_SHORT',
  NoticeNotServed = 'TERMINATION.NOTICE_NOT_SERVED',
  DeliverablesAlreadyConfirmed = 'TERMINATION.DELIVERABLES_ALREADY_CONFIRMED',
  DeliverablesNotConfirmed = 'TERMINATION.DELIVERABLES_NOT_CONFIRMED',
  DeliverableInvalid = 'TERMINATION.DELIVERABLE_INVALID',
  DeliverableNotFound = 'TERMINATION.DELIVERABLE_NOT_FOUND',
  DeliverableAlreadyCompleted = 'TERMINATION.DELIVERABLE_ALREADY_COMPLETED',
  FinalInvoiceAlreadyIssued = 'TERMINATION.FINAL_INVOICE_ALREADY_ISSUED',
  FinalInvoiceNotIssued = 'TERMINATION.FINAL_INVOICE_NOT_ISSUED',
  NewWorkAlreadyDecided = 'TERMINATION.NEW_WORK_ALREADY_DECIDED',
  SettlementAlreadyRecorded = 'TERMINATION.SETTLEMENT_ALREADY_RECORDED',
  BalanceStillOpen = 'TERMINATION.BALANCE_STILL_OPEN',
  NothingOutstanding = 'TERMINATION.NOTHING_OUTSTANDING',
  CostOfRecoveryRule = 'TERMINATION.COST_OF_RECOVERY_RULE',
  TransitionPlanAlreadyDelivered = 'TERMINATION.TRANSITION_PLAN_ALREADY_DELIVERED',
  NoticePeriodNotElapsed = 'TERMINATION.NOTICE_PERIOD_NOT_ELAPSED',
  DeliverablesOutstanding = 'TERMINATION.DELIVERABLES_OUTSTANDING',
  WindDownIncomplete = 'TERMINATION.WIND_DOWN_INCOMPLETE',
  NotSettled = 'TERMINATION.NOT_SETTLED',
  TransitionPlanMissing = 'TERMINATION.TRANSITION_PLAN_MISSING',
  Rejected = 'TERMINATION.REJECTED',
  Cancelled = 'TERMINATION.CANCELLED',
  AlreadyOffboarded = 'TERMINATION.ALREADY_OFFBOARDED',
  ActiveTerminationExists = 'TERMINATION.ACTIVE_TERMINATION_EXISTS',
  AmountTooLarge = 'TERMINATION.AMOUNT_TOO_LARGE',
  DateOutOfRange = 'TERMINATION.DATE_OUT_OF_RANGE',
}

export type TerminationError = DomainError<TerminationErrorCode>;

type Details = ConstructorParameters<typeof DomainError>[3];

const error =
  (code: TerminationErrorCode, kind: DomainErrorKind) =>
  (message: string, details?: Details): TerminationError =>
    new DomainError(code, kind, message, details);

const conflict = (code: TerminationErrorCode) => error(code, DomainErrorKind.Conflict);
const invalid = (code: TerminationErrorCode) => error(code, DomainErrorKind.InvalidInput);
const E = TerminationErrorCode;

export const TerminationErrors = {
  notProposed: (terminationId: string) => error(E.NotProposed, DomainErrorKind.NotFound)(`Termination ${terminationId} was never proposed`, { terminationId }),
  alreadyProposed: (terminationId: string) => conflict(E.AlreadyProposed)(`Termination ${terminationId} was already proposed`, { terminationId }),
  invalidText: (field: string) => invalid(E.InvalidText)(`${field} must not be blank`, { field }),
  invalidDate: (field: string, value: string) => invalid(E.InvalidDate)(`${field} is not a valid date: ${value}`, { field, value }),
  invalidAmount: (field: string, amountMinor: number) =>
    invalid(E.InvalidAmount)(`${field} must be a whole number of minor units, not negative`, { field, amountMinor }),
  currencyMismatch: (given: string, contract: string) =>
    invalid(E.CurrencyMismatch)(`Amount is in ${given} but the contract is in ${contract}`, { given, contract }),
  occursInFuture: (field: string, value: string, today: string) =>
    invalid(E.OccursInFuture)(`${field} ${value} is later than today (${today}); record it once it happened`, { field, value, today }),
  selfApproval: (who: string) =>
    error(E.SelfApproval, DomainErrorKind.Forbidden)(`${who} proposed this termination and cannot also approve it: another manager decides`, { who }),
  alreadyDecided: (status: string) =>
    conflict(E.AlreadyDecided)(`The proposal was already approved; the termination is at ${status.toLowerCase().replace(/_/g, ' ')}`, { status }),
  notApproved: () => conflict(E.NotApproved)('The termination must be approved by a manager first'),
  contractAlreadyEvaluated: () => conflict(E.ContractAlreadyEvaluated)('The contract was already evaluated'),
  contractNotEvaluated: () => conflict(E.ContractNotEvaluated)('Evaluate the contract before serving notice'),
  immediateNoticeNotAllowed: (reason: string) =>
    conflict(E.ImmediateNoticeNotAllowed)(`Immediate notice needs an abuse termination under an exit clause allowing immediate exit (reason: ${reason})`, {
      reason,
    }),
  noticeAlreadyServed: () => conflict(E.NoticeAlreadyServed)('Notice was already served'),
  noticeTooShort: (effectiveDate: string, earliest: string) =>
    invalid(E.NoticeTooShort)(`Effective date ${effectiveDate} is earlier than the contract allows (${earliest})`, {
      effectiveDate,
      earliest,
    }),
  noticeNotServed: () => conflict(E.NoticeNotServed)('Serve notice before winding down, settling or handing over'),
  deliverablesAlreadyConfirmed: () => conflict(E.DeliverablesAlreadyConfirmed)('The owed deliverables were already confirmed'),
  deliverablesNotConfirmed: () => conflict(E.DeliverablesNotConfirmed)('Confirm which deliverables are owed first'),
  deliverableInvalid: (message: string, details: Details) => invalid(E.DeliverableInvalid)(message, details),
  deliverableNotFound: (deliverableId: string) =>
    error(E.DeliverableNotFound, DomainErrorKind.NotFound)(`Deliverable ${deliverableId} is not owed in this termination`, {
      deliverableId,
    }),
  deliverableAlreadyCompleted: (deliverableId: string) =>
    conflict(E.DeliverableAlreadyCompleted)(`Deliverable ${deliverableId} is already completed`, { deliverableId }),
  finalInvoiceAlreadyIssued: (invoiceId: string) => conflict(E.FinalInvoiceAlreadyIssued)(`The final invoice ${invoiceId} was already issued`, { invoiceId }),
  finalInvoiceNotIssued: () => conflict(E.FinalInvoiceNotIssued)('Issue the final invoice before recording the settlement'),
  newWorkAlreadyDecided: (policy: string) => conflict(E.NewWorkAlreadyDecided)(`New work is already ${policy.toLowerCase()}`, { policy }),
  settlementAlreadyRecorded: (outcome: string) =>
    conflict(E.SettlementAlreadyRecorded)(`The settlement was already recorded (${outcome.toLowerCase()})`, { outcome }),
  balanceStillOpen: (outstandingMinor: number) =>
    conflict(E.BalanceStillOpen)(`The client still owes ${outstandingMinor}; it cannot be recorded as paid`, { outstandingMinor }),
  nothingOutstanding: (outcome: string) =>
    conflict(E.NothingOutstanding)(`Nothing is outstanding, so there is nothing to ${outcome === 'WRITTEN_OFF' ? 'write off' : 'collect'}`, {
      outcome,
    }),
  costOfRecoveryRule: (message: string, details: Details) => invalid(E.CostOfRecoveryRule)(message, details),
  transitionPlanAlreadyDelivered: () => conflict(E.TransitionPlanAlreadyDelivered)('The transition plan was already delivered'),
  noticePeriodNotElapsed: (effectiveDate: string, today: string) =>
    conflict(E.NoticePeriodNotElapsed)(`The notice takes effect on ${effectiveDate}; today is ${today}`, { effectiveDate, today }),
  deliverablesOutstanding: (deliverableIds: string) =>
    conflict(E.DeliverablesOutstanding)(`Owed deliverables are not completed: ${deliverableIds}`, { deliverableIds }),
  windDownIncomplete: (missing: string) => conflict(E.WindDownIncomplete)(`Wind-down is not finished: ${missing}`, { missing }),
  notSettled: () => conflict(E.NotSettled)('Money is not settled: record the settlement first'),
  transitionPlanMissing: () => conflict(E.TransitionPlanMissing)('Deliver the transition plan before offboarding'),
  rejected: (terminationId: string) => conflict(E.Rejected)(`Termination ${terminationId} was rejected; propose a new one if things change`, { terminationId }),
  cancelled: (terminationId: string) => conflict(E.Cancelled)(`Termination ${terminationId} was cancelled`, { terminationId }),
  alreadyOffboarded: (terminationId: string) =>
    conflict(E.AlreadyOffboarded)(`Termination ${terminationId} is finished: the client is offboarded`, { terminationId }),
  amountTooLarge: (field: string, amountMinor: number, maximum: number) =>
    invalid(E.AmountTooLarge)(`${field} must be at most ${maximum} minor units`, { field, amountMinor, maximum }),
  dateOutOfRange: (found: { field: string; value: string; earliest: string; latest: string; reason: string }) =>
    invalid(E.DateOutOfRange)(`${found.field} ${found.value} is outside ${found.earliest} to ${found.latest} (${found.reason})`, { ...found }),
  implausibleText: (field: string, violation: string) =>
    invalid(E.InvalidText)(`${field} must contain a visible character and no control or bidi characters other than newline and tab`, {
      field,
      violation,
    }),
  activeTerminationExists: (clientId: string, terminationId: string) =>
    conflict(E.ActiveTerminationExists)(`Client ${clientId} already has termination ${terminationId} under way`, {
      clientId,
      terminationId,
    }),
};
