import { addDays, assertNever, dateOf, type Decider, DomainError, isInstant, isIsoCurrencyCode } from '../shared';
import type {
  AgreePaymentPlan,
  AmendContract,
  ClientCommand,
  ContractTermsInput,
  DecideScopeChange,
  FileComplaint,
  IssueInvoice,
  LiftNewWorkRestriction,
  LogTime,
  OffboardClient,
  RecordExcuse,
  RecordMeeting,
  RecordNoticeOfTermination,
  RecordPayment,
  RecordPromiseToPay,
  RecordRecommendation,
  RecordReminder,
  RegisterClient,
  ReportAbuse,
  RequestScopeChange,
  ResolveComplaint,
  RestrictNewWork,
  WithdrawNoticeOfTermination,
} from './client.commands';
import { type ContractTerms, DEFAULT_NOTICE_PERIOD_DAYS } from './client.contract';
import { ClientErrors } from './client.errors';
import type { ClientEvent } from './client.events';
import { type ClientState, initialClientState, type RegisteredClient } from './client.state';
import { evolveClient } from './client.evolve';
import { checkDate, checkMinutes, checkMoney, checkText, checkTime, findInvoice, firstFailure, openInvoice } from './client.checks';
import { checkClientInputLimits } from './client.limits';
import {
  chargeLateInterest,
  grantSettlementDiscount,
  handOverToCollectionAgency,
  issueCreditNote,
  placeCreditHold,
  recordCollectionCost,
  recordConductSignal,
  recordLegalAction,
  releaseCreditHold,
  setCreditLimit,
  writeOffInvoice,
  writeOffOutstanding,
} from './client.credit-control';
import { closeTermination, openTermination } from './client.termination-under-way';
import { recordBrokenPromise, recordCollectionStepDue, recordInvoiceAged } from './client.time-facts';
import { ExitCause, NewWorkPolicy, PaymentKind } from './client.vocabulary';

type Decision = readonly ClientEvent[] | DomainError;

const MINUTES_PER_DAY = 24 * 60;
const MAX_PAYMENT_TERMS_DAYS = 365;
const MAX_NOTICE_PERIOD_DAYS = 730;
const MAX_CONTRACTED_HOURS_PER_MONTH = 744;

const checkWholeDays = (field: string, value: number | undefined, maximum: number): DomainError | null =>
  value !== undefined && (!Number.isInteger(value) || value < 0 || value > maximum)
    ? ClientErrors.invalidContractTerms(`${field} must be a whole number of days between 0 and ${maximum}`, {
        field,
        value,
      })
    : null;

const checkContractedHours = (value: number | undefined): DomainError | null =>
  value !== undefined && (!Number.isFinite(value) || value < 0 || value > MAX_CONTRACTED_HOURS_PER_MONTH)
    ? ClientErrors.invalidContractTerms(`contractedHoursPerMonth must be between 0 and ${MAX_CONTRACTED_HOURS_PER_MONTH}`, {
        field: 'contractedHoursPerMonth',
        value,
      })
    : null;

const checkExitClause = (exitClause: ContractTermsInput['exitClause'] | undefined): DomainError | null => {
  if (exitClause === undefined) return null;
  const known = new Set<string>(Object.values(ExitCause));
  const unknown = exitClause.immediateExitFor.find((cause) => !known.has(cause));
  if (unknown !== undefined) return ClientErrors.invalidContractTerms(`Unknown exit cause ${unknown}`, { field: 'exitClause', value: unknown });
  return checkText('exitClause.text', exitClause.text);
};

