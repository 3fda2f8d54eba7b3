import { type ClientEvent, type Money, assertNever } from '@client-lifecycle/domain';

/** `1200.00 EUR`: the currency's own number of decimals. */
export const moneyInWords = ({ amountMinor, currency }: Money): string => {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return `${(amountMinor / 10 ** digits).toFixed(digits)} ${currency}`;
};

const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

const BUCKET_WORDS = { DAYS_1_30: '1–30 days', DAYS_31_60: '31–60 days', DAYS_61_90: '61–90 days', DAYS_90_PLUS: 'over 90 days' } as const;

const hours = (minutes: number): string => (minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`);

/** One sentence a support agent can read on the timeline without knowing the event schema. */
export function summarizeClientEvent(event: ClientEvent): string {
  switch (event.type) {
    case 'ClientRegistered': {
      const { name, contract } = event.data;
      return `${name} registered as a client: ${contract.paymentTermsDays}-day payment terms, ${moneyInWords(contract.hourlyRate)} per hour, ${contract.noticePeriodDays}-day notice period`;
    }
    case 'ContractAmended':
      return `Contract amended (${Object.keys(event.data.changes).join(', ')}): ${event.data.reason}`;
    case 'InvoiceIssued':
      return `Invoice ${event.data.invoiceId} issued for ${moneyInWords(event.data.amount)}, due ${event.data.dueDate}`;
    case 'PaymentRecorded': {
      const { invoiceId, amount: paid, openBalanceAfter, kind } = event.data;
      return kind === 'FULL'
        ? `Invoice ${invoiceId} paid in full (${moneyInWords(paid)})`
        : `Partial payment of ${moneyInWords(paid)} on invoice ${invoiceId}; ${moneyInWords(openBalanceAfter)} still open`;
    }
    case 'ExcuseRecorded': {
      const { category, text, invoiceId, promisedDate } = event.data;
      const about = invoiceId ? ` about invoice ${invoiceId}` : '';
      const promise = promisedDate ? `, promising payment by ${promisedDate}` : '';
      return `Excuse given${about} (${words(category)}): "${text}"${promise}`;
    }
    case 'PromiseToPayRecorded':
      return `Client promised to pay ${moneyInWords(event.data.amount)} on invoice ${event.data.invoiceId} by ${event.data.promisedDate}`;
    case 'PaymentPlanAgreed':
      return `Payment plan agreed: ${event.data.instalments.length} instalments totalling ${moneyInWords(event.data.total)} for invoice(s) ${event.data.invoiceIds.join(', ')}`;
    case 'ReminderSent':
      return `${words(event.data.step)} reminder sent by ${words(event.data.channel)} for invoice ${event.data.invoiceId}`;
    case 'ComplaintFiled': {
      const dispute = event.data.disputedInvoiceId ? `, disputing invoice ${event.data.disputedInvoiceId}` : '';
      return `Complaint filed: ${event.data.subject}${dispute}`;
    }
    case 'ComplaintResolved':
      return `Complaint ${event.data.complaintId} resolved as ${words(event.data.outcome)}: ${event.data.resolution}`;
    case 'ScopeChangeRequested':
      return `Scope change requested: ${event.data.description}`;
    case 'ScopeChangeDecided': {
      const { scopeChangeId, classification, billable } = event.data;
      return `Scope change ${scopeChangeId} judged ${words(classification)}, ${billable ? 'billable' : 'not billable'}`;
    }
    case 'TimeLogged':
      return `${hours(event.data.minutes)} of ${event.data.billable ? 'billable' : 'non-billable'} time logged on ${event.data.workedOn}: ${event.data.activity}`;
    case 'MeetingRecorded': {
      const outcome = { HELD: 'held', MISSED: 'missed by the client', CLIENT_UNPREPARED: 'held, client unprepared' }[event.data.outcome];
      return `Meeting of ${event.data.scheduledAt.slice(0, 10)} ${outcome}`;
    }
    case 'RecommendationRecorded':
      return `Recommendation ${words(event.data.outcome)} by the client: ${event.data.summary}`;
    case 'AbuseReported':
      return `${event.data.severity === 'SEVERE' ? 'Severe' : 'Minor'} abuse reported by ${event.data.reportedBy}: ${event.data.description}`;
    case 'InvoiceAged':
      return `Invoice ${event.data.invoiceId} is now ${event.data.daysPastDue} days past due (${BUCKET_WORDS[event.data.bucket]}), ${moneyInWords(event.data.openBalance)} unpaid`;
    case 'PromiseToPayBroken':
      return `Promise to pay ${moneyInWords(event.data.promisedAmount)} on invoice ${event.data.invoiceId} by ${event.data.promisedDate} was broken`;
    case 'CollectionStepFellDue':
      return event.data.step === 'DECIDE_COURT_OR_WRITE_OFF'
        ? `Invoice ${event.data.invoiceId}: time to decide between court and writing it off`
        : `Invoice ${event.data.invoiceId}: the ${words(event.data.step)} reminder is due`;
    case 'NewWorkRefused':
      return `New work refused while termination ${event.data.terminationId} is under way: no new scope changes`;
    case 'WorkMovedToPrepayment':
      return `New work moved to prepayment while termination ${event.data.terminationId} is under way: invoices fall due when issued`;
    case 'NewWorkRestrictionLifted':
      return `Termination ${event.data.terminationId} was cancelled: new work is open again on the usual terms`;
    case 'NoticeOfTerminationServed': {
      const { terminationId, reason, channel, servedOn, effectiveDate } = event.data;
      return `Notice of termination served by ${words(channel)} on ${servedOn}, effective ${effectiveDate} (termination ${terminationId}, ${words(reason)})`;
    }
    case 'NoticeOfTerminationWithdrawn':
      return `Notice of termination ${event.data.terminationId} withdrawn: the relationship goes on`;
    case 'ClientOffboarded':
      return `Client offboarded on ${event.data.offboardedOn} (termination ${event.data.terminationId}): no new invoices or scope changes; payments on earlier invoices are still accepted`;
    case 'TerminationOpened':
      return `Termination ${event.data.terminationId} proposed: no other termination can start until it ends`;
    case 'TerminationClosed':
      return `Termination ${event.data.terminationId} ended (${words(event.data.outcome)}): another may be proposed`;
    case 'ClientForgotten':
      return `Personal data erased on ${event.data.forgottenOn} (${event.data.reason})`;
    case 'InvoiceWrittenOff': {
      const { invoiceId, amount, reason, openBalanceAfter, terminationId } = event.data;
      const by = terminationId ? ` (settlement of termination ${terminationId})` : '';
      return `${moneyInWords(amount)} of invoice ${invoiceId} written off${by}: ${reason}; ${moneyInWords(openBalanceAfter)} still open`;
    }
    case 'CollectionCostRecorded': {
      const about = event.data.invoiceId ? ` recovering invoice ${event.data.invoiceId}` : '';
      return `Collection cost of ${moneyInWords(event.data.amount)} (${words(event.data.kind)})${about}`;
    }
    case 'ConductSignalRecorded': {
      const { kind, occurredOn, agreedHours, actualHours } = event.data;
      const times = agreedHours !== null && actualHours !== null ? `: ${actualHours} h against ${agreedHours} h agreed` : '';
      return `Conduct signal on ${occurredOn}, ${words(kind)}${times}`;
    }
    case 'CreditHoldPlaced':
      return `Credit put on hold: ${event.data.reason}. New invoices fall due when issued, no new scope changes`;
    case 'CreditHoldReleased':
      return `Credit hold released on ${event.data.releasedOn}: invoices on the usual terms again`;
    case 'CreditLimitSet':
      return event.data.limit === null ? 'Credit limit cleared' : `Credit limit set to ${moneyInWords(event.data.limit)}`;
    case 'CreditNoteIssued':
      return `Credit note of ${moneyInWords(event.data.amount)} on invoice ${event.data.invoiceId}: ${event.data.reason}; ${moneyInWords(event.data.openBalanceAfter)} still open`;
    case 'SettlementDiscountGranted':
      return `Prompt-payment discount of ${moneyInWords(event.data.amount)} on invoice ${event.data.invoiceId}; ${moneyInWords(event.data.openBalanceAfter)} still open`;
    case 'LateInterestCharged': {
      const { amount, invoiceId, from, to } = event.data;
      return `Late-payment interest of ${moneyInWords(amount)} charged on invoice ${invoiceId} for ${from} to ${to}`;
    }
    case 'InvoicesHandedToCollectionAgency':
      return `Invoice(s) ${event.data.invoiceIds.join(', ')} handed over to the collection agency ${event.data.agency}`;
    case 'LegalActionRecorded':
      return `Legal action (${words(event.data.kind)}) on invoice(s) ${event.data.invoiceIds.join(', ')}`;
    default:
      return assertNever(event);
  }
}
