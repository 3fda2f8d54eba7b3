import { dateOf, DomainError, type LocalDate, type Money } from '../shared';
import { checkDate, checkMoney, checkText, checkTime, firstFailure, openInvoice } from './client.checks';
import type {
  ChargeLateInterest,
  GrantSettlementDiscount,
  HandOverToCollectionAgency,
  IssueCreditNote,
  PlaceCreditHold,
  RecordCollectionCost,
  RecordConductSignal,
  RecordLegalAction,
  ReleaseCreditHold,
  SetCreditLimit,
  WriteOffInvoice,
  WriteOffOutstanding,
} from './client.commands';
import { ClientErrors } from './client.errors';
import type { ClientEvent } from './client.events';
import type { InvoiceState, RegisteredClient } from './client.state';
import { ConductSignalKind } from './client.vocabulary';

type Decision = readonly ClientEvent[] | DomainError;

/** The most hours a response can be said to have taken: a year. */
const MAX_RESPONSE_HOURS = 24 * 366;

/** A one-off fact's id, remembered so a CRM resending it is refused. */
const seen = (client: RegisteredClient, prefix: string, fact: string, id: string): DomainError | null =>
  client.recordedIds.has(`${prefix}:${id}`) ? ClientErrors.creditControlFactAlreadyRecorded(fact, id) : null;

const money = (amountMinor: number, currency: string): Money => ({ amountMinor, currency });

/** An amount taken off an open invoice (a write-off, a credit note, a discount): never more than is owed. */
const takenOff = (what: string, invoice: InvoiceState, amount: Money): DomainError | null =>
  amount.amountMinor > invoice.openBalanceMinor
    ? ClientErrors.amountExceedsOpenBalance(what, invoice.invoiceId, amount.amountMinor, invoice.openBalanceMinor)
    : null;

export const writeOffInvoice = ({ data, metadata }: WriteOffInvoice, client: RegisteredClient): Decision => {
  const invoice = openInvoice(client, data.invoiceId);
  if (invoice instanceof DomainError) return invoice;
  const failure = firstFailure(
    seen(client, 'write-off', 'Write-off', data.writeOffId),
    checkTime(metadata),
    checkMoney('amount', data.amount, invoice.amount.currency),
    checkText('reason', data.reason),
  );
  if (failure) return failure;
  const exceeded = takenOff('write-off', invoice, data.amount);
  if (exceeded) return exceeded;
  return [
    {
      type: 'InvoiceWrittenOff',
      data: {
        clientId: data.clientId,
        writeOffId: data.writeOffId,
        invoiceId: invoice.invoiceId,
        amount: data.amount,
        reason: data.reason.trim(),
        writtenOffOn: dateOf(metadata.occurredAt),
        terminationId: null,
        openBalanceAfter: money(invoice.openBalanceMinor - data.amount.amountMinor, invoice.amount.currency),
      },
    },
  ];
};

const oldestDueFirst = (a: InvoiceState, b: InvoiceState) =>
  a.dueDate.localeCompare(b.dueDate) || a.issuedOn.localeCompare(b.issuedOn) || a.invoiceId.localeCompare(b.invoiceId);

/**
 * A termination's WRITTEN_OFF settlement names one amount for the whole client: it comes off the
 * open invoices oldest first (the order payments settle them in), one `InvoiceWrittenOff` each,
 * never more than they owe together. Re-sent with the same termination it finds nothing left.
 */