const registerClient = ({ data, metadata }: RegisterClient, state: ClientState): Decision => {
  if (state.status !== 'UNREGISTERED') return ClientErrors.alreadyRegistered(data.clientId);
  const { contract } = data;
  const endDate = contract.endDate ?? null;
  const failure = firstFailure(
    checkTime(metadata),
    checkText('name', data.name),
    isIsoCurrencyCode(contract.currency) ? null : ClientErrors.unknownCurrency(contract.currency),
    checkMoney('contract.hourlyRate', contract.hourlyRate, contract.currency),
    checkWholeDays('paymentTermsDays', contract.paymentTermsDays, MAX_PAYMENT_TERMS_DAYS),
    checkWholeDays('noticePeriodDays', contract.noticePeriodDays, MAX_NOTICE_PERIOD_DAYS),
    checkContractedHours(contract.contractedHoursPerMonth),
    checkExitClause(contract.exitClause),
    checkDate('contract.startDate', contract.startDate),
    checkDate('contract.endDate', endDate),
    checkDate('clientSince', data.clientSince),
  );
  if (failure) return failure;
  if (endDate !== null && endDate < contract.startDate)
    return ClientErrors.invalidContractTerms(`Contract end date ${endDate} is before its start date ${contract.startDate}`, {
      field: 'contract.endDate',
      value: endDate,
    });
  const terms: ContractTerms = {
    paymentTermsDays: contract.paymentTermsDays,
    noticePeriodDays: contract.noticePeriodDays ?? DEFAULT_NOTICE_PERIOD_DAYS,
    exitClause: { text: contract.exitClause.text, immediateExitFor: [...contract.exitClause.immediateExitFor] },
    startDate: contract.startDate,
    endDate,
    hourlyRate: contract.hourlyRate,
    currency: contract.currency,
    contractedHoursPerMonth: contract.contractedHoursPerMonth,
  };
  return [
    {
      type: 'ClientRegistered',
      data: { clientId: data.clientId, name: data.name.trim(), clientSince: data.clientSince ?? contract.startDate, contract: terms },
    },
  ];
};

const amendContract = ({ data, metadata }: AmendContract, client: RegisteredClient): Decision => {
  const { clientId, reason, ...changes } = data;
  const present = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  if (Object.keys(present).length === 0) return ClientErrors.nothingToAmend();
  const failure = firstFailure(
    checkTime(metadata),
    checkText('reason', reason),
    checkWholeDays('paymentTermsDays', changes.paymentTermsDays, MAX_PAYMENT_TERMS_DAYS),
    checkWholeDays('noticePeriodDays', changes.noticePeriodDays, MAX_NOTICE_PERIOD_DAYS),
    checkContractedHours(changes.contractedHoursPerMonth),
    checkExitClause(changes.exitClause),
    checkDate('endDate', changes.endDate),
    changes.hourlyRate ? checkMoney('hourlyRate', changes.hourlyRate, client.contract.currency) : null,
  );
  if (failure) return failure;
  if (changes.endDate && changes.endDate < client.contract.startDate)
    return ClientErrors.invalidContractTerms(`Contract end date ${changes.endDate} is before its start date ${client.contract.startDate}`, {
      field: 'endDate',
      value: changes.endDate,
    });
  return [{ type: 'ContractAmended', data: { clientId, changes: present, reason: reason.trim() } }];
};

const issueInvoice = ({ data, metadata }: IssueInvoice, client: RegisteredClient): Decision => {
  if (client.offboarded) return ClientErrors.offboarded('new invoices', client.offboarded.terminationId, client.offboarded.offboardedOn);
  const prepayment = client.newWorkRestriction?.policy === NewWorkPolicy.Prepayment ? client.newWorkRestriction : null;
  // A credit hold moves new work to prepayment rather than refusing it: the client may still buy, paying first.
  const onPrepayment = prepayment !== null || client.creditHold !== null;
  const failure = firstFailure(
    client.invoices.has(data.invoiceId) ? ClientErrors.invoiceAlreadyIssued(data.invoiceId) : null,
    checkTime(metadata),
    checkMoney('amount', data.amount, client.contract.currency),
    checkDate('issuedOn', data.issuedOn),
    checkDate('dueDate', data.dueDate),
    checkText('description', data.description),
  );
  if (failure) return failure;
  const dueDate = data.dueDate ?? (onPrepayment ? data.issuedOn : addDays(data.issuedOn, client.contract.paymentTermsDays));
  if (dueDate < data.issuedOn) return ClientErrors.dueDateBeforeIssueDate(dueDate, data.issuedOn);
  if (prepayment && dueDate !== data.issuedOn) return ClientErrors.prepaymentRequired(dueDate, data.issuedOn, prepayment.terminationId);
  if (client.creditHold && dueDate !== data.issuedOn) return ClientErrors.creditHoldPrepaymentRequired(dueDate, data.issuedOn, client.creditHold.placedOn);
  return [
    {
      type: 'InvoiceIssued',
      data: {
        clientId: data.clientId,
        invoiceId: data.invoiceId,
        amount: data.amount,
        issuedOn: data.issuedOn,
        dueDate,
        description: data.description?.trim() ?? null,
      },
    },
  ];
};

