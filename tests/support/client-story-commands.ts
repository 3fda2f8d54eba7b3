import type { ClientHistory } from '@client-lifecycle/domain';

/** One member of a ClientCommandInput, as `importClientHistory` takes it. */
export type ClientCommandInput = Record<string, Record<string, unknown>>;

const MAX_ENTRY_MINUTES = 1_440;
const id = (storyId: string) => storyId.replace(/[^A-Za-z0-9._:-]/g, ':');
const at = (day: string, hour = 9) => `${day}T${String(hour).padStart(2, '0')}:00:00Z`;
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

/** Within one day, what must come first for the next to be accepted (an invoice before its payment). */
const ORDER = [
  'registerClient',
  'issueInvoice',
  'requestScopeChange',
  'decideScopeChange',
  'logTime',
  'recordPayment',
  'recordExcuse',
  'recordPromiseToPay',
  'recordReminder',
  'fileComplaint',
  'resolveComplaint',
  'recordMeeting',
  'recordRecommendation',
  'reportAbuse',
];

/**
 * A calibration story's client history as the commands a CRM would import, oldest first. Facts this
 * mapping does not translate (conduct signals, fees, write-offs, payment plans) are refused here, so
 * a story chosen for the end-to-end suite cannot silently lose part of itself.
 */
export function storyCommands(history: ClientHistory): ClientCommandInput[] {
  const unsupported =
    (history.conductSignals?.length ?? 0) + (history.fees?.length ?? 0) + history.paymentPlans.length > 0 ||
    history.invoices.some((invoice) => (invoice.writeOffs?.length ?? 0) > 0);
  if (unsupported) throw new Error(`story ${history.clientId} holds facts importClientHistory this mapping does not translate`);
  const clientId = history.clientId;
  const dated: { day: string; kind: string; input: Record<string, unknown> }[] = [];
  const add = (day: string, kind: string, input: Record<string, unknown>) => dated.push({ day, kind, input: { clientId, ...input } });
  const { contract } = history;
  add(history.clientSince, 'registerClient', {
    name: history.name,
    clientSince: history.clientSince,
    contract: {
      paymentTermsDays: contract.paymentTermsDays,
      noticePeriodDays: contract.noticePeriodDays,
      exitClause: { text: contract.exitClause.text, immediateExitFor: [...contract.exitClause.immediateExitFor] },
      startDate: contract.startDate,
      hourlyRate: contract.hourlyRate,
      currency: contract.currency,
      contractedHoursPerMonth: contract.contractedHoursPerMonth,
    },
    occurredAt: at(history.clientSince, 8),
  });
  for (const invoice of history.invoices) {
    add(invoice.issuedOn, 'issueInvoice', {
      invoiceId: invoice.invoiceId,
      amount: eur(invoice.amountMinor),
      issuedOn: invoice.issuedOn,
      occurredAt: at(invoice.issuedOn),
    });
    for (const payment of invoice.payments)
      add(payment.paidOn, 'recordPayment', {
        paymentId: id(payment.paymentId),
        invoiceId: invoice.invoiceId,
        amount: eur(payment.amountMinor),
        paidOn: payment.paidOn,
        occurredAt: at(payment.paidOn, 10),
      });
  }
  for (const excuse of history.excuses)
    add(excuse.on, 'recordExcuse', {
      excuseId: id(excuse.excuseId),
      invoiceId: excuse.invoiceId,
      category: 'CASH_FLOW',
      text: 'Cash is tight this month',
      promisedDate: excuse.promisedDate,
      occurredAt: at(excuse.on, 11),
    });
  for (const promise of history.promises)
    add(promise.madeOn, 'recordPromiseToPay', {
      promiseId: id(promise.promiseId),
      invoiceId: promise.invoiceId,
      amount: eur(promise.amountMinor),
      promisedDate: promise.promisedDate,
      occurredAt: at(promise.madeOn, 11),
    });
  for (const reminder of history.reminders)
    add(reminder.on, 'recordReminder', {
      reminderId: id(reminder.reminderId),
      invoiceId: reminder.invoiceId,
      step: reminder.step,
      channel: reminder.channel,
      occurredAt: at(reminder.on, 12),
    });
  for (const complaint of history.complaints) {
    add(complaint.filedOn, 'fileComplaint', {
      complaintId: id(complaint.complaintId),
      subject: 'Service',
      text: 'Not happy with the work',
      invoiceId: complaint.disputedInvoiceId,
      occurredAt: at(complaint.filedOn, 13),
    });
    if (complaint.outcome !== null && complaint.resolvedOn !== null)
      add(complaint.resolvedOn, 'resolveComplaint', {
        complaintId: id(complaint.complaintId),
        outcome: complaint.outcome,
        resolution: 'Reviewed with the client',
        occurredAt: at(complaint.resolvedOn, 14),
      });
  }
  for (const change of history.scopeChanges) {
    add(change.requestedOn, 'requestScopeChange', {
      scopeChangeId: id(change.scopeChangeId),
      description: 'Extra work',
      occurredAt: at(change.requestedOn, 7),
    });
    if (change.classification !== null)
      add(change.requestedOn, 'decideScopeChange', {
        scopeChangeId: id(change.scopeChangeId),
        classification: change.classification,
        billable: change.billable ?? false,
        occurredAt: at(change.requestedOn, 7),
      });
  }
  for (const entry of history.timeEntries)
    // A story logs a month of work as one entry; one entry holds at most a day's minutes.
    for (let part = 0; part * MAX_ENTRY_MINUTES < entry.minutes; part++)
      add(entry.workedOn, 'logTime', {
        timeEntryId: `${id(entry.timeEntryId)}.${part}`,
        activity: entry.activity,
        minutes: Math.min(MAX_ENTRY_MINUTES, entry.minutes - part * MAX_ENTRY_MINUTES),
        billable: entry.billable,
        workedOn: entry.workedOn,
        scopeChangeId: entry.scopeChangeId === null ? null : id(entry.scopeChangeId),
        occurredAt: at(entry.workedOn, 18),
      });
  for (const meeting of history.meetings)
    add(meeting.on, 'recordMeeting', {
      meetingId: id(meeting.meetingId),
      scheduledAt: at(meeting.on, 15),
      outcome: meeting.outcome,
      durationMinutes: meeting.durationMinutes,
      occurredAt: at(meeting.on, 16),
    });
  for (const recommendation of history.recommendations)
    add(recommendation.on, 'recordRecommendation', {
      recommendationId: id(recommendation.recommendationId),
      summary: 'Move the reports to a monthly call',
      outcome: recommendation.outcome,
      occurredAt: at(recommendation.on, 16),
    });
  for (const report of history.abuseReports)
    add(report.on, 'reportAbuse', {
      reportId: id(report.reportId),
      severity: report.severity,
      description: 'Shouted at the account manager',
      reportedBy: 'account manager',
      occurredAt: at(report.on, 17),
    });
  return dated
    .map((item, index) => ({ ...item, index }))
    .sort((a, b) => a.day.localeCompare(b.day) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.index - b.index)
    .map(({ kind, input }) => ({ [kind]: withoutNulls(input) }));
}

const withoutNulls = (input: Record<string, unknown>) => Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
