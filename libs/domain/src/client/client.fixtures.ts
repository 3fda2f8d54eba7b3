/**
 * Builders for the client decider's Given/When/Then specs: one well-known client (ACME, on a
 * EUR contract) whose commands and events line up, so a spec states only what its rule is about.
 * Test support only: nothing in production imports this file.
 */
import type { CurrencyCode, Money } from '../shared';
import type {
  AbuseReported,
  ClientOffboarded,
  ClientRegistered,
  NewWorkRefused,
  NewWorkRestrictionLifted,
  WorkMovedToPrepayment,
  ComplaintFiled,
  ComplaintResolved,
  ExcuseRecorded,
  InvoiceIssued,
  MeetingRecorded,
  PaymentPlanAgreed,
  PaymentRecorded,
  PromiseToPayRecorded,
  RecommendationRecorded,
  ReminderSent,
  ScopeChangeDecided,
  ScopeChangeRequested,
  TimeLogged,
} from './client.events';
import type {
  AgreePaymentPlan,
  AmendContract,
  CommandMetadata,
  ContractTermsInput,
  DecideScopeChange,
  FileComplaint,
  IssueInvoice,
  LiftNewWorkRestriction,
  LogTime,
  OffboardClient,
  RecordExcuse,
  RecordMeeting,
  RecordPayment,
  RecordPromiseToPay,
  RecordRecommendation,
  RecordReminder,
  RegisterClient,
  ReportAbuse,
  RequestScopeChange,
  ResolveComplaint,
  RestrictNewWork,
} from './client.commands';
import { type ContractTerms, DEFAULT_NOTICE_PERIOD_DAYS } from './client.contract';
import {
  AbuseSeverity,
  ComplaintOutcome,
  ExcuseCategory,
  MeetingOutcome,
  type NewWorkPolicy,
  PaymentKind,
  RecommendationOutcome,
  ReminderChannel,
  ReminderStep,
  ScopeClassification,
} from './client.vocabulary';

export const CLIENT_ID = 'acme';
export const INVOICE_ID = 'INV-42';

/** The clock: commands are decided on 1 March 2026 at noon, about a morning's facts. */
export const NOW = '2026-03-01T12:00:00.000Z';
export const OCCURRED_AT = '2026-03-01T09:00:00.000Z';
export const TODAY = '2026-03-01';
export const at: CommandMetadata = { occurredAt: OCCURRED_AT, now: NOW };

export const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });
export const moneyIn = (currency: CurrencyCode, amountMinor: number): Money => ({ amountMinor, currency });

// ---- contract and registration ---------------------------------------------------------------

export const aContract = (overrides: Partial<ContractTermsInput> = {}): ContractTermsInput => ({
  paymentTermsDays: 30,
  exitClause: { text: 'Either party may end with notice', immediateExitFor: [] },
  startDate: '2025-01-01',
  hourlyRate: eur(9_000),
  currency: 'EUR',
  contractedHoursPerMonth: 40,
  ...overrides,
});

/** The contract as ClientRegistered records it: notice period defaulted, no end date. */
export const contractTerms = (overrides: Partial<ContractTerms> = {}): ContractTerms => ({
  paymentTermsDays: 30,
  noticePeriodDays: DEFAULT_NOTICE_PERIOD_DAYS,
  exitClause: { text: 'Either party may end with notice', immediateExitFor: [] },
  startDate: '2025-01-01',
  endDate: null,
  hourlyRate: eur(9_000),
  currency: 'EUR',
  contractedHoursPerMonth: 40,
  ...overrides,
});

export const registerClient = (overrides: Partial<RegisterClient['data']> = {}, metadata: CommandMetadata = at): RegisterClient => ({
  type: 'RegisterClient',
  data: { clientId: CLIENT_ID, name: 'ACME Ltd', contract: aContract(), ...overrides },
  metadata,
});

export const clientRegistered = (
  contract: Partial<ContractTerms> = {},
  overrides: Partial<Omit<ClientRegistered['data'], 'contract'>> = {},
): ClientRegistered => ({
  type: 'ClientRegistered',
  data: { clientId: CLIENT_ID, name: 'ACME Ltd', clientSince: '2025-01-01', contract: contractTerms(contract), ...overrides },
});

export const amendContract = (changes: Omit<Partial<AmendContract['data']>, 'clientId'> = {}, metadata: CommandMetadata = at): AmendContract => ({
  type: 'AmendContract',
  data: { clientId: CLIENT_ID, reason: 'Renewal with new boundaries', ...changes },
  metadata,
});

// ---- invoicing and payments ------------------------------------------------------------------