const recordPayment = ({ data, metadata }: RecordPayment, client: RegisteredClient): Decision => {
  if (client.recordedIds.has(`payment:${data.paymentId}`)) return ClientErrors.paymentAlreadyRecorded(data.paymentId);
  const invoice = findInvoice(client, data.invoiceId);
  if (invoice instanceof DomainError) return invoice;
  const failure = firstFailure(
    checkTime(metadata),
    checkMoney('amount', data.amount, invoice.amount.currency),
    checkDate('paidOn', data.paidOn),
    invoice.openBalanceMinor === 0 ? ClientErrors.invoiceAlreadyPaid(invoice.invoiceId) : null,
  );
  if (failure) return failure;
  if (data.paidOn < invoice.issuedOn) return ClientErrors.paymentBeforeInvoice(data.paidOn, invoice.issuedOn);
  if (data.amount.amountMinor > invoice.openBalanceMinor)
    return ClientErrors.paymentExceedsOpenBalance(invoice.invoiceId, data.amount.amountMinor, invoice.openBalanceMinor);
  const openAfter = invoice.openBalanceMinor - data.amount.amountMinor;
  return [
    {
      type: 'PaymentRecorded',
      data: {
        clientId: data.clientId,
        paymentId: data.paymentId,
        invoiceId: data.invoiceId,
        amount: data.amount,
        paidOn: data.paidOn,
        kind: openAfter === 0 ? PaymentKind.Full : PaymentKind.Partial,
        openBalanceAfter: { amountMinor: openAfter, currency: invoice.amount.currency },
      },
    },
  ];
};

const recordExcuse = ({ data, metadata }: RecordExcuse, client: RegisteredClient): Decision => {
  const failure = firstFailure(
    client.recordedIds.has(`excuse:${data.excuseId}`) ? ClientErrors.excuseAlreadyRecorded(data.excuseId) : null,
    data.invoiceId !== undefined && !client.invoices.has(data.invoiceId) ? ClientErrors.invoiceNotFound(data.invoiceId) : null,
    checkTime(metadata),
    checkText('text', data.text),
    checkDate('promisedDate', data.promisedDate),
  );
  if (failure) return failure;
  return [
    {
      type: 'ExcuseRecorded',
      data: {
        clientId: data.clientId,
        excuseId: data.excuseId,
        invoiceId: data.invoiceId ?? null,
        category: data.category,
        text: data.text.trim(),
        promisedDate: data.promisedDate ?? null,
      },
    },
  ];
};

const recordPromiseToPay = ({ data, metadata }: RecordPromiseToPay, client: RegisteredClient): Decision => {
  if (client.promises.has(data.promiseId)) return ClientErrors.promiseAlreadyRecorded(data.promiseId);
  const invoice = openInvoice(client, data.invoiceId);
  if (invoice instanceof DomainError) return invoice;
  const failure = firstFailure(checkTime(metadata), checkMoney('amount', data.amount, invoice.amount.currency), checkDate('promisedDate', data.promisedDate));
  if (failure) return failure;
  const madeOn = dateOf(metadata.occurredAt);
  if (data.promisedDate < madeOn) return ClientErrors.promisedDateInPast(data.promisedDate, madeOn);
  if (data.amount.amountMinor > invoice.openBalanceMinor)
    return ClientErrors.promiseExceedsOpenBalance(invoice.invoiceId, data.amount.amountMinor, invoice.openBalanceMinor);
  return [
    {
      type: 'PromiseToPayRecorded',
      data: {
        clientId: data.clientId,
        promiseId: data.promiseId,
        invoiceId: data.invoiceId,
        amount: data.amount,
        promisedDate: data.promisedDate,
      },
    },
  ];
};

