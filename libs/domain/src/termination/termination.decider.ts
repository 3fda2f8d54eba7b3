import { ExitCause } from '../client/client.vocabulary';
import type { CommandMetadata } from '../client/client.commands';
import { addDays, assertNever, dateOf, daysBetween, type Decider, DomainError, isInstant, isLocalDate, type LocalDate, type Money } from '../shared';
import type {
  ApproveTermination,
  CancelTermination,
  CompleteDeliverable,
  CompleteOffboarding,
  ConfirmDeliverables,
  ContractForTermination,
  DecideNewWork,
  DeliverTransitionPlan,
  EvaluateContract,
  IssueFinalInvoice,
  ObserveClientPayment,
  ProposeTermination,
  RecordDeadlinePassed,
  RecordSettlement,
  RejectTermination,
  ServeNotice,
  TerminationCommand,
} from './termination.commands';
import { TerminationErrors } from './termination.errors';
import { checkTerminationInputLimits } from './termination.limits';
import type { ClientAction, Escalation, NoticeServed, TerminationEvent } from './termination.events';
import { evolveTermination, initialTerminationState, type TerminationProcess, type TerminationState } from './termination.state';
import {
  EndDateBasis,
  EscalationKind,
  type NoticeChannel,
  SettlementOutcome,
  TerminationDeadline,
  TerminationReason,
  TerminationStatus,
} from './termination.vocabulary';

type Decision = readonly TerminationEvent[] | DomainError;

/**
 * "Ending at the contract's end beats breaking it midway": when the term ends at most this many
 * days after the earliest lawful end date, the process waits for it.
 */
export const END_OF_TERM_WAIT_LIMIT_DAYS = 60;

const SYSTEM_ACTOR = 'system';

const firstFailure = (...checks: (DomainError | null)[]): DomainError | null => checks.find((c) => c !== null) ?? null;

const checkText = (field: string, value: string | undefined): DomainError | null =>
  value === undefined || value.trim().length > 0 ? null : TerminationErrors.invalidText(field);

const checkTime = ({ occurredAt, now }: CommandMetadata): DomainError | null => {
  if (!isInstant(occurredAt)) return TerminationErrors.invalidDate('occurredAt', occurredAt);
  return Date.parse(occurredAt) > Date.parse(now) ? TerminationErrors.occursInFuture('occurredAt', occurredAt, now) : null;
};

/** A business date the command reports: a real day, and not one still to come. */
const checkPastDate = (field: string, value: LocalDate, metadata: CommandMetadata): DomainError | null => {
  if (!isLocalDate(value)) return TerminationErrors.invalidDate(field, value);
  const today = dateOf(metadata.now);
  return value > today ? TerminationErrors.occursInFuture(field, value, today) : null;
};

const checkMoney = (field: string, amount: Money, currency: string, allowZero: boolean): DomainError | null => {
  const { amountMinor } = amount;
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0 || (!allowZero && amountMinor === 0)) return TerminationErrors.invalidAmount(field, amountMinor);
  return amount.currency === currency ? null : TerminationErrors.currencyMismatch(amount.currency, currency);
};

const checkMinor = (field: string, value: number | undefined): DomainError | null => {
  if (value === undefined) return TerminationErrors.costOfRecoveryRule(`The cost-of-recovery rule needs ${field}`, { field });
  return !Number.isSafeInteger(value) || value < 0 ? TerminationErrors.invalidAmount(field, value) : null;
};

const dayOf = (metadata: CommandMetadata): LocalDate => dateOf(metadata.occurredAt);

const ids = (process: TerminationProcess) => ({ terminationId: process.terminationId, clientId: process.clientId });

/** The events asking the client aggregate for actions, numbered after those already asked. */
const requestActions = (process: TerminationProcess, actions: readonly ClientAction[]): TerminationEvent[] =>
  actions.map((action, index) => ({
    type: 'ClientActionRequested',
    data: { ...ids(process), requestId: `${process.terminationId}:${process.clientActions.length + index + 1}`, action },
  }));

