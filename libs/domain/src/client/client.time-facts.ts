import { type DomainError, isDomainError, isLocalDate } from '../shared';
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

const openInvoice = (client: RegisteredClient, invoiceId: string): InvoiceState | DomainError => {
  const invoice = client.invoices.get(invoiceId);
  if (!invoice) return ClientErrors.invoiceNotFound(invoiceId);
  return invoice.openBalanceMinor === 0 ? ClientErrors.invoiceAlreadyPaid(invoiceId) : invoice;
};

export const recordInvoiceAged = ({ data }: RecordInvoiceAged, client: RegisteredClient): Decision => {
  if (!isLocalDate(data.agedOn)) return ClientErrors.invalidDate('agedOn', data.agedOn);
  const invoice = openInvoice(client, data.invoiceId);
  if (isDomainError(invoice)) return invoice;
  const key = timeFactKeys.aged(data.invoiceId, data.bucket);
  if (client.recordedIds.has(key)) return ClientErrors.timeFactAlreadyRecorded(key);
  return [
    {
      type: 'InvoiceAged',
      data: { ...data, openBalance: { amountMinor: invoice.openBalanceMinor, currency: invoice.amount.currency } },
    },
  ];
};

/** A promise, or a payment plan's instalment named `<planId>#<instalmentNumber>`. */
const findPromise = (client: RegisteredClient, promiseId: string) => {
  const promise = client.promises.get(promiseId);
  if (promise) return promise;
  const named = instalmentOf(promiseId);
  const plan = named && client.paymentPlans.get(named.planId);
  const instalment = plan?.instalments.find((item) => String(item.instalmentNumber) === named?.instalmentNumber);
  return plan && instalment ? { promiseId, invoiceId: instalmentInvoiceId(plan), amount: instalment.amount, promisedDate: instalment.dueDate } : null;
};

export const recordBrokenPromise = ({ data }: RecordBrokenPromise, client: RegisteredClient): Decision => {
  if (!isLocalDate(data.brokenOn)) return ClientErrors.invalidDate('brokenOn', data.brokenOn);
  const promise = findPromise(client, data.promiseId);
  if (!promise) return ClientErrors.promiseNotFound(data.promiseId);
  const key = timeFactKeys.broken(data.promiseId);
  if (client.recordedIds.has(key)) return ClientErrors.timeFactAlreadyRecorded(key);
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
  const invoice = openInvoice(client, data.invoiceId);
  if (isDomainError(invoice)) return invoice;
  const key = timeFactKeys.step(data.invoiceId, data.step);
  if (client.recordedIds.has(key)) return ClientErrors.timeFactAlreadyRecorded(key);
  return [{ type: 'CollectionStepFellDue', data }];
};
