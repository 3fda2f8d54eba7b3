import { type DomainError, isDomainError, isLocalDate, type LocalDate } from '../shared';
import type { RecordBrokenPromise, RecordCollectionStepDue, RecordInvoiceAged } from './client.commands';
import { ClientErrors } from './client.errors';
import { instalmentInvoiceId, instalmentOf } from './client.instalments';
import type { ClientEvent } from './client.events';
import type { InvoiceState, RegisteredClient } from './client.state';

type Decision = readonly ClientEvent[] | DomainError;

/** Keys under which each time-driven fact is remembered, so the scheduler can never record one twice. */
export const timeFactKeys = {
  aged: (invoiceId: string, bucket: string) => `aged:${invoiceId}:${bucket}`,
  broken: (promiseId: string) => `broken:${promiseId}`,
  step: (invoiceId: string, step: string) => `step:${invoiceId}:${step}`,
};

/**
 * What was still owed at the end of that business day. A time-driven fact is about its own day: a
 * scheduler catching up, or a backdated import that lands before it, must judge the same day the
 * same way, whatever was paid after it.
 */
export const openBalanceOn = (invoice: InvoiceState, day: LocalDate): number => {
  let settled = 0;
  for (const change of invoice.settled) if (change.on <= day) settled += change.amountMinor;
  return Math.max(0, invoice.amount.amountMinor - settled);
};

/** The invoice and what it still owed on that day; refused when it was paid by then. */
const openOn = (client: RegisteredClient, invoiceId: string, day: LocalDate): { invoice: InvoiceState; openMinor: number } | DomainError => {
  const invoice = client.invoices.get(invoiceId);
  if (!invoice) return ClientErrors.invoiceNotFound(invoiceId);
  const openMinor = openBalanceOn(invoice, day);
  return openMinor === 0 ? ClientErrors.invoiceAlreadyPaid(invoiceId) : { invoice, openMinor };
};

export const recordInvoiceAged = ({ data }: RecordInvoiceAged, client: RegisteredClient): Decision => {
  if (!isLocalDate(data.agedOn)) return ClientErrors.invalidDate('agedOn', data.agedOn);
  const open = openOn(client, data.invoiceId, data.agedOn);
  if (isDomainError(open)) return open;
  const key = timeFactKeys.aged(data.invoiceId, data.bucket);
  if (client.recordedIds.has(key)) return ClientErrors.timeFactAlreadyRecorded(key);
  return [
    {
      type: 'InvoiceAged',
      data: { ...data, openBalance: { amountMinor: open.openMinor, currency: open.invoice.amount.currency } },
    },
  ];
};

/** A promise, or a payment plan's instalment named `<planId>#<instalmentNumber>`. */
const findPromise = (client: RegisteredClient, promiseId: string) => {
  const promise = client.promises.get(promiseId);
  if (promise) return { ...promise, invoiceIds: [promise.invoiceId] };
  const named = instalmentOf(promiseId);
  const plan = named && client.paymentPlans.get(named.planId);
  const instalment = plan?.instalments.find((item) => String(item.instalmentNumber) === named?.instalmentNumber);
  return plan && instalment
    ? { promiseId, invoiceId: instalmentInvoiceId(plan), invoiceIds: plan.invoiceIds, amount: instalment.amount, promisedDate: instalment.dueDate }
    : null;
};

export const recordBrokenPromise = ({ data }: RecordBrokenPromise, client: RegisteredClient): Decision => {
  if (!isLocalDate(data.brokenOn)) return ClientErrors.invalidDate('brokenOn', data.brokenOn);
  const promise = findPromise(client, data.promiseId);
  if (!promise) return ClientErrors.promiseNotFound(data.promiseId);
  const key = timeFactKeys.broken(data.promiseId);
  if (client.recordedIds.has(key)) return ClientErrors.timeFactAlreadyRecorded(key);
  // Part payments that keep a promise need the day it was made, which the read side judges (promiseStatusOf); paid off by its date settles it here too.
  const paidOff = promise.invoiceIds.every((invoiceId) => {
    const invoice = client.invoices.get(invoiceId);
    return invoice !== undefined && openBalanceOn(invoice, promise.promisedDate) === 0;
  });
  if (paidOff) return ClientErrors.timeFactContradicted(key, `paid off by ${promise.promisedDate}`);
  return [
    {
      type: 'PromiseToPayBroken',
      data: {
        clientId: data.clientId,
        promiseId: data.promiseId,
        invoiceId: promise.invoiceId,
        promisedDate: promise.promisedDate,
        promisedAmount: promise.amount,
        brokenOn: data.brokenOn,
      },
    },
  ];
};

export const recordCollectionStepDue = ({ data }: RecordCollectionStepDue, client: RegisteredClient): Decision => {
  if (!isLocalDate(data.dueOn)) return ClientErrors.invalidDate('dueOn', data.dueOn);
  const open = openOn(client, data.invoiceId, data.dueOn);
  if (isDomainError(open)) return open;
  const key = timeFactKeys.step(data.invoiceId, data.step);
  if (client.recordedIds.has(key)) return ClientErrors.timeFactAlreadyRecorded(key);
  return [{ type: 'CollectionStepFellDue', data }];
};