/** Refuses every command on a process that is not running, with the reason it is not. */
const running = (state: TerminationState, terminationId: string): TerminationProcess | DomainError => {
  switch (state.status) {
    case 'NONE':
      return TerminationErrors.notProposed(terminationId);
    case TerminationStatus.Rejected:
      return TerminationErrors.rejected(terminationId);
    case TerminationStatus.Cancelled:
      return TerminationErrors.cancelled(terminationId);
    case TerminationStatus.Offboarded:
      return TerminationErrors.alreadyOffboarded(terminationId);
    default:
      return state;
  }
};

/** Wind-down, settlement and the transition plan follow the notice, in any order. */
const afterNotice = (process: TerminationProcess): (TerminationProcess & { notice: NoticeServed['data'] }) | DomainError =>
  process.status === TerminationStatus.NoticeServed && process.notice !== null ? { ...process, notice: process.notice } : TerminationErrors.noticeNotServed();

const exitCauseOf = (reason: TerminationReason): ExitCause | null => {
  if (reason === TerminationReason.NonPayment) return ExitCause.NonPayment;
  if (reason === TerminationReason.Abuse) return ExitCause.Abuse;
  return null;
};

/** When a relationship ended for `reason` on `on` may lawfully end, and when the process would end it. */
export interface LawfulEnd {
  /** The exit clause allows ending now for this cause (non-payment, abuse). */
  readonly immediateExitAllowed: boolean;
  /** `on` when immediate exit is allowed, otherwise `on` plus the notice period. */
  readonly earliestLawfulEndDate: LocalDate;
  /** The earliest lawful end date, or the end of the term when it comes soon enough after it. */
  readonly endDate: LocalDate;
  readonly basis: EndDateBasis;
}

/** The exit clause and notice rules of the contract evaluation, for a process or a what-if. */
export function lawfulEndOf(contract: ContractForTermination, reason: TerminationReason, on: LocalDate): LawfulEnd {
  const cause = exitCauseOf(reason);
  const immediateExitAllowed = cause !== null && contract.exitClause.immediateExitFor.includes(cause);
  const earliestLawfulEndDate = immediateExitAllowed ? on : addDays(on, contract.noticePeriodDays);
  const endOfTerm = contract.endDate;
  const waitForEndOfTerm =
    !immediateExitAllowed && endOfTerm !== null && endOfTerm >= on && daysBetween(earliestLawfulEndDate, endOfTerm) <= END_OF_TERM_WAIT_LIMIT_DAYS;
  const basis = waitForEndOfTerm ? EndDateBasis.EndOfTerm : immediateExitAllowed ? EndDateBasis.ImmediateForCause : EndDateBasis.NoticePeriod;
  return { immediateExitAllowed, earliestLawfulEndDate, endDate: waitForEndOfTerm && endOfTerm !== null ? endOfTerm : earliestLawfulEndDate, basis };
}

const propose = ({ data, metadata }: ProposeTermination, state: TerminationState): Decision => {
  if (state.status !== 'NONE') return TerminationErrors.alreadyProposed(data.terminationId);
  const failure = firstFailure(
    checkTime(metadata),
    checkText('terminationId', data.terminationId),
    checkText('clientId', data.clientId),
    checkText('explanation', data.explanation),
    checkText('proposedBy', data.proposedBy),
    Object.values(TerminationReason).includes(data.reason) ? null : TerminationErrors.invalidText('reason'),
  );
  if (failure) return failure;
  return [
    {
      type: 'TerminationProposed',
      data: {
        terminationId: data.terminationId,
        clientId: data.clientId,
        reason: data.reason,
        explanation: data.explanation.trim(),
        proposedBy: data.proposedBy.trim(),
        ...(data.proposedByPrincipal === undefined ? {} : { proposedByPrincipal: data.proposedByPrincipal }),
        proposedOn: dayOf(metadata),
        evidence: data.evidence,
      },
    },
  ];
};

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Four eyes: the approver is neither the person who proposed (names compared without case) nor
 * the credential that proposed, so a service naming two different people still counts as one.
 * Proposals recorded before authentication have no principal: their proposer's name stands in.
 */
const isProposer = (process: TerminationProcess, data: ApproveTermination['data']): boolean =>
  sameName(data.approvedBy, process.proposedBy) ||
  (data.approvedByPrincipal !== undefined && data.approvedByPrincipal === (process.proposedByPrincipal ?? process.proposedBy));

