/** Test support for the collection specs: ACME's history and invoice 42's dates. Not imported by production code. */
import type { ClientFact, ClientHistory } from '../client-history';
import { on } from '../client-history/client-history.fixtures';
import { foldClientHistory } from '../client-history/client-history.fold';
import type { InvoiceIssued } from '../client/client.events';
import { clientRegistered, eur, invoiceIssued, paymentRecorded } from '../client/client.fixtures';
import { PaymentKind } from '../client/client.vocabulary';
import { addDays, type LocalDate } from '../shared';

/** Invoice 42 (EUR 1,000.00) is due on this day. */
export const DUE = '2026-02-09';
/** The day `days` after invoice 42's due date (negative: before it). */
export const dueDatePlus = (days: number): LocalDate => addDays(DUE, days);

export function historyOf(facts: readonly ClientFact[]): ClientHistory {
  const history = foldClientHistory([on('2025-01-01', clientRegistered()), ...facts]);
  if (!history) throw new Error('the client must be registered');
  return history;
}

/** Invoice 42, issued 10 January and due 9 February, as a fact. */
export const invoice42 = (): ClientFact => on('2026-01-10', invoiceIssued());

/** Another invoice, issued on `issuedOn` and due `dueDate`. */
export const anotherInvoice = (
  invoiceId: string,
  issuedOn: LocalDate,
  dueDate: LocalDate,
  amountMinor = 100_000,
  overrides: Partial<InvoiceIssued['data']> = {},
): ClientFact => on(issuedOn, invoiceIssued({ invoiceId, issuedOn, dueDate, amount: eur(amountMinor), ...overrides }));

/** A payment on an invoice, made (and recorded) on `paidOn`; full unless a balance remains. */
export const paid = (
  paidOn: LocalDate,
  amountMinor = 100_000,
  invoiceId = 'INV-42',
  openBalanceAfterMinor = 0,
  paymentId = `PAY@${paidOn}#${invoiceId}`,
): ClientFact =>
  on(
    paidOn,
    paymentRecorded({
      paymentId,
      invoiceId,
      paidOn,
      amount: eur(amountMinor),
      openBalanceAfter: eur(openBalanceAfterMinor),
      kind: openBalanceAfterMinor === 0 ? PaymentKind.Full : PaymentKind.Partial,
    }),
    paymentId,
  );