const agreePaymentPlan = ({ data, metadata }: AgreePaymentPlan, client: RegisteredClient): Decision => {
  if (client.paymentPlans.has(data.planId)) return ClientErrors.paymentPlanAlreadyAgreed(data.planId);
  if (data.invoiceIds.length === 0) return ClientErrors.paymentPlanInvalid('A payment plan must cover at least one invoice', { field: 'invoiceIds' });
  if (new Set(data.invoiceIds).size !== data.invoiceIds.length)
    return ClientErrors.paymentPlanInvalid('A payment plan lists each invoice once', { field: 'invoiceIds' });
  if (data.instalments.length === 0) return ClientErrors.paymentPlanInvalid('A payment plan needs at least one instalment', { field: 'instalments' });
  let openBalanceMinor = 0;
  for (const invoiceId of data.invoiceIds) {
    const invoice = openInvoice(client, invoiceId);
    if (invoice instanceof DomainError) return invoice;
    openBalanceMinor += invoice.openBalanceMinor;
  }
  const failure = firstFailure(
    checkTime(metadata),
    ...data.instalments.flatMap((instalment, index) => [
      checkDate(`instalments[${index}].dueDate`, instalment.dueDate),
      checkMoney(`instalments[${index}].amount`, instalment.amount, client.contract.currency),
    ]),
  );
  if (failure) return failure;
  const agreedOn = dateOf(metadata.occurredAt);
  const outOfOrder = data.instalments.some(
    (instalment, index) => instalment.dueDate < agreedOn || (index > 0 && instalment.dueDate <= data.instalments[index - 1].dueDate),
  );
  if (outOfOrder)
    return ClientErrors.paymentPlanInvalid('Instalment due dates must be on or after the day the plan is agreed, each later than the one before', {
      field: 'instalments',
    });
  const instalmentsMinor = data.instalments.reduce((sum, instalment) => sum + instalment.amount.amountMinor, 0);
  if (instalmentsMinor !== openBalanceMinor) return ClientErrors.paymentPlanTotalMismatch(instalmentsMinor, openBalanceMinor);
  return [
    {
      type: 'PaymentPlanAgreed',
      data: {
        clientId: data.clientId,
        planId: data.planId,
        invoiceIds: [...data.invoiceIds],
        instalments: data.instalments.map((instalment, index) => ({
          instalmentNumber: index + 1,
          dueDate: instalment.dueDate,
          amount: instalment.amount,
        })),
        total: { amountMinor: instalmentsMinor, currency: client.contract.currency },
      },
    },
  ];
};

const recordReminder = ({ data, metadata }: RecordReminder, client: RegisteredClient): Decision => {
  if (client.recordedIds.has(`reminder:${data.reminderId}`)) return ClientErrors.reminderAlreadyRecorded(data.reminderId);
  const invoice = openInvoice(client, data.invoiceId);
  if (invoice instanceof DomainError) return invoice;
  const failure = firstFailure(checkTime(metadata), checkText('note', data.note));
  if (failure) return failure;
  return [
    {
      type: 'ReminderSent',
      data: {
        clientId: data.clientId,
        reminderId: data.reminderId,
        invoiceId: data.invoiceId,
        step: data.step,
        channel: data.channel,
        note: data.note?.trim() ?? null,
      },
    },
  ];
};

const fileComplaint = ({ data, metadata }: FileComplaint, client: RegisteredClient): Decision => {
  const failure = firstFailure(
    client.complaints.has(data.complaintId) ? ClientErrors.complaintAlreadyFiled(data.complaintId) : null,
    data.invoiceId !== undefined && !client.invoices.has(data.invoiceId) ? ClientErrors.invoiceNotFound(data.invoiceId) : null,
    checkTime(metadata),
    checkText('subject', data.subject),
    checkText('text', data.text),
  );
  if (failure) return failure;
  return [
    {
      type: 'ComplaintFiled',
      data: {
        clientId: data.clientId,
        complaintId: data.complaintId,
        subject: data.subject.trim(),
        text: data.text.trim(),
        disputedInvoiceId: data.invoiceId ?? null,
      },
    },
  ];
};