const approve = ({ data, metadata }: ApproveTermination, process: TerminationProcess): Decision => {
  if (process.status !== TerminationStatus.Proposed) return TerminationErrors.alreadyDecided(process.status);
  const failure = firstFailure(checkTime(metadata), checkText('approvedBy', data.approvedBy), checkText('note', data.note));
  if (failure) return failure;
  if (isProposer(process, data)) return TerminationErrors.selfApproval(process.proposedBy);
  const principal = data.approvedByPrincipal === undefined ? {} : { approvedByPrincipal: data.approvedByPrincipal };
  return [
    {
      type: 'TerminationApproved',
      data: { ...ids(process), approvedBy: data.approvedBy.trim(), ...principal, approvedOn: dayOf(metadata), note: data.note?.trim() ?? null },
    },
  ];
};

const reject = ({ data, metadata }: RejectTermination, process: TerminationProcess): Decision => {
  if (process.status !== TerminationStatus.Proposed) return TerminationErrors.alreadyDecided(process.status);
  const failure = firstFailure(checkTime(metadata), checkText('rejectedBy', data.rejectedBy), checkText('reason', data.reason));
  if (failure) return failure;
  return [
    {
      type: 'TerminationRejected',
      data: { ...ids(process), rejectedBy: data.rejectedBy.trim(), rejectedOn: dayOf(metadata), reason: data.reason.trim() },
    },
  ];
};

const evaluateContract = ({ data, metadata }: EvaluateContract, process: TerminationProcess): Decision => {
  if (process.status === TerminationStatus.Proposed) return TerminationErrors.notApproved();
  if (process.status !== TerminationStatus.Approved) return TerminationErrors.contractAlreadyEvaluated();
  const failure = checkTime(metadata);
  if (failure) return failure;
  const { contract } = data;
  const evaluatedOn = dayOf(metadata);
  const { immediateExitAllowed, earliestLawfulEndDate, endDate, basis } = lawfulEndOf(contract, process.reason, evaluatedOn);
  const evaluated: TerminationEvent = {
    type: 'ContractEvaluated',
    data: {
      ...ids(process),
      evaluatedOn,
      exitClauseText: contract.exitClause.text,
      noticePeriodDays: contract.noticePeriodDays,
      immediateExitAllowed,
      earliestLawfulEndDate,
      endOfTermDate: contract.endDate,
      endDate,
      basis,
      currency: contract.currency,
    },
  };
  if (data.immediateNoticeChannel === undefined) return [evaluated];
  if (process.reason !== TerminationReason.Abuse || !immediateExitAllowed) return TerminationErrors.immediateNoticeNotAllowed(process.reason);
  return [evaluated, ...noticeEvents(process, data.immediateNoticeChannel, evaluatedOn, evaluatedOn)];
};

/** The notice, and the client told of it on its own timeline. */
const noticeEvents = (process: TerminationProcess, channel: NoticeChannel, servedOn: LocalDate, effectiveDate: LocalDate): TerminationEvent[] => [
  { type: 'NoticeServed', data: { ...ids(process), channel, servedOn, effectiveDate, immediate: effectiveDate === servedOn } },
  ...requestActions(process, [{ type: 'RecordNoticeOfTermination', reason: process.reason, channel, servedOn, effectiveDate }]),
];

const serveNotice = ({ data, metadata }: ServeNotice, process: TerminationProcess): Decision => {
  if (process.status === TerminationStatus.Proposed) return TerminationErrors.notApproved();
  if (process.status === TerminationStatus.Approved || process.contract === null) return TerminationErrors.contractNotEvaluated();
  if (process.status !== TerminationStatus.ContractEvaluated) return TerminationErrors.noticeAlreadyServed();
  const contract = process.contract;
  const failure = firstFailure(
    checkTime(metadata),
    checkPastDate('servedOn', data.servedOn, metadata),
    data.effectiveDate !== undefined && !isLocalDate(data.effectiveDate) ? TerminationErrors.invalidDate('effectiveDate', data.effectiveDate) : null,
  );
  if (failure) return failure;
  // Served later than evaluated: the notice period runs from the day it is served.
  const byNotice = contract.immediateExitAllowed ? data.servedOn : addDays(data.servedOn, contract.noticePeriodDays);
  const earliest =
    contract.basis === EndDateBasis.EndOfTerm && contract.endOfTermDate !== null && contract.endOfTermDate < byNotice ? contract.endOfTermDate : byNotice;
  const effectiveDate = data.effectiveDate ?? (contract.endDate > earliest ? contract.endDate : earliest);
  if (effectiveDate < earliest) return TerminationErrors.noticeTooShort(effectiveDate, earliest);
  return noticeEvents(process, data.channel, data.servedOn, effectiveDate);
};

