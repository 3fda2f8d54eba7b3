import { NewWorkPolicy } from '../client/client.vocabulary';
/**
 * Builders for the termination decider's specs: ACME's termination T-1, proposed by Alice for
 * non-payment on 1 March 2026 and approved by Bob. Test support only.
 */
import type { CommandMetadata } from '../client/client.commands';
import { ExitCause } from '../client/client.vocabulary';
import type { Money } from '../shared';
import type { ContractForTermination, ProposeTermination, TerminationCommand } from './termination.commands';
import type { TerminationEvidence } from './termination.evidence';
import type { ContractEvaluated, NoticeServed, TerminationEvent, TerminationProposed } from './termination.events';
import { EndDateBasis, NoticeChannel, SettlementOutcome, TerminationReason } from './termination.vocabulary';

export const TERMINATION_ID = 'T-1';
export const CLIENT_ID = 'acme';
export const NOW = '2026-03-01T12:00:00.000Z';
export const at: CommandMetadata = { occurredAt: '2026-03-01T09:00:00.000Z', now: NOW };
/** A later day's clock, for steps that only make sense once time has passed. */
export const on = (day: string): CommandMetadata => ({ occurredAt: `${day}T09:00:00.000Z`, now: `${day}T12:00:00.000Z` });

export const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

const ids = { terminationId: TERMINATION_ID, clientId: CLIENT_ID };

export const evidence = (overrides: Partial<TerminationEvidence> = {}): TerminationEvidence => ({
  asOf: '2026-03-01',
  riskScore: 72,
  riskBand: 'RED',
  recommendation: 'PROPOSE_TERMINATION',
  archetypes: ['NON_PAYER'],
  topFactors: ['payment lateness 25/25', 'broken promises 15/15: 3 of 3 broken'],
  currency: 'EUR',
  outstandingMinor: 250_000,
  overdueMinor: 250_000,
  contributionMarginMinor: -40_000,
  contributionMarginPercent: -12.5,
  ...overrides,
});

export const contract = (overrides: Partial<ContractForTermination> = {}): ContractForTermination => ({
  noticePeriodDays: 15,
  exitClause: { text: 'Either party may end with 15 days notice', immediateExitFor: [] },
  endDate: null,
  currency: 'EUR',
  ...overrides,
});

export const immediateExitContract = (...causes: ExitCause[]): ContractForTermination =>
  contract({
    exitClause: { text: 'Immediate exit for non-payment or abuse', immediateExitFor: causes.length ? causes : [ExitCause.NonPayment, ExitCause.Abuse] },
  });

type DataOf<T extends TerminationCommand['type']> = Omit<Extract<TerminationCommand, { type: T }>['data'], 'terminationId'>;

/** Any termination command for T-1, decided at `at` unless told otherwise. */
export const command = <T extends TerminationCommand['type']>(type: T, data: DataOf<T>, metadata: CommandMetadata = at) =>
  // TypeScript cannot correlate a generic type tag with its data; the parameters already tie them.
  ({ type, data: { terminationId: TERMINATION_ID, ...data }, metadata }) as unknown as Extract<TerminationCommand, { type: T }>;

export const propose = (overrides: Partial<ProposeTermination['data']> = {}, metadata: CommandMetadata = at): ProposeTermination => ({
  type: 'ProposeTermination',
  data: {
    terminationId: TERMINATION_ID,
    clientId: CLIENT_ID,
    reason: TerminationReason.NonPayment,
    explanation: 'Three broken promises and 2,500 EUR unpaid for 90 days',
    proposedBy: 'alice',
    evidence: evidence(),
    ...overrides,
  },
  metadata,
});

/** Any termination event for T-1. */
export const event = <T extends TerminationEvent['type']>(type: T, data: Omit<Extract<TerminationEvent, { type: T }>['data'], 'terminationId' | 'clientId'>) =>
  // As for commands: the parameters tie the tag to its data.
  ({ type, data: { ...ids, ...data } }) as unknown as Extract<TerminationEvent, { type: T }>;

