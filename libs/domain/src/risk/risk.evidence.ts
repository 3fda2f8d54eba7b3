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
  /** False when `list` holds none of the ids still wanted: its entries need not be visited. */
  const visit = <Entry extends object>(list: readonly Entry[], idsOf: (entry: Entry) => readonly (string | undefined)[]): boolean =>
    only === undefined || mayHoldAny(list, idsOf, only, index);
  // Asked before each description's closure is made: a long history has thousands of facts and cites a handful.
  const wanted = (eventId: string | undefined): eventId is string => eventId !== undefined && (only === undefined || only.has(eventId)) && !index.has(eventId);
  const add = (eventId: string, type: string, occurredOn: LocalDate, summary: () => string) =>
    index.set(eventId, { eventId, type, occurredOn, summary: summary() });
  const { currency } = history.contract;
  if (visit(history.invoices, invoiceEventIds))
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
  if (visit(history.promises, eventIdOf))
    for (const promise of history.promises)
      if (wanted(promise.eventId))
        add(promise.eventId, promise.source === 'INSTALMENT' ? 'PaymentPlanAgreed' : 'PromiseToPayRecorded', promise.madeOn, () =>
          promise.source === 'INSTALMENT'
            ? `payment plan agreed on invoice(s) ${(promise.planInvoiceIds ?? [promise.invoiceId]).join(', ')}`
            : `promise to pay ${money(promise.amountMinor, currency)} on invoice ${promise.invoiceId} by ${promise.promisedDate}`,
        );
  if (visit(history.excuses, eventIdOf))
    for (const excuse of history.excuses)
      if (wanted(excuse.eventId))
        add(
          excuse.eventId,
          'ExcuseRecorded',
          excuse.on,
          () =>
            `excuse${excuse.invoiceId ? ` for invoice ${excuse.invoiceId}` : ''}${excuse.promisedDate ? `, pay by ${excuse.promisedDate}` : ', no date given'}`,
        );
  if (visit(history.reminders, eventIdOf))
    for (const reminder of history.reminders)
      if (wanted(reminder.eventId))
        add(reminder.eventId, 'ReminderSent', reminder.on, () => `${reminder.step} reminder by ${reminder.channel} on invoice ${reminder.invoiceId}`);
  if (visit(history.complaints, eventIdsOf))
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
  if (visit(history.scopeChanges, eventIdsOf))
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
  if (visit(history.timeEntries, eventIdOf))
    for (const entry of history.timeEntries)
      if (wanted(entry.eventId))
        add(entry.eventId, 'TimeLogged', entry.workedOn, () => `${entry.minutes} min of ${entry.activity}, ${entry.billable ? 'billable' : 'not billable'}`);
  if (visit(history.meetings, eventIdOf))
    for (const meeting of history.meetings)
      if (wanted(meeting.eventId)) add(meeting.eventId, 'MeetingRecorded', meeting.on, () => `meeting ${meeting.outcome}`);
  if (visit(history.recommendations, eventIdOf))
    for (const recommendation of history.recommendations)
      if (wanted(recommendation.eventId))
        add(recommendation.eventId, 'RecommendationRecorded', recommendation.on, () => `recommendation ${recommendation.outcome}`);
  if (visit(history.abuseReports, eventIdOf))
    for (const report of history.abuseReports)
      if (wanted(report.eventId)) add(report.eventId, 'AbuseReported', report.on, () => `${report.severity} abuse reported`);
  if (visit(history.fees ?? [], eventIdOf))
    for (const fee of history.fees ?? [])
      if (wanted(fee.eventId)) add(fee.eventId, 'CollectionCostRecorded', fee.on, () => `${fee.kind} fee of ${money(fee.amountMinor, currency)}`);
  if (visit(history.conductSignals ?? [], eventIdOf))
    for (const signal of history.conductSignals ?? [])
      if (wanted(signal.eventId))
        add(signal.eventId, 'ConductSignalRecorded', signal.on, () =>
          signal.agreedHours !== undefined && signal.actualHours !== undefined
            ? `${signal.kind}: ${signal.actualHours} h against ${signal.agreedHours} h agreed`
            : signal.kind,
        );
  if (visit(history.creditLimits ?? [], eventIdOf))
    for (const limit of history.creditLimits ?? [])
      if (wanted(limit.eventId))
        add(limit.eventId, 'CreditLimitSet', limit.on, () =>
          limit.amountMinor === null ? 'credit limit cleared' : `credit limit set to ${money(limit.amountMinor, currency)}`,
        );
  return index;
}

const eventIdOf = (entry: { readonly eventId: string }): readonly string[] => [entry.eventId];
const eventIdsOf = (entry: { readonly eventIds: readonly string[] }): readonly string[] => entry.eventIds;
const invoiceEventIds = (invoice: ClientHistory['invoices'][number]): readonly string[] => [
  invoice.eventId,
  ...invoice.payments.map((payment) => payment.eventId),
  ...(invoice.writeOffs ?? []).map((writeOff) => writeOff.eventId),
];

/**
 * The event ids a snapshot's list holds, once the list has been met twice: snapshots share every
 * list an event did not change, so a long client's invoices, reminders and meetings are indexed
 * once, and each later assessment skips those holding none of the ids it cites instead of walking
 * their thousands of entries again. Weak: an index goes with its list. A list met once (a rebuild
 * assesses each client once) is walked, not indexed.
 */
const idsOfList = new WeakMap<readonly object[], ReadonlySet<string>>();
const listsMet = new WeakSet<readonly object[]>();

/** Whether `list` may hold one of `wanted` not described yet; only a frozen list (a snapshot's, never changed) is indexed. */
function mayHoldAny<Entry extends object>(
  list: readonly Entry[],
  idsOf: (entry: Entry) => readonly (string | undefined)[],
  wanted: ReadonlySet<string>,
  described: ReadonlyMap<string, unknown>,
): boolean {
  if (list.length === 0) return false;
  let ids = idsOfList.get(list);
  if (ids === undefined) {
    if (!Object.isFrozen(list) || !listsMet.has(list)) {
      if (Object.isFrozen(list)) listsMet.add(list);
      return true;
    }
    const held = new Set<string>();
    for (const entry of list) for (const id of idsOf(entry)) if (id !== undefined) held.add(id);
    idsOfList.set(list, (ids = held));
  }
  for (const id of wanted) if (ids.has(id) && !described.has(id)) return true;
  return false;
}