const confirmDeliverables = ({ data, metadata }: ConfirmDeliverables, process: TerminationProcess): Decision => {
  const served = afterNotice(process);
  if (served instanceof DomainError) return served;
  if (served.deliverables !== null) return TerminationErrors.deliverablesAlreadyConfirmed();
  const seen = new Set<string>();
  for (const [index, item] of data.deliverables.entries()) {
    const field = `deliverables[${index}]`;
    const failure = firstFailure(
      checkText(`${field}.deliverableId`, item.deliverableId),
      checkText(`${field}.description`, item.description),
      isLocalDate(item.dueOn) ? null : TerminationErrors.invalidDate(`${field}.dueOn`, item.dueOn),
      seen.has(item.deliverableId)
        ? TerminationErrors.deliverableInvalid(`Deliverable ${item.deliverableId} is listed twice`, { deliverableId: item.deliverableId })
        : null,
      item.dueOn > served.notice.effectiveDate
        ? TerminationErrors.deliverableInvalid(
            `Deliverable ${item.deliverableId} is due ${item.dueOn}, after the relationship ends on ${served.notice.effectiveDate}`,
            { deliverableId: item.deliverableId, dueOn: item.dueOn, effectiveDate: served.notice.effectiveDate },
          )
        : null,
    );
    if (failure) return failure;
    seen.add(item.deliverableId);
  }
  const failure = checkTime(metadata);
  if (failure) return failure;
  return [
    {
      type: 'DeliverablesConfirmed',
      data: {
        ...ids(process),
        deliverables: data.deliverables.map((item) => ({
          deliverableId: item.deliverableId.trim(),
          description: item.description.trim(),
          dueOn: item.dueOn,
        })),
      },
    },
  ];
};

const completeDeliverable = ({ data, metadata }: CompleteDeliverable, process: TerminationProcess): Decision => {
  const served = afterNotice(process);
  if (served instanceof DomainError) return served;
  if (served.deliverables === null) return TerminationErrors.deliverablesNotConfirmed();
  const deliverable = served.deliverables.find((item) => item.deliverableId === data.deliverableId);
  if (!deliverable) return TerminationErrors.deliverableNotFound(data.deliverableId);
  if (deliverable.completedOn !== null) return TerminationErrors.deliverableAlreadyCompleted(data.deliverableId);
  const failure = firstFailure(checkTime(metadata), checkPastDate('completedOn', data.completedOn, metadata));
  if (failure) return failure;
  return [{ type: 'DeliverableCompleted', data: { ...ids(process), deliverableId: data.deliverableId, completedOn: data.completedOn } }];
};

const issueFinalInvoice = ({ data, metadata }: IssueFinalInvoice, process: TerminationProcess): Decision => {
  const served = afterNotice(process);
  if (served instanceof DomainError) return served;
  if (served.finalInvoice !== null) return TerminationErrors.finalInvoiceAlreadyIssued(served.finalInvoice.invoiceId);
  const currency = served.contract?.currency ?? data.amount.currency;
  const failure = firstFailure(
    checkTime(metadata),
    checkText('invoiceId', data.invoiceId),
    checkText('description', data.description),
    checkMoney('amount', data.amount, currency, false),
    checkPastDate('issuedOn', data.issuedOn, metadata),
  );
  if (failure) return failure;
  const description = data.description?.trim() ?? `Final invoice of termination ${process.terminationId}`;
  return [
    { type: 'FinalInvoiceIssued', data: { ...ids(process), invoiceId: data.invoiceId, amount: data.amount, issuedOn: data.issuedOn, description } },
    ...requestActions(process, [{ type: 'IssueInvoice', invoiceId: data.invoiceId, amount: data.amount, issuedOn: data.issuedOn, description }]),
  ];
};