const resolveComplaint = ({ data, metadata }: ResolveComplaint, client: RegisteredClient): Decision => {
  const complaint = client.complaints.get(data.complaintId);
  if (!complaint) return ClientErrors.complaintNotFound(data.complaintId);
  const failure = firstFailure(
    complaint.outcome !== null ? ClientErrors.complaintAlreadyResolved(data.complaintId) : null,
    checkTime(metadata),
    checkText('resolution', data.resolution),
  );
  if (failure) return failure;
  return [
    {
      type: 'ComplaintResolved',
      data: {
        clientId: data.clientId,
        complaintId: data.complaintId,
        outcome: data.outcome,
        resolution: data.resolution.trim(),
      },
    },
  ];
};

const requestScopeChange = ({ data, metadata }: RequestScopeChange, client: RegisteredClient): Decision => {
  if (client.offboarded) return ClientErrors.offboarded('new scope changes', client.offboarded.terminationId, client.offboarded.offboardedOn);
  if (client.newWorkRestriction?.policy === NewWorkPolicy.Refused) return ClientErrors.newWorkRefused(client.newWorkRestriction.terminationId);
  if (client.creditHold) return ClientErrors.creditHold('new scope changes', client.creditHold.placedOn);
  const failure = firstFailure(
    client.scopeChanges.has(data.scopeChangeId) ? ClientErrors.scopeChangeAlreadyRequested(data.scopeChangeId) : null,
    checkTime(metadata),
    checkText('description', data.description),
    checkMinutes('estimatedMinutes', data.estimatedMinutes, 1_000_000),
  );
  if (failure) return failure;
  return [
    {
      type: 'ScopeChangeRequested',
      data: {
        clientId: data.clientId,
        scopeChangeId: data.scopeChangeId,
        description: data.description.trim(),
        estimatedMinutes: data.estimatedMinutes ?? null,
      },
    },
  ];
};

const decideScopeChange = ({ data, metadata }: DecideScopeChange, client: RegisteredClient): Decision => {
  const scopeChange = client.scopeChanges.get(data.scopeChangeId);
  if (!scopeChange) return ClientErrors.scopeChangeNotFound(data.scopeChangeId);
  const failure = firstFailure(
    scopeChange.classification !== null ? ClientErrors.scopeChangeAlreadyDecided(data.scopeChangeId) : null,
    checkTime(metadata),
    checkText('note', data.note),
  );
  if (failure) return failure;
  return [
    {
      type: 'ScopeChangeDecided',
      data: {
        clientId: data.clientId,
        scopeChangeId: data.scopeChangeId,
        classification: data.classification,
        billable: data.billable,
        note: data.note?.trim() ?? null,
      },
    },
  ];
};

const logTime = ({ data, metadata }: LogTime, client: RegisteredClient): Decision => {
  const failure = firstFailure(
    client.recordedIds.has(`time:${data.timeEntryId}`) ? ClientErrors.timeEntryAlreadyLogged(data.timeEntryId) : null,
    data.scopeChangeId !== undefined && !client.scopeChanges.has(data.scopeChangeId) ? ClientErrors.scopeChangeNotFound(data.scopeChangeId) : null,
    checkTime(metadata),
    checkText('activity', data.activity),
    checkMinutes('minutes', data.minutes, MINUTES_PER_DAY),
    checkDate('workedOn', data.workedOn),
  );
  if (failure) return failure;
  return [
    {
      type: 'TimeLogged',
      data: {
        clientId: data.clientId,
        timeEntryId: data.timeEntryId,
        activity: data.activity.trim(),
        minutes: data.minutes,
        billable: data.billable,
        workedOn: data.workedOn,
        scopeChangeId: data.scopeChangeId ?? null,
      },
    },
  ];
};

const recordMeeting = ({ data, metadata }: RecordMeeting, client: RegisteredClient): Decision => {
  const failure = firstFailure(
    client.recordedIds.has(`meeting:${data.meetingId}`) ? ClientErrors.meetingAlreadyRecorded(data.meetingId) : null,
    checkTime(metadata),
    isInstant(data.scheduledAt) ? null : ClientErrors.invalidDate('scheduledAt', data.scheduledAt),
    checkMinutes('durationMinutes', data.durationMinutes, MINUTES_PER_DAY),
    checkText('note', data.note),
  );
  if (failure) return failure;
  return [
    {
      type: 'MeetingRecorded',
      data: {
        clientId: data.clientId,
        meetingId: data.meetingId,
        scheduledAt: data.scheduledAt,
        outcome: data.outcome,
        durationMinutes: data.durationMinutes ?? null,
        note: data.note?.trim() ?? null,
      },
    },
  ];
};