export const writeOffOutstanding = ({ data, metadata }: WriteOffOutstanding, client: RegisteredClient): Decision => {
  const failure = firstFailure(checkTime(metadata), checkMoney('amount', data.amount, client.contract.currency), checkText('reason', data.reason));
  if (failure) return failure;
  const open = [...client.invoices.values()]
    .filter((invoice) => invoice.openBalanceMinor > 0 && !client.recordedIds.has(`write-off:${data.terminationId}:${invoice.invoiceId}`))
    .sort(oldestDueFirst);
  if (open.length === 0) return ClientErrors.nothingOutstanding('write-off');
  const writtenOffOn = dateOf(metadata.occurredAt);
  let left = data.amount.amountMinor;
  const events: ClientEvent[] = [];
  for (const invoice of open) {
    if (left === 0) break;
    const amountMinor = Math.min(left, invoice.openBalanceMinor);
    left -= amountMinor;
    events.push({
      type: 'InvoiceWrittenOff',
      data: {
        clientId: data.clientId,
        writeOffId: `${data.terminationId}:${invoice.invoiceId}`,
        invoiceId: invoice.invoiceId,
        amount: money(amountMinor, invoice.amount.currency),
        reason: data.reason.trim(),
        writtenOffOn,
        terminationId: data.terminationId,
        openBalanceAfter: money(invoice.openBalanceMinor - amountMinor, invoice.amount.currency),
      },
    });
  }
  return events;
};

export const recordCollectionCost = ({ data, metadata }: RecordCollectionCost, client: RegisteredClient): Decision => {
  const failure = firstFailure(
    seen(client, 'collection-cost', 'Collection cost', data.costId),
    data.invoiceId !== undefined && !client.invoices.has(data.invoiceId) ? ClientErrors.invoiceNotFound(data.invoiceId) : null,
    checkTime(metadata),
    checkMoney('amount', data.amount, client.contract.currency),
  );
  if (failure) return failure;
  return [
    {
      type: 'CollectionCostRecorded',
      data: {
        clientId: data.clientId,
        costId: data.costId,
        kind: data.kind,
        amount: data.amount,
        invoiceId: data.invoiceId ?? null,
        incurredOn: dateOf(metadata.occurredAt),
      },
    },
  ];
};

const checkHours = (field: string, hours: number | undefined): DomainError | null =>
  hours !== undefined && (!Number.isFinite(hours) || hours <= 0 || hours > MAX_RESPONSE_HOURS)
    ? ClientErrors.invalidConductSignal(`${field} must be more than 0 and at most ${MAX_RESPONSE_HOURS} hours`, { field })
    : null;

/** A slow response is judged against the time agreed, so it needs both times and must be slower than agreed; other signs take neither. */
const checkResponseTimes = ({ kind, agreedHours, actualHours }: RecordConductSignal['data']): DomainError | null => {
  const failure = firstFailure(checkHours('agreedHours', agreedHours), checkHours('actualHours', actualHours));
  if (failure) return failure;
  if (kind !== ConductSignalKind.SlowResponse)
    return agreedHours !== undefined || actualHours !== undefined
      ? ClientErrors.invalidConductSignal('Only a slow response takes agreedHours and actualHours', { field: 'agreedHours' })
      : null;
  if (agreedHours === undefined || actualHours === undefined)
    return ClientErrors.invalidConductSignal('A slow response needs the agreed and the actual response time', { field: 'agreedHours' });
  return actualHours > agreedHours ? null : ClientErrors.invalidConductSignal('A slow response took longer than the time agreed', { field: 'actualHours' });
};

export const recordConductSignal = ({ data, metadata }: RecordConductSignal, client: RegisteredClient): Decision => {
  const failure = firstFailure(
    seen(client, 'conduct', 'Conduct signal', data.signalId),
    checkTime(metadata),
    checkDate('occurredOn', data.occurredOn),
    checkText('note', data.note),
    checkResponseTimes(data),
  );
  if (failure) return failure;
  if (data.occurredOn > dateOf(metadata.now)) return ClientErrors.occursInFuture(data.occurredOn, metadata.now);
  return [
    {
      type: 'ConductSignalRecorded',
      data: {
        clientId: data.clientId,
        signalId: data.signalId,
        kind: data.kind,
        occurredOn: data.occurredOn,
        agreedHours: data.agreedHours ?? null,
        actualHours: data.actualHours ?? null,
        note: data.note?.trim() ?? null,
      },
    },
  ];
};