const decideNewWork = ({ data, metadata }: DecideNewWork, process: TerminationProcess): Decision => {
  const served = afterNotice(process);
  if (served instanceof DomainError) return served;
  if (served.newWorkPolicy !== null) return TerminationErrors.newWorkAlreadyDecided(served.newWorkPolicy);
  const failure = checkTime(metadata);
  if (failure) return failure;
  return [
    { type: 'NewWorkRestricted', data: { ...ids(process), policy: data.policy } },
    ...requestActions(process, [{ type: 'RestrictNewWork', policy: data.policy }]),
  ];
};

/** Paid means nothing is owed; otherwise the cost-of-recovery rule picks collection or write-off. */
const checkCostOfRecovery = (data: RecordSettlement['data']): DomainError | null => {
  const outstandingMinor = data.outstanding.amountMinor;
  if (data.outcome === SettlementOutcome.Paid) return outstandingMinor === 0 ? null : TerminationErrors.balanceStillOpen(outstandingMinor);
  if (outstandingMinor === 0) return TerminationErrors.nothingOutstanding(data.outcome);
  const failure = firstFailure(checkMinor('expectedRecoveryMinor', data.expectedRecoveryMinor), checkMinor('recoveryCostMinor', data.recoveryCostMinor));
  if (failure) return failure;
  const expected = data.expectedRecoveryMinor ?? 0;
  const cost = data.recoveryCostMinor ?? 0;
  const details = { expectedRecoveryMinor: expected, recoveryCostMinor: cost, outcome: data.outcome };
  if (expected > outstandingMinor)
    return TerminationErrors.costOfRecoveryRule(`Expected recovery ${expected} exceeds what is owed (${outstandingMinor})`, details);
  const worthIt = expected - cost > 0;
  if (data.outcome === SettlementOutcome.SentToCollection && !worthIt)
    return TerminationErrors.costOfRecoveryRule(`Recovery would cost ${cost} to bring in ${expected}: not worth pursuing, write it off`, details);
  if (data.outcome === SettlementOutcome.WrittenOff && worthIt)
    return TerminationErrors.costOfRecoveryRule(
      `Recovery would bring in ${expected} for a cost of ${cost}: send it to collection instead of writing it off`,
      details,
    );
  return null;
};

const recordSettlement = ({ data, metadata }: RecordSettlement, process: TerminationProcess): Decision => {
  const served = afterNotice(process);
  if (served instanceof DomainError) return served;
  if (served.settlement !== null) return TerminationErrors.settlementAlreadyRecorded(served.settlement.outcome);
  if (served.finalInvoice === null) return TerminationErrors.finalInvoiceNotIssued();
  const failure = firstFailure(
    checkTime(metadata),
    checkText('decidedBy', data.decidedBy),
    checkText('note', data.note),
    checkMoney('outstanding', data.outstanding, served.finalInvoice.amount.currency, true),
    checkCostOfRecovery(data),
  );
  if (failure) return failure;
  const paid = data.outcome === SettlementOutcome.Paid;
  return [
    {
      type: 'SettlementRecorded',
      data: {
        ...ids(process),
        outcome: data.outcome,
        decidedBy: data.decidedBy.trim(),
        settledOn: dayOf(metadata),
        outstanding: data.outstanding,
        expectedRecoveryMinor: paid ? null : (data.expectedRecoveryMinor ?? null),
        recoveryCostMinor: paid ? null : (data.recoveryCostMinor ?? null),
        note: data.note?.trim() ?? null,
      },
    },
    // Written off on the client's stream too, so AR, credit loss and margin stop counting it.
    ...(data.outcome === SettlementOutcome.WrittenOff
      ? requestActions(process, [
          {
            type: 'WriteOffOutstanding',
            amount: data.outstanding,
            reason: data.note?.trim() || `Written off at the settlement of termination ${process.terminationId}`,
          },
        ])
      : []),
  ];
};