const recordRecommendation = ({ data, metadata }: RecordRecommendation, client: RegisteredClient): Decision => {
  const failure = firstFailure(
    client.recordedIds.has(`recommendation:${data.recommendationId}`) ? ClientErrors.recommendationAlreadyRecorded(data.recommendationId) : null,
    checkTime(metadata),
    checkText('summary', data.summary),
  );
  if (failure) return failure;
  return [
    {
      type: 'RecommendationRecorded',
      data: {
        clientId: data.clientId,
        recommendationId: data.recommendationId,
        summary: data.summary.trim(),
        outcome: data.outcome,
      },
    },
  ];
};

const reportAbuse = ({ data, metadata }: ReportAbuse, client: RegisteredClient): Decision => {
  const failure = firstFailure(
    client.recordedIds.has(`abuse:${data.reportId}`) ? ClientErrors.abuseReportAlreadyFiled(data.reportId) : null,
    checkTime(metadata),
    checkText('description', data.description),
    checkText('reportedBy', data.reportedBy),
  );
  if (failure) return failure;
  return [
    {
      type: 'AbuseReported',
      data: {
        clientId: data.clientId,
        reportId: data.reportId,
        severity: data.severity,
        description: data.description.trim(),
        reportedBy: data.reportedBy.trim(),
      },
    },
  ];
};

const restrictNewWork = ({ data, metadata }: RestrictNewWork, client: RegisteredClient): Decision => {
  if (client.offboarded) return ClientErrors.offboarded('new work', client.offboarded.terminationId, client.offboarded.offboardedOn);
  if (client.newWorkRestriction) return ClientErrors.newWorkAlreadyRestricted(client.newWorkRestriction.terminationId);
  const failure = checkTime(metadata);
  if (failure) return failure;
  const ids = { clientId: data.clientId, terminationId: data.terminationId };
  return [data.policy === NewWorkPolicy.Refused ? { type: 'NewWorkRefused', data: ids } : { type: 'WorkMovedToPrepayment', data: ids }];
};

const liftNewWorkRestriction = ({ data, metadata }: LiftNewWorkRestriction, client: RegisteredClient): Decision => {
  if (client.newWorkRestriction?.terminationId !== data.terminationId) return ClientErrors.noNewWorkRestriction(data.terminationId);
  const failure = checkTime(metadata);
  if (failure) return failure;
  return [{ type: 'NewWorkRestrictionLifted', data: { clientId: data.clientId, terminationId: data.terminationId } }];
};

const recordNoticeOfTermination = ({ data, metadata }: RecordNoticeOfTermination, client: RegisteredClient): Decision => {
  if (client.offboarded) return ClientErrors.offboarded('further notice', client.offboarded.terminationId, client.offboarded.offboardedOn);
  if (client.noticeOfTermination) return ClientErrors.noticeOfTerminationAlreadyServed(client.noticeOfTermination.terminationId);
  const failure = firstFailure(checkTime(metadata), checkDate('servedOn', data.servedOn), checkDate('effectiveDate', data.effectiveDate));
  if (failure) return failure;
  const { clientId, terminationId, reason, channel, servedOn, effectiveDate } = data;
  return [{ type: 'NoticeOfTerminationServed', data: { clientId, terminationId, reason, channel, servedOn, effectiveDate } }];
};

const withdrawNoticeOfTermination = ({ data, metadata }: WithdrawNoticeOfTermination, client: RegisteredClient): Decision => {
  if (client.noticeOfTermination?.terminationId !== data.terminationId) return ClientErrors.noNoticeOfTermination(data.terminationId);
  const failure = checkTime(metadata);
  if (failure) return failure;
  return [{ type: 'NoticeOfTerminationWithdrawn', data: { clientId: data.clientId, terminationId: data.terminationId } }];
};