export const placeCreditHold = ({ data, metadata }: PlaceCreditHold, client: RegisteredClient): Decision => {
  if (client.offboarded) return ClientErrors.offboarded('credit hold', client.offboarded.terminationId, client.offboarded.offboardedOn);
  if (client.creditHold) return ClientErrors.creditHoldAlreadyPlaced(client.creditHold.placedOn);
  const failure = firstFailure(checkTime(metadata), checkText('reason', data.reason));
  if (failure) return failure;
  return [{ type: 'CreditHoldPlaced', data: { clientId: data.clientId, reason: data.reason.trim(), placedOn: dateOf(metadata.occurredAt) } }];
};

export const releaseCreditHold = ({ data, metadata }: ReleaseCreditHold, client: RegisteredClient): Decision => {
  if (!client.creditHold) return ClientErrors.noCreditHold();
  const failure = checkTime(metadata);
  if (failure) return failure;
  return [{ type: 'CreditHoldReleased', data: { clientId: data.clientId, releasedOn: dateOf(metadata.occurredAt) } }];
};

export const setCreditLimit = ({ data, metadata }: SetCreditLimit, client: RegisteredClient): Decision => {
  // GraphQL lets a nullable field be left out: absent reads as null, clearing the limit.
  const limit = data.limit ?? null;
  const failure = firstFailure(checkTime(metadata), limit === null ? null : checkMoney('limit', limit, client.contract.currency));
  if (failure) return failure;
  return [{ type: 'CreditLimitSet', data: { clientId: data.clientId, limit, setOn: dateOf(metadata.occurredAt) } }];
};

export const issueCreditNote = ({ data, metadata }: IssueCreditNote, client: RegisteredClient): Decision => {
  const invoice = openInvoice(client, data.invoiceId);
  if (invoice instanceof DomainError) return invoice;
  const failure = firstFailure(
    seen(client, 'credit-note', 'Credit note', data.creditNoteId),
    checkTime(metadata),
    checkMoney('amount', data.amount, invoice.amount.currency),
    checkText('reason', data.reason),
    takenOff('credit note', invoice, data.amount),
  );
  if (failure) return failure;
  return [
    {
      type: 'CreditNoteIssued',
      data: {
        clientId: data.clientId,
        creditNoteId: data.creditNoteId,
        invoiceId: invoice.invoiceId,
        amount: data.amount,
        reason: data.reason.trim(),
        issuedOn: dateOf(metadata.occurredAt),
        openBalanceAfter: money(invoice.openBalanceMinor - data.amount.amountMinor, invoice.amount.currency),
      },
    },
  ];
};

/** A prompt-payment discount rewards paying by the due date: after it there is nothing to reward. */
export const grantSettlementDiscount = ({ data, metadata }: GrantSettlementDiscount, client: RegisteredClient): Decision => {
  const invoice = openInvoice(client, data.invoiceId);
  if (invoice instanceof DomainError) return invoice;
  const grantedOn = dateOf(metadata.occurredAt);
  const failure = firstFailure(
    seen(client, 'discount', 'Settlement discount', data.discountId),
    checkTime(metadata),
    checkMoney('amount', data.amount, invoice.amount.currency),
    grantedOn > invoice.dueDate ? ClientErrors.settlementDiscountAfterDueDate(invoice.invoiceId, invoice.dueDate, grantedOn) : null,
    takenOff('settlement discount', invoice, data.amount),
  );
  if (failure) return failure;
  return [
    {
      type: 'SettlementDiscountGranted',
      data: {
        clientId: data.clientId,
        discountId: data.discountId,
        invoiceId: invoice.invoiceId,
        amount: data.amount,
        grantedOn,
        openBalanceAfter: money(invoice.openBalanceMinor - data.amount.amountMinor, invoice.amount.currency),
      },
    },
  ];
};

/**
 * Interest runs from the day after the due date, up to a day that has come, and a day is charged
 * once: each charge starts after the last one ended. Allowed on a paid invoice too (the payment
 * came late), and what it adds is owed.
 */