const deliverTransitionPlan = ({ data, metadata }: DeliverTransitionPlan, process: TerminationProcess): Decision => {
  const served = afterNotice(process);
  if (served instanceof DomainError) return served;
  if (served.transitionPlanDeliveredOn !== null) return TerminationErrors.transitionPlanAlreadyDelivered();
  const failure = firstFailure(
    checkTime(metadata),
    checkText('summary', data.summary),
    checkText('handoverTo', data.handoverTo),
    checkPastDate('deliveredOn', data.deliveredOn, metadata),
  );
  if (failure) return failure;
  return [
    {
      type: 'TransitionPlanDelivered',
      data: { ...ids(process), summary: data.summary.trim(), deliveredOn: data.deliveredOn, handoverTo: data.handoverTo?.trim() ?? null },
    },
  ];
};

/** Cancelling compensates what the process did to the client: the notice and any work restriction. */
const cancel = ({ data, metadata }: CancelTermination, process: TerminationProcess): Decision => {
  const failure = firstFailure(checkTime(metadata), checkText('cancelledBy', data.cancelledBy), checkText('note', data.note));
  if (failure) return failure;
  const on = dayOf(metadata);
  return [
    {
      type: 'TerminationCancelled',
      data: { ...ids(process), cancelledBy: data.cancelledBy.trim(), cancelledOn: on, reason: data.reason, note: data.note?.trim() ?? null },
    },
    ...(process.notice !== null ? [{ type: 'NoticeWithdrawn' as const, data: { ...ids(process), withdrawnOn: on } }] : []),
    ...requestActions(process, [
      ...(process.notice !== null ? [{ type: 'WithdrawNoticeOfTermination' as const }] : []),
      ...(process.newWorkPolicy !== null ? [{ type: 'LiftNewWorkRestriction' as const }] : []),
    ]),
  ];
};

/** What wind-down still lacks, in words; empty when it is done. */
const windDownGaps = (process: TerminationProcess): string[] => [
  ...(process.finalInvoice === null ? ['final invoice not issued'] : []),
  ...(process.newWorkPolicy === null ? ['new work neither refused nor moved to prepayment'] : []),
];

const openDeliverables = (process: TerminationProcess): string[] =>
  (process.deliverables ?? []).filter((item) => item.completedOn === null).map((item) => item.deliverableId);

const completeOffboarding = ({ data, metadata }: CompleteOffboarding, process: TerminationProcess): Decision => {
  const served = afterNotice(process);
  if (served instanceof DomainError) return served;
  const failure = firstFailure(checkTime(metadata), checkText('offboardedBy', data.offboardedBy));
  if (failure) return failure;
  const today = dateOf(metadata.now);
  if (today < served.notice.effectiveDate) return TerminationErrors.noticePeriodNotElapsed(served.notice.effectiveDate, today);
  if (served.deliverables === null) return TerminationErrors.deliverablesNotConfirmed();
  const open = openDeliverables(served);
  if (open.length > 0) return TerminationErrors.deliverablesOutstanding(open.join(', '));
  const gaps = windDownGaps(served);
  if (gaps.length > 0) return TerminationErrors.windDownIncomplete(gaps.join('; '));
  if (served.settlement === null) return TerminationErrors.notSettled();
  if (served.transitionPlanDeliveredOn === null) return TerminationErrors.transitionPlanMissing();
  const on = today;
  return [
    { type: 'TerminationOffboarded', data: { ...ids(process), offboardedBy: data.offboardedBy.trim(), offboardedOn: on } },
    ...requestActions(process, [{ type: 'OffboardClient', offboardedOn: on }]),
  ];
};

/** A payment that clears the client's whole balance after the final invoice settles it as paid. */
const observeClientPayment = ({ data }: ObserveClientPayment, state: TerminationState): Decision => {
  if (state.status !== TerminationStatus.NoticeServed || state.settlement !== null || state.finalInvoice === null) return [];
  if (data.clientOpenBalance.amountMinor !== 0) return [];
  return [
    {
      type: 'SettlementRecorded',
      data: {
        ...ids(state),
        outcome: SettlementOutcome.Paid,
        decidedBy: SYSTEM_ACTOR,
        settledOn: data.paidOn,
        outstanding: data.clientOpenBalance,
        expectedRecoveryMinor: null,
        recoveryCostMinor: null,
        note: `Paid in full (payment ${data.paymentId})`,
      },
    },
  ];
};

