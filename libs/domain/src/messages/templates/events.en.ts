/**
 * Timeline summaries in English, ICU MessageFormat, one per client event (some per variant).
 * `{flag, select, yes {...} other {}}` leaves out a part the event does not have.
 */
export const EN_EVENT_MESSAGES = {
  'event.ClientRegistered': '{name} registered as a client: {paymentTermsDays}-day payment terms, {hourlyRate} per hour, {noticePeriodDays}-day notice period',
  'event.ContractAmended': 'Contract amended ({changes}): {reason}',
  'event.InvoiceIssued': 'Invoice {invoiceId} issued for {amount}, due {dueDate}',
  'event.PaymentRecorded.full': 'Invoice {invoiceId} paid in full ({amount})',
  'event.PaymentRecorded.partial': 'Partial payment of {amount} on invoice {invoiceId}; {openBalanceAfter} still open',
  'event.ExcuseRecorded':
    'Excuse given{aboutInvoice, select, yes { about invoice {invoiceId}} other {}} ({category}): "{text}"{withPromise, select, yes {, promising payment by {promisedDate}} other {}}',
  'event.PromiseToPayRecorded': 'Client promised to pay {amount} on invoice {invoiceId} by {promisedDate}',
  'event.PaymentPlanAgreed': 'Payment plan agreed: {count} instalments totalling {total} for invoice(s) {invoiceIds}',
  'event.ReminderSent': '{step} reminder sent by {channel} for invoice {invoiceId}',
  'event.ComplaintFiled': 'Complaint filed: {subject}{disputing, select, yes {, disputing invoice {disputedInvoiceId}} other {}}',
  'event.ComplaintResolved': 'Complaint {complaintId} resolved as {outcome}: {resolution}',
  'event.ScopeChangeRequested': 'Scope change requested: {description}',
  'event.ScopeChangeDecided': 'Scope change {scopeChangeId} judged {classification}, {billable, select, yes {billable} other {not billable}}',
  'event.TimeLogged': '{duration} of {billable, select, yes {billable} other {non-billable}} time logged on {workedOn}: {activity}',
  'event.MeetingRecorded': 'Meeting of {day} {outcome, select, HELD {held} MISSED {missed by the client} other {held, client unprepared}}',
  'event.RecommendationRecorded': 'Recommendation {outcome} by the client: {summary}',
  'event.AbuseReported': '{severity, select, SEVERE {Severe} other {Minor}} abuse reported by {reportedBy}: {description}',
  'event.InvoiceAged':
    'Invoice {invoiceId} is now {daysPastDue} days past due ({bucket, select, DAYS_1_30 {1–30 days} DAYS_31_60 {31–60 days} DAYS_61_90 {61–90 days} other {over 90 days}}), {openBalance} unpaid',
  'event.PromiseToPayBroken': 'Promise to pay {amount} on invoice {invoiceId} by {promisedDate} was broken',
  'event.CollectionStepFellDue.decide': 'Invoice {invoiceId}: time to decide between court and writing it off',
  'event.CollectionStepFellDue': 'Invoice {invoiceId}: the {step} reminder is due',
  'event.NewWorkRefused': 'New work refused while termination {terminationId} is under way: no new scope changes',
  'event.WorkMovedToPrepayment': 'New work moved to prepayment while termination {terminationId} is under way: invoices fall due when issued',
  'event.NewWorkRestrictionLifted': 'Termination {terminationId} was cancelled: new work is open again on the usual terms',
  'event.NoticeOfTerminationServed':
    'Notice of termination served by {channel} on {servedOn}, effective {effectiveDate} (termination {terminationId}, {reason})',
  'event.NoticeOfTerminationWithdrawn': 'Notice of termination {terminationId} withdrawn: the relationship goes on',
  'event.ClientOffboarded':
    'Client offboarded on {offboardedOn} (termination {terminationId}): no new invoices or scope changes; payments on earlier invoices are still accepted',
  'event.TerminationOpened': 'Termination {terminationId} proposed: no other termination can start until it ends',
  'event.TerminationClosed': 'Termination {terminationId} ended ({outcome}): another may be proposed',
  'event.ClientForgotten': 'Personal data erased on {forgottenOn} ({reason})',
  'event.InvoiceWrittenOff':
    '{amount} of invoice {invoiceId} written off{bySettlement, select, yes { (settlement of termination {terminationId})} other {}}: {reason}; {openBalanceAfter} still open',
  'event.CollectionCostRecorded': 'Collection cost of {amount} ({kind}){aboutInvoice, select, yes { recovering invoice {invoiceId}} other {}}',
  'event.ConductSignalRecorded': 'Conduct signal on {occurredOn}, {kind}{timed, select, yes {: {actualHours} h against {agreedHours} h agreed} other {}}',
  'event.CreditHoldPlaced': 'Credit put on hold: {reason}. New invoices fall due when issued, no new scope changes',
  'event.CreditHoldReleased': 'Credit hold released on {releasedOn}: invoices on the usual terms again',
  'event.CreditLimitSet.cleared': 'Credit limit cleared',
  'event.CreditLimitSet': 'Credit limit set to {limit}',
  'event.CreditNoteIssued': 'Credit note of {amount} on invoice {invoiceId}: {reason}; {openBalanceAfter} still open',
  'event.SettlementDiscountGranted': 'Prompt-payment discount of {amount} on invoice {invoiceId}; {openBalanceAfter} still open',
  'event.LateInterestCharged': 'Late-payment interest of {amount} charged on invoice {invoiceId} for {from} to {to}',
  'event.InvoicesHandedToCollectionAgency': 'Invoice(s) {invoiceIds} handed over to the collection agency {agency}',
  'event.LegalActionRecorded': 'Legal action ({kind}) on invoice(s) {invoiceIds}',
} as const;

export type EventMessageKey = keyof typeof EN_EVENT_MESSAGES;
