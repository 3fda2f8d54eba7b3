import { type ClientEvent, DraftLocale, type EventMessageKey, type Message, type Money, assertNever, message, term } from '@client-lifecycle/domain';
import { renderMessage } from '../messages/message.renderer';

/** `1200.00 EUR`: the currency's own number of decimals. */
export const moneyInWords = ({ amountMinor, currency }: Money): string => {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return `${(amountMinor / 10 ** digits).toFixed(digits)} ${currency}`;
};

const hours = (minutes: number): string => (minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`);

const say = (key: EventMessageKey, params: Message['params']): Message => message(key, params);
const flag = (value: boolean) => (value ? 'yes' : 'no');

/** One sentence a support agent can read on the timeline, in the reader's language (English by default). */
export const summarizeClientEvent = (event: ClientEvent, locale: DraftLocale = DraftLocale.EN): string => renderMessage(clientEventMessage(event), locale);

/** What a client event says, as a template key and values (templates: libs/domain/src/messages/templates). */
export function clientEventMessage(event: ClientEvent): Message {
  switch (event.type) {
    case 'ClientRegistered': {
      const { name, contract } = event.data;
      return say('event.ClientRegistered', {
        name,
        paymentTermsDays: String(contract.paymentTermsDays),
        hourlyRate: contract.hourlyRate,
        noticePeriodDays: String(contract.noticePeriodDays),
      });
    }
    case 'ContractAmended':
      return say('event.ContractAmended', { changes: Object.keys(event.data.changes).join(', '), reason: event.data.reason });
    case 'InvoiceIssued':
      return say('event.InvoiceIssued', { invoiceId: event.data.invoiceId, amount: event.data.amount, dueDate: event.data.dueDate });
    case 'PaymentRecorded': {
      const { invoiceId, amount, openBalanceAfter, kind } = event.data;
      return kind === 'FULL'
        ? say('event.PaymentRecorded.full', { invoiceId, amount })
        : say('event.PaymentRecorded.partial', { invoiceId, amount, openBalanceAfter });
    }
    case 'ExcuseRecorded': {
      const { category, text, invoiceId, promisedDate } = event.data;
      return say('event.ExcuseRecorded', {
        aboutInvoice: flag(Boolean(invoiceId)),
        invoiceId: invoiceId ?? '',
        category: term(category),
        text,
        withPromise: flag(Boolean(promisedDate)),
        promisedDate: promisedDate ?? '',
      });
    }
    case 'PromiseToPayRecorded':
      return say('event.PromiseToPayRecorded', { amount: event.data.amount, invoiceId: event.data.invoiceId, promisedDate: event.data.promisedDate });
    case 'PaymentPlanAgreed':
      return say('event.PaymentPlanAgreed', {
        count: String(event.data.instalments.length),
        total: event.data.total,
        invoiceIds: event.data.invoiceIds.join(', '),
      });
    case 'ReminderSent':
      return say('event.ReminderSent', { step: term(event.data.step), channel: term(event.data.channel), invoiceId: event.data.invoiceId });
    case 'ComplaintFiled':
      return say('event.ComplaintFiled', {
        subject: event.data.subject,
        disputing: flag(Boolean(event.data.disputedInvoiceId)),
        disputedInvoiceId: event.data.disputedInvoiceId ?? '',
      });
    case 'ComplaintResolved':
      return say('event.ComplaintResolved', { complaintId: event.data.complaintId, outcome: term(event.data.outcome), resolution: event.data.resolution });
    case 'ScopeChangeRequested':
      return say('event.ScopeChangeRequested', { description: event.data.description });
    case 'ScopeChangeDecided': {
      const { scopeChangeId, classification, billable } = event.data;
      return say('event.ScopeChangeDecided', { scopeChangeId, classification: term(classification), billable: flag(billable) });
    }
    case 'TimeLogged':
      return say('event.TimeLogged', {
        duration: hours(event.data.minutes),
        billable: flag(event.data.billable),
        workedOn: event.data.workedOn,
        activity: event.data.activity,
      });
    case 'MeetingRecorded':
      return say('event.MeetingRecorded', { day: event.data.scheduledAt.slice(0, 10), outcome: event.data.outcome });
    case 'RecommendationRecorded':
      return say('event.RecommendationRecorded', { outcome: term(event.data.outcome), summary: event.data.summary });
    case 'AbuseReported':
      return say('event.AbuseReported', { severity: event.data.severity, reportedBy: event.data.reportedBy, description: event.data.description });
    case 'InvoiceAged':
      return say('event.InvoiceAged', {
        invoiceId: event.data.invoiceId,
        daysPastDue: event.data.daysPastDue,
        bucket: event.data.bucket,
        openBalance: event.data.openBalance,
      });
    case 'PromiseToPayBroken':
      return say('event.PromiseToPayBroken', {
        amount: event.data.promisedAmount,
        invoiceId: event.data.invoiceId,
        promisedDate: event.data.promisedDate,
      });
    case 'CollectionStepFellDue':
      return event.data.step === 'DECIDE_COURT_OR_WRITE_OFF'
        ? say('event.CollectionStepFellDue.decide', { invoiceId: event.data.invoiceId })
        : say('event.CollectionStepFellDue', { invoiceId: event.data.invoiceId, step: term(event.data.step) });
    case 'NewWorkRefused':
      return say('event.NewWorkRefused', { terminationId: event.data.terminationId });
    case 'WorkMovedToPrepayment':
      return say('event.WorkMovedToPrepayment', { terminationId: event.data.terminationId });
    case 'NewWorkRestrictionLifted':
      return say('event.NewWorkRestrictionLifted', { terminationId: event.data.terminationId });
    case 'NoticeOfTerminationServed': {
      const { terminationId, reason, channel, servedOn, effectiveDate } = event.data;
      return say('event.NoticeOfTerminationServed', { channel: term(channel), servedOn, effectiveDate, terminationId, reason: term(reason) });
    }
    case 'NoticeOfTerminationWithdrawn':
      return say('event.NoticeOfTerminationWithdrawn', { terminationId: event.data.terminationId });
    case 'ClientOffboarded':
      return say('event.ClientOffboarded', { offboardedOn: event.data.offboardedOn, terminationId: event.data.terminationId });
    case 'TerminationOpened':
      return say('event.TerminationOpened', { terminationId: event.data.terminationId });
    case 'TerminationClosed':
      return say('event.TerminationClosed', { terminationId: event.data.terminationId, outcome: term(event.data.outcome) });
    case 'ClientForgotten':
      return say('event.ClientForgotten', { forgottenOn: event.data.forgottenOn, reason: event.data.reason });
    case 'InvoiceWrittenOff': {
      const { invoiceId, amount, reason, openBalanceAfter, terminationId } = event.data;
      return say('event.InvoiceWrittenOff', {
        amount,
        invoiceId,
        bySettlement: flag(Boolean(terminationId)),
        terminationId: terminationId ?? '',
        reason,
        openBalanceAfter,
      });
    }
    case 'CollectionCostRecorded':
      return say('event.CollectionCostRecorded', {
        amount: event.data.amount,
        kind: term(event.data.kind),
        aboutInvoice: flag(Boolean(event.data.invoiceId)),
        invoiceId: event.data.invoiceId ?? '',
      });
    case 'ConductSignalRecorded': {
      const { kind, occurredOn, agreedHours, actualHours } = event.data;
      const timed = agreedHours !== null && actualHours !== null;
      return say('event.ConductSignalRecorded', {
        occurredOn,
        kind: term(kind),
        timed: flag(timed),
        actualHours: String(actualHours ?? ''),
        agreedHours: String(agreedHours ?? ''),
      });
    }
    case 'CreditHoldPlaced':
      return say('event.CreditHoldPlaced', { reason: event.data.reason });
    case 'CreditHoldReleased':
      return say('event.CreditHoldReleased', { releasedOn: event.data.releasedOn });
    case 'CreditLimitSet':
      return event.data.limit === null ? say('event.CreditLimitSet.cleared', {}) : say('event.CreditLimitSet', { limit: event.data.limit });
    case 'CreditNoteIssued':
      return say('event.CreditNoteIssued', {
        amount: event.data.amount,
        invoiceId: event.data.invoiceId,
        reason: event.data.reason,
        openBalanceAfter: event.data.openBalanceAfter,
      });
    case 'SettlementDiscountGranted':
      return say('event.SettlementDiscountGranted', {
        amount: event.data.amount,
        invoiceId: event.data.invoiceId,
        openBalanceAfter: event.data.openBalanceAfter,
      });
    case 'LateInterestCharged': {
      const { amount, invoiceId, from, to } = event.data;
      return say('event.LateInterestCharged', { amount, invoiceId, from, to });
    }
    case 'InvoicesHandedToCollectionAgency':
      return say('event.InvoicesHandedToCollectionAgency', { invoiceIds: event.data.invoiceIds.join(', '), agency: event.data.agency });
    case 'LegalActionRecorded':
      return say('event.LegalActionRecorded', { kind: term(event.data.kind), invoiceIds: event.data.invoiceIds.join(', ') });
    default:
      return assertNever(event);
  }
}