export const proposed = (overrides: Partial<TerminationProposed['data']> = {}): TerminationProposed => ({
  type: 'TerminationProposed',
  data: {
    ...ids,
    reason: TerminationReason.NonPayment,
    explanation: 'Three broken promises and 2,500 EUR unpaid for 90 days',
    proposedBy: 'alice',
    proposedOn: '2026-03-01',
    evidence: evidence(),
    ...overrides,
  },
});

export const approved = event('TerminationApproved', { approvedBy: 'bob', approvedOn: '2026-03-01', note: null });

export const evaluated = (overrides: Partial<ContractEvaluated['data']> = {}): ContractEvaluated =>
  event('ContractEvaluated', {
    evaluatedOn: '2026-03-01',
    exitClauseText: 'Either party may end with 15 days notice',
    noticePeriodDays: 15,
    immediateExitAllowed: false,
    earliestLawfulEndDate: '2026-03-16',
    endOfTermDate: null,
    endDate: '2026-03-16',
    basis: EndDateBasis.NoticePeriod,
    currency: 'EUR',
    ...overrides,
  });

export const noticeServed = (overrides: Partial<NoticeServed['data']> = {}): NoticeServed =>
  event('NoticeServed', { channel: NoticeChannel.Email, servedOn: '2026-03-01', effectiveDate: '2026-03-16', immediate: false, ...overrides });

export const deliverablesConfirmed = event('DeliverablesConfirmed', {
  deliverables: [{ deliverableId: 'D-1', description: 'Final brand guidelines', dueOn: '2026-03-10' }],
});

export const deliverableCompleted = event('DeliverableCompleted', { deliverableId: 'D-1', completedOn: '2026-03-09' });

export const finalInvoiceIssued = event('FinalInvoiceIssued', {
  invoiceId: 'INV-FINAL',
  amount: eur(50_000),
  issuedOn: '2026-03-01',
  description: 'Final invoice of termination T-1',
});

export const newWorkRefused = event('NewWorkRestricted', { policy: NewWorkPolicy.Refused });

export const settledPaid = event('SettlementRecorded', {
  outcome: SettlementOutcome.Paid,
  decidedBy: 'bob',
  settledOn: '2026-03-12',
  outstanding: eur(0),
  expectedRecoveryMinor: null,
  recoveryCostMinor: null,
  note: null,
});

export const planDelivered = event('TransitionPlanDelivered', {
  summary: 'Hand over files and access to Globex',
  deliveredOn: '2026-03-12',
  handoverTo: 'Globex',
});

export const actionRequested = (n: number, action: Extract<TerminationEvent, { type: 'ClientActionRequested' }>['data']['action']) =>
  event('ClientActionRequested', { requestId: `${TERMINATION_ID}:${n}`, action });

export const noticeRecordedOnClient = (n: number, overrides: Partial<NoticeServed['data']> = {}) => {
  const { channel, servedOn, effectiveDate } = noticeServed(overrides).data;
  return actionRequested(n, { type: 'RecordNoticeOfTermination', reason: TerminationReason.NonPayment, channel, servedOn, effectiveDate });
};

/** Approved, contract evaluated (15 days' notice), notice served on 1 March, effective 16 March. */
export const noticeGiven: TerminationEvent[] = [proposed(), approved, evaluated(), noticeServed(), noticeRecordedOnClient(1)];

/** Everything offboarding needs, with the two client actions it asked for. */
export const readyToOffboard: TerminationEvent[] = [
  ...noticeGiven,
  deliverablesConfirmed,
  deliverableCompleted,
  finalInvoiceIssued,
  actionRequested(2, {
    type: 'IssueInvoice',
    invoiceId: 'INV-FINAL',
    amount: eur(50_000),
    issuedOn: '2026-03-01',
    description: 'Final invoice of termination T-1',
  }),
  newWorkRefused,
  actionRequested(3, { type: 'RestrictNewWork', policy: NewWorkPolicy.Refused }),
  settledPaid,
  planDelivered,
];