const escalation = (kind: EscalationKind, dueOn: LocalDate, raisedOn: LocalDate, message: string, subject: string | null = null): Escalation => ({
  kind,
  subject,
  dueOn,
  raisedOn,
  message,
});

/**
 * A deadline came: record it and raise what is unmet. A timer for a process that has ended,
 * or a deadline already handled, changes nothing (timers may fire again after a crash).
 */
const recordDeadlinePassed = ({ data }: RecordDeadlinePassed, state: TerminationState): Decision => {
  if (state.status !== TerminationStatus.NoticeServed || state.notice === null) return [];
  const raisedOn = data.dueOn;
  switch (data.deadline) {
    case TerminationDeadline.NoticePeriodEnd: {
      if (state.noticePeriodElapsed) return [];
      const dueOn = state.notice.effectiveDate;
      const gaps = [...(state.deliverables === null ? ['owed deliverables not confirmed'] : []), ...windDownGaps(state)];
      const escalations = [
        ...(gaps.length > 0
          ? [escalation(EscalationKind.WindDownIncomplete, dueOn, raisedOn, `Notice took effect with wind-down unfinished: ${gaps.join('; ')}`)]
          : []),
        ...(state.settlement === null ? [escalation(EscalationKind.SettlementOverdue, dueOn, raisedOn, 'Notice took effect with no settlement recorded')] : []),
        ...(state.transitionPlanDeliveredOn === null
          ? [escalation(EscalationKind.TransitionPlanOverdue, dueOn, raisedOn, 'Notice took effect and the client has no transition plan')]
          : []),
      ];
      return [
        { type: 'NoticePeriodElapsed', data: { ...ids(state), effectiveDate: dueOn } },
        ...escalations.map((item) => ({ type: 'TerminationEscalated' as const, data: { ...ids(state), escalation: item } })),
      ];
    }
    case TerminationDeadline.DeliverableDue: {
      const deliverable = state.deliverables?.find((item) => item.deliverableId === data.subject);
      if (!deliverable || deliverable.completedOn !== null) return [];
      const already = state.escalations.some((item) => item.kind === EscalationKind.DeliverableOverdue && item.subject === deliverable.deliverableId);
      if (already) return [];
      const raised = escalation(
        EscalationKind.DeliverableOverdue,
        deliverable.dueOn,
        raisedOn,
        `Deliverable ${deliverable.deliverableId} (${deliverable.description}) was due ${deliverable.dueOn} and is not completed`,
        deliverable.deliverableId,
      );
      return [{ type: 'TerminationEscalated', data: { ...ids(state), escalation: raised } }];
    }
    default:
      return assertNever(data.deadline);
  }
};

export const decideTermination = (command: TerminationCommand, state: TerminationState): Decision => {
  const outOfBounds = checkTerminationInputLimits(command);
  if (outOfBounds) return outOfBounds;
  switch (command.type) {
    case 'ProposeTermination':
      return propose(command, state);
    case 'ObserveClientPayment':
      return observeClientPayment(command, state);
    case 'RecordDeadlinePassed':
      return recordDeadlinePassed(command, state);
    default:
      break;
  }
  const process = running(state, command.data.terminationId);
  if (process instanceof DomainError) return process;
  switch (command.type) {
    case 'ApproveTermination':
      return approve(command, process);
    case 'RejectTermination':
      return reject(command, process);
    case 'EvaluateContract':
      return evaluateContract(command, process);
    case 'ServeNotice':
      return serveNotice(command, process);
    case 'ConfirmDeliverables':
      return confirmDeliverables(command, process);
    case 'CompleteDeliverable':
      return completeDeliverable(command, process);
    case 'IssueFinalInvoice':
      return issueFinalInvoice(command, process);
    case 'DecideNewWork':
      return decideNewWork(command, process);
    case 'RecordSettlement':
      return recordSettlement(command, process);
    case 'DeliverTransitionPlan':
      return deliverTransitionPlan(command, process);
    case 'CancelTermination':
      return cancel(command, process);
    case 'CompleteOffboarding':
      return completeOffboarding(command, process);
    default:
      return assertNever(command);
  }
};

export const terminationDecider: Decider<TerminationCommand, TerminationEvent, TerminationState> = {
  decide: decideTermination,
  evolve: evolveTermination,
  initialState: initialTerminationState,
};
