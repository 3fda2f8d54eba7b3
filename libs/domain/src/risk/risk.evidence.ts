import type { ClientHistory } from '../client-history';
import type { LocalDate } from '../shared';

/** An event cited as evidence, as a reader wants it: what happened, on which business day, in plain words. */
export interface EvidenceEvent {
  readonly eventId: string;
  readonly type: string;
  readonly occurredOn: LocalDate;
  readonly summary: string;
}

const money = (amountMinor: number, currency: string) => `${(amountMinor / 100).toFixed(2)} ${currency}`;

/**
 * Every event the client history cites, by id, described from the history itself: the read
 * models cite these ids as evidence, and a reader wants to see what each one was. An event that
 * several entries cite (a plan's instalments) is described once, by the first. With `only`, just
 * those events are described: an assessment cites a handful of a long history's thousands, and
 * describing them all cost more than the assessment's risk factors.
 */
export function evidenceIndex(history: ClientHistory, only?: ReadonlySet<string>): ReadonlyMap<string, EvidenceEvent> {
  const index = new Map<string, EvidenceEvent>();
  // Asked before each description's closure is made: a long history has thousands of facts and cites a handful.
  const wanted = (eventId: string | undefined): eventId is string => eventId !== undefined && (only === undefined || only.has(eventId)) && !index.has(eventId);
  const add = (eventId: string, type: string, occurredOn: LocalDate, summary: () => string) =>
    index.set(eventId, { eventId, type, occurredOn, summary: summary() });
  const { currency } = history.contract;
  for (const invoice of history.invoices) {
    if (wanted(invoice.eventId))
      add(
        invoice.eventId,
        'InvoiceIssued',
        invoice.issuedOn,
        () => `invoice ${invoice.invoiceId} of ${money(invoice.amountMinor, invoice.currency)} issued, due ${invoice.dueDate}`,
      );
    for (const payment of invoice.payments)
      if (wanted(payment.eventId))
        add(payment.eventId, 'PaymentRecorded', payment.paidOn, () => `${money(payment.amountMinor, invoice.currency)} paid on invoice ${invoice.invoiceId}`);
    for (const writeOff of invoice.writeOffs ?? [])
      if (wanted(writeOff.eventId))
        add(
          writeOff.eventId,
          'InvoiceWrittenOff',
          writeOff.on,
          () => `${money(writeOff.amountMinor, invoice.currency)} of invoice ${invoice.invoiceId} written off: ${writeOff.reason}`,
        );
  }
  for (const promise of history.promises)
    if (wanted(promise.eventId))
      add(promise.eventId, promise.source === 'INSTALMENT' ? 'PaymentPlanAgreed' : 'PromiseToPayRecorded', promise.madeOn, () =>
        promise.source === 'INSTALMENT'
          ? `payment plan agreed on invoice(s) ${(promise.planInvoiceIds ?? [promise.invoiceId]).join(', ')}`
          : `promise to pay ${money(promise.amountMinor, currency)} on invoice ${promise.invoiceId} by ${promise.promisedDate}`,
      );
  for (const excuse of history.excuses)
    if (wanted(excuse.eventId))
      add(
        excuse.eventId,
        'ExcuseRecorded',
        excuse.on,
        () =>
          `excuse${excuse.invoiceId ? ` for invoice ${excuse.invoiceId}` : ''}${excuse.promisedDate ? `, pay by ${excuse.promisedDate}` : ', no date given'}`,
      );
  for (const reminder of history.reminders)
    if (wanted(reminder.eventId))
      add(reminder.eventId, 'ReminderSent', reminder.on, () => `${reminder.step} reminder by ${reminder.channel} on invoice ${reminder.invoiceId}`);
  for (const complaint of history.complaints) {
    if (wanted(complaint.eventIds[0]))
      add(
        complaint.eventIds[0],
        'ComplaintFiled',
        complaint.filedOn,
        () => `complaint filed${complaint.disputedInvoiceId ? `, disputing invoice ${complaint.disputedInvoiceId}` : ''}`,
      );
    if (complaint.resolvedOn !== null)
      if (wanted(complaint.eventIds[1]))
        add(complaint.eventIds[1], 'ComplaintResolved', complaint.resolvedOn, () => `complaint resolved: ${complaint.outcome}`);
  }
  for (const change of history.scopeChanges) {
    if (wanted(change.eventIds[0])) add(change.eventIds[0], 'ScopeChangeRequested', change.requestedOn, () => 'scope change requested');
    if (change.classification !== null)
      if (wanted(change.eventIds[1]))
        add(
          change.eventIds[1],
          'ScopeChangeDecided',
          change.requestedOn,
          () => `scope change ${change.classification}, ${change.billable ? 'billable' : 'not billable'}`,
        );
  }
  for (const entry of history.timeEntries)
    if (wanted(entry.eventId))
      add(entry.eventId, 'TimeLogged', entry.workedOn, () => `${entry.minutes} min of ${entry.activity}, ${entry.billable ? 'billable' : 'not billable'}`);
  for (const meeting of history.meetings) if (wanted(meeting.eventId)) add(meeting.eventId, 'MeetingRecorded', meeting.on, () => `meeting ${meeting.outcome}`);
  for (const recommendation of history.recommendations)
    if (wanted(recommendation.eventId))
      add(recommendation.eventId, 'RecommendationRecorded', recommendation.on, () => `recommendation ${recommendation.outcome}`);
  for (const report of history.abuseReports)
    if (wanted(report.eventId)) add(report.eventId, 'AbuseReported', report.on, () => `${report.severity} abuse reported`);
  for (const fee of history.fees ?? [])
    if (wanted(fee.eventId)) add(fee.eventId, 'CollectionCostRecorded', fee.on, () => `${fee.kind} fee of ${money(fee.amountMinor, currency)}`);
  for (const signal of history.conductSignals ?? [])
    if (wanted(signal.eventId))
      add(signal.eventId, 'ConductSignalRecorded', signal.on, () =>
        signal.agreedHours !== undefined && signal.actualHours !== undefined
          ? `${signal.kind}: ${signal.actualHours} h against ${signal.agreedHours} h agreed`
          : signal.kind,
      );
  for (const limit of history.creditLimits ?? [])
    if (wanted(limit.eventId))
      add(limit.eventId, 'CreditLimitSet', limit.on, () =>
        limit.amountMinor === null ? 'credit limit cleared' : `credit limit set to ${money(limit.amountMinor, currency)}`,
      );
  return index;
}
