import type { TerminationView } from '@client-lifecycle/application';
import { moneyOf, moneyOrNull, percent } from '../shared';
import type { TerminationEvidenceModel, TerminationModel } from './termination.model';

const presentEvidence = ({
  outstandingMinor,
  overdueMinor,
  contributionMarginMinor,
  ...evidence
}: TerminationView['process']['evidence']): TerminationEvidenceModel => ({
  ...evidence,
  archetypes: [...evidence.archetypes],
  topFactors: [...evidence.topFactors],
  outstanding: moneyOf(outstandingMinor, evidence.currency),
  overdue: moneyOf(overdueMinor, evidence.currency),
  contributionMargin: moneyOf(contributionMarginMinor, evidence.currency),
  contributionMarginPercent: percent(evidence.contributionMarginPercent),
});

export function presentTermination({ process, version, progress, history }: TerminationView): TerminationModel {
  const { contract, notice } = process;
  return {
    terminationId: process.terminationId,
    clientId: process.clientId,
    status: process.status,
    version,
    reason: process.reason,
    explanation: process.explanation,
    proposedBy: process.proposedBy,
    proposedOn: process.proposedOn,
    decidedBy: process.decidedBy,
    evidence: presentEvidence(process.evidence),
    contract: contract && {
      evaluatedOn: contract.evaluatedOn,
      exitClauseText: contract.exitClauseText,
      noticePeriodDays: contract.noticePeriodDays,
      immediateExitAllowed: contract.immediateExitAllowed,
      earliestLawfulEndDate: contract.earliestLawfulEndDate,
      endOfTermDate: contract.endOfTermDate,
      endDate: contract.endDate,
      basis: contract.basis,
    },
    notice: notice && { channel: notice.channel, servedOn: notice.servedOn, effectiveDate: notice.effectiveDate, immediate: notice.immediate },
    deliverables: process.deliverables && process.deliverables.map((item) => ({ ...item })),
    finalInvoice: process.finalInvoice && { ...process.finalInvoice },
    newWorkPolicy: process.newWorkPolicy,
    settlement: process.settlement && {
      outcome: process.settlement.outcome,
      decidedBy: process.settlement.decidedBy,
      settledOn: process.settlement.settledOn,
      outstanding: process.settlement.outstanding,
      expectedRecovery: moneyOrNull(process.settlement.expectedRecoveryMinor, process.settlement.outstanding.currency),
      recoveryCost: moneyOrNull(process.settlement.recoveryCostMinor, process.settlement.outstanding.currency),
      note: process.settlement.note,
    },
    transitionPlanDeliveredOn: process.transitionPlanDeliveredOn,
    noticePeriodElapsed: process.noticePeriodElapsed,
    escalations: process.escalations.map((item) => ({ ...item })),
    readyToOffboard: progress.readyToOffboard,
    waitingFor: [...progress.waitingFor],
    dueDates: progress.dueDates.map((item) => ({ ...item })),
    history: history.map((entry) => ({ ...entry })),
  };
}