const checkInterestPeriod = (invoice: InvoiceState, from: LocalDate, to: LocalDate, today: LocalDate): DomainError | null => {
  const details = { invoiceId: invoice.invoiceId, from, to };
  if (from <= invoice.dueDate) return ClientErrors.lateInterestPeriodInvalid(`Interest runs from the day after the due date ${invoice.dueDate}`, details);
  if (to < from) return ClientErrors.lateInterestPeriodInvalid(`The period ends ${to}, before it starts ${from}`, details);
  if (to > today) return ClientErrors.lateInterestPeriodInvalid(`The period ends ${to}, after today ${today}`, details);
  if (invoice.interestChargedUntil !== null && from <= invoice.interestChargedUntil)
    return ClientErrors.lateInterestPeriodInvalid(`Interest was already charged up to ${invoice.interestChargedUntil}`, details);
  return null;
};

export const chargeLateInterest = ({ data, metadata }: ChargeLateInterest, client: RegisteredClient): Decision => {
  const invoice = client.invoices.get(data.invoiceId);
  if (!invoice) return ClientErrors.invoiceNotFound(data.invoiceId);
  const chargedOn = dateOf(metadata.occurredAt);
  const failure = firstFailure(
    seen(client, 'interest', 'Late interest charge', data.chargeId),
    checkTime(metadata),
    checkMoney('amount', data.amount, invoice.amount.currency),
    checkDate('from', data.from),
    checkDate('to', data.to),
  );
  if (failure) return failure;
  const badPeriod = checkInterestPeriod(invoice, data.from, data.to, chargedOn);
  if (badPeriod) return badPeriod;
  return [
    {
      type: 'LateInterestCharged',
      data: {
        clientId: data.clientId,
        chargeId: data.chargeId,
        invoiceId: invoice.invoiceId,
        amount: data.amount,
        from: data.from,
        to: data.to,
        chargedOn,
        openBalanceAfter: money(invoice.openBalanceMinor + data.amount.amountMinor, invoice.amount.currency),
      },
    },
  ];
};

/** Every invoice named must be owed something; the first that is not refuses the command. */
const openInvoices = (client: RegisteredClient, invoiceIds: readonly string[]): InvoiceState[] | DomainError => {
  if (invoiceIds.length === 0) return ClientErrors.noInvoicesNamed();
  const found: InvoiceState[] = [];
  for (const invoiceId of new Set(invoiceIds)) {
    const invoice = openInvoice(client, invoiceId);
    if (invoice instanceof DomainError) return invoice;
    found.push(invoice);
  }
  return found;
};

export const handOverToCollectionAgency = ({ data, metadata }: HandOverToCollectionAgency, client: RegisteredClient): Decision => {
  const invoices = openInvoices(client, data.invoiceIds);
  if (invoices instanceof DomainError) return invoices;
  const withAgency = invoices.find((invoice) => invoice.withAgency);
  const failure = firstFailure(
    seen(client, 'handover', 'Handover', data.handoverId),
    withAgency ? ClientErrors.alreadyWithCollectionAgency(withAgency.invoiceId) : null,
    checkTime(metadata),
    checkText('agency', data.agency),
  );
  if (failure) return failure;
  return [
    {
      type: 'InvoicesHandedToCollectionAgency',
      data: {
        clientId: data.clientId,
        handoverId: data.handoverId,
        invoiceIds: invoices.map((invoice) => invoice.invoiceId),
        agency: data.agency.trim(),
        handedOverOn: dateOf(metadata.occurredAt),
      },
    },
  ];
};

export const recordLegalAction = ({ data, metadata }: RecordLegalAction, client: RegisteredClient): Decision => {
  const invoices = openInvoices(client, data.invoiceIds);
  if (invoices instanceof DomainError) return invoices;
  const failure = firstFailure(seen(client, 'legal-action', 'Legal action', data.legalActionId), checkTime(metadata));
  if (failure) return failure;
  return [
    {
      type: 'LegalActionRecorded',
      data: {
        clientId: data.clientId,
        legalActionId: data.legalActionId,
        invoiceIds: invoices.map((invoice) => invoice.invoiceId),
        kind: data.kind,
        recordedOn: dateOf(metadata.occurredAt),
      },
    },
  ];
};
