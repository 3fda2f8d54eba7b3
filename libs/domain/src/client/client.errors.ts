import { DomainError, DomainErrorKind } from '../shared';

/** Stable codes CRMs can branch on; never renamed once published. */
export enum ClientErrorCode {
  NotRegistered = 'CLIENT.NOT_REGISTERED',
  AlreadyRegistered = 'CLIENT.ALREADY_REGISTERED',
  InvalidContractTerms = 'CLIENT.INVALID_CONTRACT_TERMS',
  NothingToAmend = 'CLIENT.NOTHING_TO_AMEND',
  UnknownCurrency = 'CLIENT.UNKNOWN_CURRENCY',
  CurrencyMismatch = 'CLIENT.CURRENCY_MISMATCH',
  InvalidAmount = 'CLIENT.INVALID_AMOUNT',
  InvalidDate = 'CLIENT.INVALID_DATE',
  OccursInFuture = 'CLIENT.OCCURS_IN_FUTURE',
  InvalidText = 'CLIENT.INVALID_TEXT',
  InvoiceAlreadyIssued = 'CLIENT.INVOICE_ALREADY_ISSUED',
  InvoiceNotFound = 'CLIENT.INVOICE_NOT_FOUND',
  InvoiceAlreadyPaid = 'CLIENT.INVOICE_ALREADY_PAID',
  DueDateBeforeIssueDate = 'CLIENT.DUE_DATE_BEFORE_ISSUE_DATE',
  PaymentAlreadyRecorded = 'CLIENT.PAYMENT_ALREADY_RECORDED',
  PaymentExceedsOpenBalance = 'CLIENT.PAYMENT_EXCEEDS_OPEN_BALANCE',
  PaymentBeforeInvoice = 'CLIENT.PAYMENT_BEFORE_INVOICE',
  ExcuseAlreadyRecorded = 'CLIENT.EXCUSE_ALREADY_RECORDED',
  PromiseAlreadyRecorded = 'CLIENT.PROMISE_ALREADY_RECORDED',
  PromiseExceedsOpenBalance = 'CLIENT.PROMISE_EXCEEDS_OPEN_BALANCE',
  PromisedDateInPast = 'CLIENT.PROMISED_DATE_IN_PAST',
  PaymentPlanAlreadyAgreed = 'CLIENT.PAYMENT_PLAN_ALREADY_AGREED',
  PaymentPlanInvalid = 'CLIENT.PAYMENT_PLAN_INVALID',
  PaymentPlanTotalMismatch = 'CLIENT.PAYMENT_PLAN_TOTAL_MISMATCH',
  ReminderAlreadyRecorded = 'CLIENT.REMINDER_ALREADY_RECORDED',
  ComplaintAlreadyFiled = 'CLIENT.COMPLAINT_ALREADY_FILED',
  ComplaintNotFound = 'CLIENT.COMPLAINT_NOT_FOUND',
  ComplaintAlreadyResolved = 'CLIENT.COMPLAINT_ALREADY_RESOLVED',
  ScopeChangeAlreadyRequested = 'CLIENT.SCOPE_CHANGE_ALREADY_REQUESTED',
  ScopeChangeNotFound = 'CLIENT.SCOPE_CHANGE_NOT_FOUND',
  ScopeChangeAlreadyDecided = 'CLIENT.SCOPE_CHANGE_ALREADY_DECIDED',
  TimeEntryAlreadyLogged = 'CLIENT.TIME_ENTRY_ALREADY_LOGGED',
  InvalidDuration = 'CLIENT.INVALID_DURATION',
  MeetingAlreadyRecorded = 'CLIENT.MEETING_ALREADY_RECORDED',
  RecommendationAlreadyRecorded = 'CLIENT.RECOMMENDATION_ALREADY_RECORDED',
  AbuseReportAlreadyFiled = 'CLIENT.ABUSE_REPORT_ALREADY_FILED',
  PromiseNotFound = 'CLIENT.PROMISE_NOT_FOUND',
  TimeFactAlreadyRecorded = 'CLIENT.TIME_FACT_ALREADY_RECORDED',
  /** A time-driven fact the log already refutes as of its own day (the promise was kept by its date). */
  TimeFactContradicted = 'CLIENT.TIME_FACT_CONTRADICTED',
  /** A command of a client's history batch names another client. */
  CommandForAnotherClient = 'CLIENT.COMMAND_FOR_ANOTHER_CLIENT',
  Offboarded = 'CLIENT.OFFBOARDED',
  NewWorkRefused = 'CLIENT.NEW_WORK_REFUSED',
  PrepaymentRequired = 'CLIENT.PREPAYMENT_REQUIRED',
  NewWorkAlreadyRestricted = 'CLIENT.NEW_WORK_ALREADY_RESTRICTED',
  NoNewWorkRestriction = 'CLIENT.NO_NEW_WORK_RESTRICTION',
  NoticeOfTerminationAlreadyServed = 'CLIENT.NOTICE_OF_TERMINATION_ALREADY_SERVED',
  NoNoticeOfTermination = 'CLIENT.NO_NOTICE_OF_TERMINATION',
  AmountTooLarge = 'CLIENT.AMOUNT_TOO_LARGE',
  InvoicedTotalCapExceeded = 'CLIENT.INVOICED_TOTAL_CAP_EXCEEDED',
  DateOutOfRange = 'CLIENT.DATE_OUT_OF_RANGE',
  TerminationUnderWay = 'CLIENT.TERMINATION_UNDER_WAY',
  CreditControlFactAlreadyRecorded = 'CLIENT.CREDIT_CONTROL_FACT_ALREADY_RECORDED',
  AmountExceedsOpenBalance = 'CLIENT.AMOUNT_EXCEEDS_OPEN_BALANCE',
  NothingOutstanding = 'CLIENT.NOTHING_OUTSTANDING',
  CreditHold = 'CLIENT.CREDIT_HOLD',
  CreditHoldAlreadyPlaced = 'CLIENT.CREDIT_HOLD_ALREADY_PLACED',
  NoCreditHold = 'CLIENT.NO_CREDIT_HOLD',
  SettlementDiscountAfterDueDate = 'CLIENT.SETTLEMENT_DISCOUNT_AFTER_DUE_DATE',
  LateInterestPeriodInvalid = 'CLIENT.LATE_INTEREST_PERIOD_INVALID',
  AlreadyWithCollectionAgency = 'CLIENT.ALREADY_WITH_COLLECTION_AGENCY',
  InvalidConductSignal = 'CLIENT.INVALID_CONDUCT_SIGNAL',
  NoInvoicesNamed = 'CLIENT.NO_INVOICES_NAMED',
}