export const issueInvoice = (overrides: Partial<IssueInvoice['data']> = {}, metadata: CommandMetadata = at): IssueInvoice => ({
  type: 'IssueInvoice',
  data: { clientId: CLIENT_ID, invoiceId: INVOICE_ID, amount: eur(100_000), issuedOn: '2026-01-10', ...overrides },
  metadata,
});

/** Invoice 42: EUR 1,000.00 issued 10 January 2026, due 30 days later. */
export const invoiceIssued = (overrides: Partial<InvoiceIssued['data']> = {}): InvoiceIssued => ({
  type: 'InvoiceIssued',
  data: {
    clientId: CLIENT_ID,
    invoiceId: INVOICE_ID,
    amount: eur(100_000),
    issuedOn: '2026-01-10',
    dueDate: '2026-02-09',
    description: null,
    ...overrides,
  },
});

export const recordPayment = (overrides: Partial<RecordPayment['data']> = {}, metadata: CommandMetadata = at): RecordPayment => ({
  type: 'RecordPayment',
  data: {
    clientId: CLIENT_ID,
    paymentId: 'PAY-1',
    invoiceId: INVOICE_ID,
    amount: eur(100_000),
    paidOn: '2026-02-20',
    ...overrides,
  },
  metadata,
});

export const paymentRecorded = (overrides: Partial<PaymentRecorded['data']> = {}): PaymentRecorded => ({
  type: 'PaymentRecorded',
  data: {
    clientId: CLIENT_ID,
    paymentId: 'PAY-1',
    invoiceId: INVOICE_ID,
    amount: eur(100_000),
    paidOn: '2026-02-20',
    kind: PaymentKind.Full,
    openBalanceAfter: eur(0),
    ...overrides,
  },
});

// ---- collection ------------------------------------------------------------------------------

export const recordExcuse = (overrides: Partial<RecordExcuse['data']> = {}, metadata: CommandMetadata = at): RecordExcuse => ({
  type: 'RecordExcuse',
  data: {
    clientId: CLIENT_ID,
    excuseId: 'EXC-1',
    category: ExcuseCategory.PersonOnHoliday,
    text: 'The person in charge of payments is on holiday',
    ...overrides,
  },
  metadata,
});

export const excuseRecorded = (overrides: Partial<ExcuseRecorded['data']> = {}): ExcuseRecorded => ({
  type: 'ExcuseRecorded',
  data: {
    clientId: CLIENT_ID,
    excuseId: 'EXC-1',
    invoiceId: null,
    category: ExcuseCategory.PersonOnHoliday,
    text: 'The person in charge of payments is on holiday',
    promisedDate: null,
    ...overrides,
  },
});

export const recordPromiseToPay = (overrides: Partial<RecordPromiseToPay['data']> = {}, metadata: CommandMetadata = at): RecordPromiseToPay => ({
  type: 'RecordPromiseToPay',
  data: {
    clientId: CLIENT_ID,
    promiseId: 'PTP-1',
    invoiceId: INVOICE_ID,
    amount: eur(100_000),
    promisedDate: '2026-03-15',
    ...overrides,
  },
  metadata,
});

export const promiseToPayRecorded = (overrides: Partial<PromiseToPayRecorded['data']> = {}): PromiseToPayRecorded => ({
  type: 'PromiseToPayRecorded',
  data: {
    clientId: CLIENT_ID,
    promiseId: 'PTP-1',
    invoiceId: INVOICE_ID,
    amount: eur(100_000),
    promisedDate: '2026-03-15',
    ...overrides,
  },
});

/** Two equal monthly instalments settling invoice 42. */
export const agreePaymentPlan = (overrides: Partial<AgreePaymentPlan['data']> = {}, metadata: CommandMetadata = at): AgreePaymentPlan => ({
  type: 'AgreePaymentPlan',
  data: {
    clientId: CLIENT_ID,
    planId: 'PLAN-1',
    invoiceIds: [INVOICE_ID],
    instalments: [
      { dueDate: '2026-03-15', amount: eur(50_000) },
      { dueDate: '2026-04-15', amount: eur(50_000) },
    ],
    ...overrides,
  },
  metadata,
});

export const paymentPlanAgreed = (overrides: Partial<PaymentPlanAgreed['data']> = {}): PaymentPlanAgreed => ({
  type: 'PaymentPlanAgreed',
  data: {
    clientId: CLIENT_ID,
    planId: 'PLAN-1',
    invoiceIds: [INVOICE_ID],
    instalments: [
      { instalmentNumber: 1, dueDate: '2026-03-15', amount: eur(50_000) },
      { instalmentNumber: 2, dueDate: '2026-04-15', amount: eur(50_000) },
    ],
    total: eur(100_000),
    ...overrides,
  },
});

