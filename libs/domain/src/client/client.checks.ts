import { DomainError, isInstant, isIsoCurrencyCode, isLocalDate, isPositiveMinorAmount, type Money } from '../shared';
import type { CommandMetadata } from './client.commands';
import { ClientErrors } from './client.errors';
import type { InvoiceState, RegisteredClient } from './client.state';

/** The checks every client command's decision shares. */
/** The first failing check wins; a command is refused whole, never half-applied. */
export const firstFailure = (...checks: (DomainError | null)[]): DomainError | null => checks.find((c) => c !== null) ?? null;

export const checkText = (field: string, value: string | undefined): DomainError | null =>
  value !== undefined && value.trim().length === 0 ? ClientErrors.invalidText(field) : null;

export const checkDate = (field: string, value: string | null | undefined): DomainError | null =>
  value !== undefined && value !== null && !isLocalDate(value) ? ClientErrors.invalidDate(field, value) : null;

export const checkMoney = (field: string, amount: Money, contractCurrency?: string): DomainError | null => {
  if (!isIsoCurrencyCode(amount.currency)) return ClientErrors.unknownCurrency(amount.currency);
  if (!isPositiveMinorAmount(amount.amountMinor)) return ClientErrors.invalidAmount(field, amount.amountMinor);
  if (contractCurrency !== undefined && amount.currency !== contractCurrency) return ClientErrors.currencyMismatch(amount.currency, contractCurrency);
  return null;
};

export const checkMinutes = (field: string, minutes: number | undefined, maximum: number): DomainError | null =>
  minutes !== undefined && (!Number.isInteger(minutes) || minutes < 1 || minutes > maximum) ? ClientErrors.invalidDuration(field, minutes, maximum) : null;

export const checkTime = ({ occurredAt, now }: CommandMetadata): DomainError | null => {
  if (!isInstant(occurredAt)) return ClientErrors.invalidDate('occurredAt', occurredAt);
  return Date.parse(occurredAt) > Date.parse(now) ? ClientErrors.occursInFuture(occurredAt, now) : null;
};

export const findInvoice = (client: RegisteredClient, invoiceId: string): InvoiceState | DomainError =>
  client.invoices.get(invoiceId) ?? ClientErrors.invoiceNotFound(invoiceId);

/** An invoice something is still owed on. */
export const openInvoice = (client: RegisteredClient, invoiceId: string): InvoiceState | DomainError => {
  const invoice = findInvoice(client, invoiceId);
  if (invoice instanceof DomainError) return invoice;
  return invoice.openBalanceMinor === 0 ? ClientErrors.invoiceAlreadyPaid(invoiceId) : invoice;
};