export type ClientError = DomainError<ClientErrorCode>;

type Details = ConstructorParameters<typeof DomainError>[3];

const error =
  (code: ClientErrorCode, kind: DomainErrorKind) =>
  (message: string, details?: Details): ClientError =>
    new DomainError(code, kind, message, details);

export const ClientErrors = {
  notRegistered: (clientId: string) => error(ClientErrorCode.NotRegistered, DomainErrorKind.NotFound)(`Client ${clientId} is not registered`, { clientId }),
  alreadyRegistered: (clientId: string) =>
    error(ClientErrorCode.AlreadyRegistered, DomainErrorKind.Conflict)(`Client ${clientId} is already registered`, {
      clientId,
    }),
  invalidContractTerms: error(ClientErrorCode.InvalidContractTerms, DomainErrorKind.InvalidInput),
  nothingToAmend: () => error(ClientErrorCode.NothingToAmend, DomainErrorKind.InvalidInput)('An amendment must change at least one term'),
  unknownCurrency: (currency: string) =>
    error(ClientErrorCode.UnknownCurrency, DomainErrorKind.InvalidInput)(`${currency} is not an ISO 4217 currency code`, {
      currency,
    }),
  currencyMismatch: (given: string, contract: string) =>
    error(ClientErrorCode.CurrencyMismatch, DomainErrorKind.InvalidInput)(`Amount is in ${given} but the contract is in ${contract}`, { given, contract }),
  invalidAmount: (field: string, amountMinor: number) =>
    error(ClientErrorCode.InvalidAmount, DomainErrorKind.InvalidInput)(`${field} must be a positive whole number of minor units`, { field, amountMinor }),
  invalidDate: (field: string, value: string) =>
    error(ClientErrorCode.InvalidDate, DomainErrorKind.InvalidInput)(`${field} is not a valid date: ${value}`, {
      field,
      value,
    }),
  occursInFuture: (occurredAt: string, now: string) =>
    error(ClientErrorCode.OccursInFuture, DomainErrorKind.InvalidInput)(
      `occurredAt ${occurredAt} is later than now (${now}); facts are recorded after they happen`,
      { occurredAt, now },
    ),
  invalidText: (field: string) => error(ClientErrorCode.InvalidText, DomainErrorKind.InvalidInput)(`${field} must not be blank`, { field }),
  invoiceAlreadyIssued: (invoiceId: string) =>
    error(ClientErrorCode.InvoiceAlreadyIssued, DomainErrorKind.Conflict)(`Invoice ${invoiceId} was already issued`, {
      invoiceId,
    }),
  invoiceNotFound: (invoiceId: string) =>
    error(ClientErrorCode.InvoiceNotFound, DomainErrorKind.NotFound)(`Invoice ${invoiceId} does not exist for this client`, {
      invoiceId,
    }),
  invoiceAlreadyPaid: (invoiceId: string) =>
    error(ClientErrorCode.InvoiceAlreadyPaid, DomainErrorKind.Conflict)(`Invoice ${invoiceId} is already paid in full`, {
      invoiceId,
    }),
  dueDateBeforeIssueDate: (dueDate: string, issuedOn: string) =>
    error(ClientErrorCode.DueDateBeforeIssueDate, DomainErrorKind.InvalidInput)(`Due date ${dueDate} is before the issue date ${issuedOn}`, {
      dueDate,
      issuedOn,
    }),
  paymentAlreadyRecorded: (paymentId: string) =>
    error(ClientErrorCode.PaymentAlreadyRecorded, DomainErrorKind.Conflict)(`Payment ${paymentId} was already recorded`, {
      paymentId,
    }),
  paymentExceedsOpenBalance: (invoiceId: string, amountMinor: number, openBalanceMinor: number) =>
    error(ClientErrorCode.PaymentExceedsOpenBalance, DomainErrorKind.InvalidInput)(
      `Payment of ${amountMinor} exceeds the open balance ${openBalanceMinor} of invoice ${invoiceId}`,
      { invoiceId, amountMinor, openBalanceMinor },
    ),
  paymentBeforeInvoice: (paidOn: string, issuedOn: string) =>
    error(ClientErrorCode.PaymentBeforeInvoice, DomainErrorKind.InvalidInput)(`Payment date ${paidOn} is before the invoice was issued on ${issuedOn}`, {
      paidOn,
      issuedOn,
    }),
  excuseAlreadyRecorded: (excuseId: string) =>
    error(ClientErrorCode.ExcuseAlreadyRecorded, DomainErrorKind.Conflict)(`Excuse ${excuseId} was already recorded`, {
      excuseId,
    }),
  promiseAlreadyRecorded: (promiseId: string) =>
    error(ClientErrorCode.PromiseAlreadyRecorded, DomainErrorKind.Conflict)(`Promise to pay ${promiseId} was already recorded`, { promiseId }),
  promiseExceedsOpenBalance: (invoiceId: string, amountMinor: number, openBalanceMinor: number) =>
    error(ClientErrorCode.PromiseExceedsOpenBalance, DomainErrorKind.InvalidInput)(
      `Promised ${amountMinor} exceeds the open balance ${openBalanceMinor} of invoice ${invoiceId}`,
      { invoiceId, amountMinor, openBalanceMinor },
    ),
  promisedDateInPast: (promisedDate: string, on: string) =>
    error(ClientErrorCode.PromisedDateInPast, DomainErrorKind.InvalidInput)(`Promised date ${promisedDate} is before the day the promise was made (${on})`, {
      promisedDate,
      on,
    }),
  paymentPlanAlreadyAgreed: (planId: string) =>
    error(ClientErrorCode.PaymentPlanAlreadyAgreed, DomainErrorKind.Conflict)(`Payment plan ${planId} was already agreed`, {
      planId,
    }),
  paymentPlanInvalid: error(ClientErrorCode.PaymentPlanInvalid, DomainErrorKind.InvalidInput),
  paymentPlanTotalMismatch: (instalmentsMinor: number, openBalanceMinor: number) =>
    error(ClientErrorCode.PaymentPlanTotalMismatch, DomainErrorKind.InvalidInput)(
      `Instalments add up to ${instalmentsMinor} but the covered invoices have ${openBalanceMinor} open`,
      { instalmentsMinor, openBalanceMinor },
    ),
  reminderAlreadyRecorded: (reminderId: string) =>
    error(ClientErrorCode.ReminderAlreadyRecorded, DomainErrorKind.Conflict)(`Reminder ${reminderId} was already recorded`, {
      reminderId,
    }),
  complaintAlreadyFiled: (complaintId: string) =>
    error(ClientErrorCode.ComplaintAlreadyFiled, DomainErrorKind.Conflict)(`Complaint ${complaintId} was already filed`, {
      complaintId,
    }),
  complaintNotFound: (complaintId: string) =>
    error(ClientErrorCode.ComplaintNotFound, DomainErrorKind.NotFound)(`Complaint ${complaintId} does not exist`, {
      complaintId,
    }),
  complaintAlreadyResolved: (complaintId: string) =>
    error(ClientErrorCode.ComplaintAlreadyResolved, DomainErrorKind.Conflict)(`Complaint ${complaintId} is already resolved`, { complaintId }),
  scopeChangeAlreadyRequested: (scopeChangeId: string) =>
    error(ClientErrorCode.ScopeChangeAlreadyRequested, DomainErrorKind.Conflict)(`Scope change ${scopeChangeId} was already requested`, { scopeChangeId }),
  scopeChangeNotFound: (scopeChangeId: string) =>
    error(ClientErrorCode.ScopeChangeNotFound, DomainErrorKind.NotFound)(`Scope change ${scopeChangeId} does not exist`, {
      scopeChangeId,
    }),
  scopeChangeAlreadyDecided: (scopeChangeId: string) =>
    error(ClientErrorCode.ScopeChangeAlreadyDecided, DomainErrorKind.Conflict)(`Scope change ${scopeChangeId} was already decided`, { scopeChangeId }),
  timeEntryAlreadyLogged: (timeEntryId: string) =>
    error(ClientErrorCode.TimeEntryAlreadyLogged, DomainErrorKind.Conflict)(`Time entry ${timeEntryId} was already logged`, {
      timeEntryId,
    }),
  invalidDuration: (field: string, minutes: number, maximum: number) =>
    error(ClientErrorCode.InvalidDuration, DomainErrorKind.InvalidInput)(`${field} must be a whole number of minutes between 1 and ${maximum}`, {
      field,
      minutes,
      maximum,
    }),
  meetingAlreadyRecorded: (meetingId: string) =>
    error(ClientErrorCode.MeetingAlreadyRecorded, DomainErrorKind.Conflict)(`Meeting ${meetingId} was already recorded`, {
      meetingId,
    }),
  recommendationAlreadyRecorded: (recommendationId: string) =>
    error(ClientErrorCode.RecommendationAlreadyRecorded, DomainErrorKind.Conflict)(`Recommendation ${recommendationId} was already recorded`, {
      recommendationId,
    }),
  abuseReportAlreadyFiled: (reportId: string) =>
    error(ClientErrorCode.AbuseReportAlreadyFiled, DomainErrorKind.Conflict)(`Abuse report ${reportId} was already filed`, {
      reportId,
    }),
  promiseNotFound: (promiseId: string) =>
    error(ClientErrorCode.PromiseNotFound, DomainErrorKind.NotFound)(`Promise to pay ${promiseId} does not exist`, { promiseId }),
  offboarded: (what: string, terminationId: string, offboardedOn: string) =>
    error(ClientErrorCode.Offboarded, DomainErrorKind.Conflict)(
      `The client was offboarded on ${offboardedOn} (termination ${terminationId}): no ${what}. Payments on earlier invoices are still recorded`,
      { terminationId, offboardedOn },
    ),
  newWorkRefused: (terminationId: string) =>
    error(ClientErrorCode.NewWorkRefused, DomainErrorKind.Conflict)(`New work is refused while termination ${terminationId} is under way`, { terminationId }),
  prepaymentRequired: (dueDate: string, issuedOn: string, terminationId: string) =>
    error(ClientErrorCode.PrepaymentRequired, DomainErrorKind.InvalidInput)(
      `Work is on prepayment (termination ${terminationId}): an invoice issued ${issuedOn} falls due the same day, not ${dueDate}`,
      { dueDate, issuedOn, terminationId },
    ),
  newWorkAlreadyRestricted: (terminationId: string) =>
    error(ClientErrorCode.NewWorkAlreadyRestricted, DomainErrorKind.Conflict)(`New work is already restricted by termination ${terminationId}`, {
      terminationId,
    }),
  noNewWorkRestriction: (terminationId: string) =>
    error(ClientErrorCode.NoNewWorkRestriction, DomainErrorKind.Conflict)(`Termination ${terminationId} restricts no new work of this client`, {
      terminationId,
    }),
  noticeOfTerminationAlreadyServed: (terminationId: string) =>
    error(ClientErrorCode.NoticeOfTerminationAlreadyServed, DomainErrorKind.Conflict)(
      `Notice of termination ${terminationId} is already served on this client`,
      { terminationId },
    ),
  noNoticeOfTermination: (terminationId: string) =>
    error(ClientErrorCode.NoNoticeOfTermination, DomainErrorKind.Conflict)(`No notice of termination ${terminationId} stands to withdraw`, {
      terminationId,
    }),
  amountTooLarge: (field: string, amountMinor: number, maximum: number) =>
    error(ClientErrorCode.AmountTooLarge, DomainErrorKind.InvalidInput)(`${field} must be at most ${maximum} minor units`, {
      field,
      amountMinor,
      maximum,
    }),
  invoicedTotalCapExceeded: (invoicedMinor: number, amountMinor: number, maximum: number) =>
    error(ClientErrorCode.InvoicedTotalCapExceeded, DomainErrorKind.InvalidInput)(
      `This invoice would take the client's invoiced total from ${invoicedMinor} past the cap of ${maximum} minor units`,
      { invoicedMinor, amountMinor, maximum },
    ),
  dateOutOfRange: (found: { field: string; value: string; earliest: string; latest: string; reason: string }) =>
    error(ClientErrorCode.DateOutOfRange, DomainErrorKind.InvalidInput)(
      `${found.field} ${found.value} is outside ${found.earliest} to ${found.latest} (${found.reason})`,
      { ...found },
    ),
  implausibleText: (field: string, violation: string) =>
    error(ClientErrorCode.InvalidText, DomainErrorKind.InvalidInput)(
      `${field} must contain a visible character and no control or bidi characters other than newline and tab`,
      { field, violation },
    ),
  terminationUnderWay: (terminationId: string) =>
    error(ClientErrorCode.TerminationUnderWay, DomainErrorKind.Conflict)(`Termination ${terminationId} is already under way for this client`, {
      terminationId,
    }),
  timeFactAlreadyRecorded: (fact: string) => error(ClientErrorCode.TimeFactAlreadyRecorded, DomainErrorKind.Conflict)(`${fact} was already recorded`, { fact }),
  commandForAnotherClient: (clientId: string, named: string) =>
    error(ClientErrorCode.CommandForAnotherClient, DomainErrorKind.InvalidInput)(`a command about ${named} in the history of ${clientId}`, { clientId, named }),
  timeFactContradicted: (fact: string, reason: string) =>
    error(ClientErrorCode.TimeFactContradicted, DomainErrorKind.Conflict)(`${fact} is contradicted by the log: ${reason}`, { fact }),
  creditControlFactAlreadyRecorded: (fact: string, id: string) =>
    error(ClientErrorCode.CreditControlFactAlreadyRecorded, DomainErrorKind.Conflict)(`${fact} ${id} was already recorded for this client`, { fact, id }),
  amountExceedsOpenBalance: (what: string, invoiceId: string, amountMinor: number, openBalanceMinor: number) =>
    error(ClientErrorCode.AmountExceedsOpenBalance, DomainErrorKind.InvalidInput)(
      `A ${what} of ${amountMinor} exceeds the open balance of invoice ${invoiceId} (${openBalanceMinor})`,
      { what, invoiceId, amountMinor, openBalanceMinor },
    ),
  nothingOutstanding: (what: string) =>
    error(ClientErrorCode.NothingOutstanding, DomainErrorKind.Conflict)(`Nothing is owed on this client's invoices: no ${what}`, { what }),
  creditHold: (what: string, placedOn: string) =>
    error(ClientErrorCode.CreditHold, DomainErrorKind.Conflict)(`Credit is on hold since ${placedOn}: no ${what} until it is released`, { what, placedOn }),
  creditHoldPrepaymentRequired: (dueDate: string, issuedOn: string, placedOn: string) =>
    error(ClientErrorCode.PrepaymentRequired, DomainErrorKind.InvalidInput)(
      `Credit is on hold since ${placedOn}: an invoice issued ${issuedOn} falls due the same day, not ${dueDate}`,
      { dueDate, issuedOn, placedOn },
    ),
  creditHoldAlreadyPlaced: (placedOn: string) =>
    error(ClientErrorCode.CreditHoldAlreadyPlaced, DomainErrorKind.Conflict)(`Credit is already on hold since ${placedOn}`, { placedOn }),
  noCreditHold: () => error(ClientErrorCode.NoCreditHold, DomainErrorKind.Conflict)('Credit is not on hold for this client'),
  settlementDiscountAfterDueDate: (invoiceId: string, dueDate: string, on: string) =>
    error(ClientErrorCode.SettlementDiscountAfterDueDate, DomainErrorKind.Conflict)(
      `A prompt-payment discount is granted by the due date: invoice ${invoiceId} fell due ${dueDate}, today is ${on}`,
      { invoiceId, dueDate, on },
    ),
  lateInterestPeriodInvalid: (message: string, details: { invoiceId: string; from: string; to: string }) =>
    error(ClientErrorCode.LateInterestPeriodInvalid, DomainErrorKind.InvalidInput)(message, details),
  alreadyWithCollectionAgency: (invoiceId: string) =>
    error(ClientErrorCode.AlreadyWithCollectionAgency, DomainErrorKind.Conflict)(`Invoice ${invoiceId} is already with a collection agency`, { invoiceId }),
  invalidConductSignal: (message: string, details: { field: string }) =>
    error(ClientErrorCode.InvalidConductSignal, DomainErrorKind.InvalidInput)(message, details),
  noInvoicesNamed: () => error(ClientErrorCode.NoInvoicesNamed, DomainErrorKind.InvalidInput)('Name at least one invoice', { field: 'invoiceIds' }),
};
