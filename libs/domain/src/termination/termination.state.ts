import type { NewWorkPolicy } from '../client/client.vocabulary';
import { assertNever, type LocalDate, type Money } from '../shared';
import type { TerminationEvidence } from './termination.evidence';
import type { ClientAction, ContractEvaluated, Escalation, NoticeServed, SettlementRecorded, TerminationEvent } from './termination.events';
import { type TerminationReason, TerminationStatus } from './termination.vocabulary';

export interface DeliverableState {
  readonly deliverableId: string;
  readonly description: string;
  readonly dueOn: LocalDate;
  readonly completedOn: LocalDate | null;
}

export interface TerminationProcess {
  readonly status: TerminationStatus;
  readonly terminationId: string;
  readonly clientId: string;
  readonly reason: TerminationReason;
  readonly explanation: string;
  readonly proposedBy: string;
  /** The credential that proposed; absent for proposals recorded before authentication. */
  readonly proposedByPrincipal?: string;
  readonly proposedOn: LocalDate;
  readonly evidence: TerminationEvidence;
  readonly decidedBy: string | null;
  readonly contract: ContractEvaluated['data'] | null;
  readonly notice: NoticeServed['data'] | null;
  /** null until the owed deliverables are confirmed (an empty list means nothing is owed). */
  readonly deliverables: readonly DeliverableState[] | null;
  readonly finalInvoice: { readonly invoiceId: string; readonly amount: Money } | null;
  readonly newWorkPolicy: NewWorkPolicy | null;
  readonly settlement: SettlementRecorded['data'] | null;
  readonly transitionPlanDeliveredOn: LocalDate | null;
  readonly noticePeriodElapsed: boolean;
  readonly escalations: readonly Escalation[];
  readonly clientActions: readonly ClientAction[];
}

export type TerminationState = { readonly status: 'NONE' } | TerminationProcess;

export const initialTerminationState = (): TerminationState => ({ status: 'NONE' });

/** Still running: every command may act on it, and cancel may withdraw it. */
export const isActiveTermination = (state: TerminationState): state is TerminationProcess =>
  state.status !== 'NONE' &&
  state.status !== TerminationStatus.Rejected &&
  state.status !== TerminationStatus.Cancelled &&
  state.status !== TerminationStatus.Offboarded;

export const evolveTermination = (state: TerminationState, event: TerminationEvent): TerminationState => {
  if (event.type === 'TerminationProposed') {
    const { terminationId, clientId, reason, explanation, proposedBy, proposedByPrincipal, proposedOn, evidence } = event.data;
    return {
      status: TerminationStatus.Proposed,
      terminationId,
      clientId,
      reason,
      explanation,
      proposedBy,
      ...(proposedByPrincipal === undefined ? {} : { proposedByPrincipal }),
      proposedOn,
      evidence,
      decidedBy: null,
      contract: null,
      notice: null,
      deliverables: null,
      finalInvoice: null,
      newWorkPolicy: null,
      settlement: null,
      transitionPlanDeliveredOn: null,
      noticePeriodElapsed: false,
      escalations: [],
      clientActions: [],
    };
  }
  if (state.status === 'NONE') return state;
  switch (event.type) {
    case 'TerminationApproved':
      return { ...state, status: TerminationStatus.Approved, decidedBy: event.data.approvedBy };
    case 'TerminationRejected':
      return { ...state, status: TerminationStatus.Rejected, decidedBy: event.data.rejectedBy };
    case 'ContractEvaluated':
      return { ...state, status: TerminationStatus.ContractEvaluated, contract: event.data };
    case 'NoticeServed':
      return { ...state, status: TerminationStatus.NoticeServed, notice: event.data };
    case 'DeliverablesConfirmed':
      return { ...state, deliverables: event.data.deliverables.map((item) => ({ ...item, completedOn: null })) };
    case 'DeliverableCompleted':
      return {
        ...state,
        deliverables: (state.deliverables ?? []).map((item) =>
          item.deliverableId === event.data.deliverableId ? { ...item, completedOn: event.data.completedOn } : item,
        ),
      };
    case 'FinalInvoiceIssued':
      return { ...state, finalInvoice: { invoiceId: event.data.invoiceId, amount: event.data.amount } };
    case 'NewWorkRestricted':
      return { ...state, newWorkPolicy: event.data.policy };
    case 'SettlementRecorded':
      return { ...state, settlement: event.data };
    case 'TransitionPlanDelivered':
      return { ...state, transitionPlanDeliveredOn: event.data.deliveredOn };
    case 'NoticePeriodElapsed':
      return { ...state, noticePeriodElapsed: true };
    case 'TerminationEscalated':
      return { ...state, escalations: [...state.escalations, event.data.escalation] };
    case 'ClientActionRequested':
      return { ...state, clientActions: [...state.clientActions, event.data.action] };
    case 'NoticeWithdrawn':
      return state;
    case 'TerminationCancelled':
      return { ...state, status: TerminationStatus.Cancelled };
    case 'TerminationOffboarded':
      return { ...state, status: TerminationStatus.Offboarded };
    default:
      return assertNever(event);
  }
};