const offboardClient = ({ data, metadata }: OffboardClient, client: RegisteredClient): Decision => {
  if (client.offboarded) return ClientErrors.offboarded('second offboarding', client.offboarded.terminationId, client.offboarded.offboardedOn);
  const failure = firstFailure(checkTime(metadata), checkDate('offboardedOn', data.offboardedOn));
  if (failure) return failure;
  return [{ type: 'ClientOffboarded', data: { clientId: data.clientId, terminationId: data.terminationId, offboardedOn: data.offboardedOn } }];
};

const decideForRegistered = (command: Exclude<ClientCommand, RegisterClient>, client: RegisteredClient): Decision => {
  switch (command.type) {
    case 'AmendContract':
      return amendContract(command, client);
    case 'IssueInvoice':
      return issueInvoice(command, client);
    case 'RecordPayment':
      return recordPayment(command, client);
    case 'RecordExcuse':
      return recordExcuse(command, client);
    case 'RecordPromiseToPay':
      return recordPromiseToPay(command, client);
    case 'AgreePaymentPlan':
      return agreePaymentPlan(command, client);
    case 'RecordReminder':
      return recordReminder(command, client);
    case 'FileComplaint':
      return fileComplaint(command, client);
    case 'ResolveComplaint':
      return resolveComplaint(command, client);
    case 'RequestScopeChange':
      return requestScopeChange(command, client);
    case 'DecideScopeChange':
      return decideScopeChange(command, client);
    case 'LogTime':
      return logTime(command, client);
    case 'RecordMeeting':
      return recordMeeting(command, client);
    case 'RecordRecommendation':
      return recordRecommendation(command, client);
    case 'ReportAbuse':
      return reportAbuse(command, client);
    case 'RecordInvoiceAged':
      return recordInvoiceAged(command, client);
    case 'RecordBrokenPromise':
      return recordBrokenPromise(command, client);
    case 'RecordCollectionStepDue':
      return recordCollectionStepDue(command, client);
    case 'RestrictNewWork':
      return restrictNewWork(command, client);
    case 'LiftNewWorkRestriction':
      return liftNewWorkRestriction(command, client);
    case 'RecordNoticeOfTermination':
      return recordNoticeOfTermination(command, client);
    case 'WithdrawNoticeOfTermination':
      return withdrawNoticeOfTermination(command, client);
    case 'OffboardClient':
      return offboardClient(command, client);
    case 'OpenTermination':
      return openTermination(command, client);
    case 'CloseTermination':
      return closeTermination(command, client);
    case 'WriteOffInvoice':
      return writeOffInvoice(command, client);
    case 'WriteOffOutstanding':
      return writeOffOutstanding(command, client);
    case 'RecordCollectionCost':
      return recordCollectionCost(command, client);
    case 'RecordConductSignal':
      return recordConductSignal(command, client);
    case 'PlaceCreditHold':
      return placeCreditHold(command, client);
    case 'ReleaseCreditHold':
      return releaseCreditHold(command, client);
    case 'SetCreditLimit':
      return setCreditLimit(command, client);
    case 'IssueCreditNote':
      return issueCreditNote(command, client);
    case 'GrantSettlementDiscount':
      return grantSettlementDiscount(command, client);
    case 'ChargeLateInterest':
      return chargeLateInterest(command, client);
    case 'HandOverToCollectionAgency':
      return handOverToCollectionAgency(command, client);
    case 'RecordLegalAction':
      return recordLegalAction(command, client);
    default:
      return assertNever(command);
  }
};

export const decideClient = (command: ClientCommand, state: ClientState): Decision => {
  const outOfBounds = checkClientInputLimits(command, state);
  if (outOfBounds) return outOfBounds;
  if (command.type === 'RegisterClient') return registerClient(command, state);
  if (state.status === 'UNREGISTERED') return ClientErrors.notRegistered(command.data.clientId);
  return decideForRegistered(command, state);
};

export const clientDecider: Decider<ClientCommand, ClientEvent, ClientState> = {
  decide: decideClient,
  evolve: evolveClient,
  initialState: initialClientState,
};