export const recordReminder = (overrides: Partial<RecordReminder['data']> = {}, metadata: CommandMetadata = at): RecordReminder => ({
  type: 'RecordReminder',
  data: {
    clientId: CLIENT_ID,
    reminderId: 'REM-1',
    invoiceId: INVOICE_ID,
    step: ReminderStep.Friendly,
    channel: ReminderChannel.Email,
    ...overrides,
  },
  metadata,
});

export const reminderSent = (overrides: Partial<ReminderSent['data']> = {}): ReminderSent => ({
  type: 'ReminderSent',
  data: {
    clientId: CLIENT_ID,
    reminderId: 'REM-1',
    invoiceId: INVOICE_ID,
    step: ReminderStep.Friendly,
    channel: ReminderChannel.Email,
    note: null,
    ...overrides,
  },
});

// ---- complaints and scope changes ------------------------------------------------------------

export const fileComplaint = (overrides: Partial<FileComplaint['data']> = {}, metadata: CommandMetadata = at): FileComplaint => ({
  type: 'FileComplaint',
  data: {
    clientId: CLIENT_ID,
    complaintId: 'CMP-1',
    subject: 'Logo colours',
    text: 'The blue is not the blue we asked for',
    ...overrides,
  },
  metadata,
});

export const complaintFiled = (overrides: Partial<ComplaintFiled['data']> = {}): ComplaintFiled => ({
  type: 'ComplaintFiled',
  data: {
    clientId: CLIENT_ID,
    complaintId: 'CMP-1',
    subject: 'Logo colours',
    text: 'The blue is not the blue we asked for',
    disputedInvoiceId: null,
    ...overrides,
  },
});

export const resolveComplaint = (overrides: Partial<ResolveComplaint['data']> = {}, metadata: CommandMetadata = at): ResolveComplaint => ({
  type: 'ResolveComplaint',
  data: {
    clientId: CLIENT_ID,
    complaintId: 'CMP-1',
    outcome: ComplaintOutcome.Unfounded,
    resolution: 'The colours match the approved brand guide',
    ...overrides,
  },
  metadata,
});

export const complaintResolved = (overrides: Partial<ComplaintResolved['data']> = {}): ComplaintResolved => ({
  type: 'ComplaintResolved',
  data: {
    clientId: CLIENT_ID,
    complaintId: 'CMP-1',
    outcome: ComplaintOutcome.Unfounded,
    resolution: 'The colours match the approved brand guide',
    ...overrides,
  },
});

export const requestScopeChange = (overrides: Partial<RequestScopeChange['data']> = {}, metadata: CommandMetadata = at): RequestScopeChange => ({
  type: 'RequestScopeChange',
  data: { clientId: CLIENT_ID, scopeChangeId: 'SC-1', description: 'Add a second landing page', ...overrides },
  metadata,
});

export const scopeChangeRequested = (overrides: Partial<ScopeChangeRequested['data']> = {}): ScopeChangeRequested => ({
  type: 'ScopeChangeRequested',
  data: {
    clientId: CLIENT_ID,
    scopeChangeId: 'SC-1',
    description: 'Add a second landing page',
    estimatedMinutes: null,
    ...overrides,
  },
});

export const decideScopeChange = (overrides: Partial<DecideScopeChange['data']> = {}, metadata: CommandMetadata = at): DecideScopeChange => ({
  type: 'DecideScopeChange',
  data: {
    clientId: CLIENT_ID,
    scopeChangeId: 'SC-1',
    classification: ScopeClassification.OutOfContract,
    billable: true,
    ...overrides,
  },
  metadata,
});

export const scopeChangeDecided = (overrides: Partial<ScopeChangeDecided['data']> = {}): ScopeChangeDecided => ({
  type: 'ScopeChangeDecided',
  data: {
    clientId: CLIENT_ID,
    scopeChangeId: 'SC-1',
    classification: ScopeClassification.OutOfContract,
    billable: true,
    note: null,
    ...overrides,
  },
});

// ---- time, meetings, recommendations, abuse --------------------------------------------------

export const logTime = (overrides: Partial<LogTime['data']> = {}, metadata: CommandMetadata = at): LogTime => ({
  type: 'LogTime',
  data: {
    clientId: CLIENT_ID,
    timeEntryId: 'T-1',
    activity: 'Design review',
    minutes: 90,
    billable: true,
    workedOn: '2026-02-27',
    ...overrides,
  },
  metadata,
});

