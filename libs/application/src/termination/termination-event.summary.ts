import { assertNever, type ClientAction, type TerminationEvent } from '@client-lifecycle/domain';
import { moneyInWords } from '../client/client-event.summary';

const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

const action = (requested: ClientAction): string => {
  switch (requested.type) {
    case 'RestrictNewWork':
      return `new work ${requested.policy === 'REFUSED' ? 'refused' : 'moved to prepayment'}`;
    case 'LiftNewWorkRestriction':
      return 'the restriction on new work lifted';
    case 'IssueInvoice':
      return `invoice ${requested.invoiceId} issued for ${moneyInWords(requested.amount)}`;
    case 'RecordNoticeOfTermination':
      return `the notice recorded, effective ${requested.effectiveDate}`;
    case 'WithdrawNoticeOfTermination':
      return 'the notice withdrawn';
    case 'OffboardClient':
      return `the client offboarded on ${requested.offboardedOn}`;
    case 'WriteOffOutstanding':
      return `${moneyInWords(requested.amount)} written off the client's open invoices`;
    default:
      return assertNever(requested);
  }
};

/** One sentence per step of a termination, for its history and the people following it. */
export function summarizeTerminationEvent(event: TerminationEvent): string {
  switch (event.type) {
    case 'TerminationProposed': {
      const { proposedBy, reason, explanation, evidence } = event.data;
      return `Termination proposed by ${proposedBy} for ${words(reason)}: ${explanation} (risk ${evidence.riskScore}, ${words(evidence.riskBand)}; recommendation ${words(evidence.recommendation)})`;
    }
    case 'TerminationApproved':
      return `Approved by ${event.data.approvedBy}${event.data.note ? `: ${event.data.note}` : ''}`;
    case 'TerminationRejected':
      return `Rejected by ${event.data.rejectedBy}: ${event.data.reason}`;
    case 'ContractEvaluated': {
      const { noticePeriodDays, immediateExitAllowed, basis, endDate, endOfTermDate } = event.data;
      const exit = immediateExitAllowed ? 'the exit clause allows immediate exit for this cause' : `${noticePeriodDays} days' notice`;
      const term = endOfTermDate ? `, term ends ${endOfTermDate}` : '';
      return `Contract evaluated: ${exit}${term}; the relationship ends ${endDate} (${words(basis)})`;
    }
    case 'NoticeServed':
      return `Notice served by ${words(event.data.channel)} on ${event.data.servedOn}, effective ${event.data.effectiveDate}${event.data.immediate ? ' (immediate)' : ''}`;
    case 'DeliverablesConfirmed':
      return event.data.deliverables.length === 0
        ? 'Confirmed that no deliverables are owed'
        : `Owed deliverables confirmed: ${event.data.deliverables.map((item) => `${item.description} (due ${item.dueOn})`).join(', ')}`;
    case 'DeliverableCompleted':
      return `Deliverable ${event.data.deliverableId} completed on ${event.data.completedOn}`;
    case 'FinalInvoiceIssued':
      return `Final invoice ${event.data.invoiceId} issued for ${moneyInWords(event.data.amount)}`;
    case 'NewWorkRestricted':
      return event.data.policy === 'REFUSED' ? 'New work refused until the end' : 'New work moved to prepayment until the end';
    case 'SettlementRecorded': {
      const { outcome, outstanding, decidedBy } = event.data;
      if (outcome === 'PAID') return `Settled: paid in full (${decidedBy === 'system' ? 'the last payment cleared the balance' : `recorded by ${decidedBy}`})`;
      const verb = outcome === 'WRITTEN_OFF' ? 'written off' : 'sent to collection';
      return `Settled: ${moneyInWords(outstanding)} ${verb} by ${decidedBy} (expected recovery ${event.data.expectedRecoveryMinor ?? 0}, cost ${event.data.recoveryCostMinor ?? 0} minor units)`;
    }
    case 'TransitionPlanDelivered':
      return `Transition plan delivered on ${event.data.deliveredOn}${event.data.handoverTo ? ` (handover to ${event.data.handoverTo})` : ''}: ${event.data.summary}`;
    case 'NoticePeriodElapsed':
      return `Notice period ended on ${event.data.effectiveDate}`;
    case 'TerminationEscalated':
      return `Escalation (${words(event.data.escalation.kind)}): ${event.data.escalation.message}`;
    case 'ClientActionRequested':
      return `Asked the client record for ${action(event.data.action)}`;
    case 'NoticeWithdrawn':
      return `Notice withdrawn on ${event.data.withdrawnOn}`;
    case 'TerminationCancelled':
      return `Cancelled by ${event.data.cancelledBy} (${words(event.data.reason)})${event.data.note ? `: ${event.data.note}` : ''}`;
    case 'TerminationOffboarded':
      return `Client offboarded on ${event.data.offboardedOn} by ${event.data.offboardedBy}`;
    default:
      return assertNever(event);
  }
}