export const timeLogged = (overrides: Partial<TimeLogged['data']> = {}): TimeLogged => ({
  type: 'TimeLogged',
  data: {
    clientId: CLIENT_ID,
    timeEntryId: 'T-1',
    activity: 'Design review',
    minutes: 90,
    billable: true,
    workedOn: '2026-02-27',
    scopeChangeId: null,
    ...overrides,
  },
});

export const recordMeeting = (overrides: Partial<RecordMeeting['data']> = {}, metadata: CommandMetadata = at): RecordMeeting => ({
  type: 'RecordMeeting',
  data: {
    clientId: CLIENT_ID,
    meetingId: 'M-1',
    scheduledAt: '2026-02-27T10:00:00.000Z',
    outcome: MeetingOutcome.Held,
    ...overrides,
  },
  metadata,
});

export const meetingRecorded = (overrides: Partial<MeetingRecorded['data']> = {}): MeetingRecorded => ({
  type: 'MeetingRecorded',
  data: {
    clientId: CLIENT_ID,
    meetingId: 'M-1',
    scheduledAt: '2026-02-27T10:00:00.000Z',
    outcome: MeetingOutcome.Held,
    durationMinutes: null,
    note: null,
    ...overrides,
  },
});

export const recordRecommendation = (overrides: Partial<RecordRecommendation['data']> = {}, metadata: CommandMetadata = at): RecordRecommendation => ({
  type: 'RecordRecommendation',
  data: {
    clientId: CLIENT_ID,
    recommendationId: 'R-1',
    summary: 'Move hosting to a managed service',
    outcome: RecommendationOutcome.Rejected,
    ...overrides,
  },
  metadata,
});

export const recommendationRecorded = (overrides: Partial<RecommendationRecorded['data']> = {}): RecommendationRecorded => ({
  type: 'RecommendationRecorded',
  data: {
    clientId: CLIENT_ID,
    recommendationId: 'R-1',
    summary: 'Move hosting to a managed service',
    outcome: RecommendationOutcome.Rejected,
    ...overrides,
  },
});

export const reportAbuse = (overrides: Partial<ReportAbuse['data']> = {}, metadata: CommandMetadata = at): ReportAbuse => ({
  type: 'ReportAbuse',
  data: {
    clientId: CLIENT_ID,
    reportId: 'AB-1',
    severity: AbuseSeverity.Minor,
    description: 'Shouted at the account manager during the weekly call',
    reportedBy: 'Jane Doe',
    ...overrides,
  },
  metadata,
});

export const abuseReported = (overrides: Partial<AbuseReported['data']> = {}): AbuseReported => ({
  type: 'AbuseReported',
  data: {
    clientId: CLIENT_ID,
    reportId: 'AB-1',
    severity: AbuseSeverity.Minor,
    description: 'Shouted at the account manager during the weekly call',
    reportedBy: 'Jane Doe',
    ...overrides,
  },
});

/** Metadata whose fact claims to happen after the clock's now. */
export const fromTheFuture: CommandMetadata = { occurredAt: '2026-03-01T12:00:01.000Z', now: NOW };

// ---- effects of a termination ------------------------------------------------------------------

export const TERMINATION_ID = 'T-1';

export const offboardClient = (metadata: CommandMetadata = at): OffboardClient => ({
  type: 'OffboardClient',
  data: { clientId: CLIENT_ID, terminationId: TERMINATION_ID, offboardedOn: TODAY },
  metadata,
});

export const restrictNewWork = (policy: NewWorkPolicy, metadata: CommandMetadata = at): RestrictNewWork => ({
  type: 'RestrictNewWork',
  data: { clientId: CLIENT_ID, terminationId: TERMINATION_ID, policy },
  metadata,
});

export const liftNewWorkRestriction = (terminationId = TERMINATION_ID, metadata: CommandMetadata = at): LiftNewWorkRestriction => ({
  type: 'LiftNewWorkRestriction',
  data: { clientId: CLIENT_ID, terminationId },
  metadata,
});

const byTermination = { clientId: CLIENT_ID, terminationId: TERMINATION_ID };

export const clientOffboarded: ClientOffboarded = { type: 'ClientOffboarded', data: { ...byTermination, offboardedOn: TODAY } };
export const newWorkRefused: NewWorkRefused = { type: 'NewWorkRefused', data: byTermination };
export const workMovedToPrepayment: WorkMovedToPrepayment = { type: 'WorkMovedToPrepayment', data: byTermination };
export const newWorkRestrictionLifted: NewWorkRestrictionLifted = { type: 'NewWorkRestrictionLifted', data: byTermination };
