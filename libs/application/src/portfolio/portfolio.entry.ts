import { type ClientHistory, type CurrencyCode, type LocalDate, openBalanceAsOf, type ProfitabilityView } from '@client-lifecycle/domain';

/**
 * One invoice as the portfolio needs it for any period: its currency, issue day, due day,
 * amount, and how its open balance changed by day (`[day, change]`, the first on the issue
 * day), each balance clamped at zero as `openBalanceAsOf` does. Its open balance at the end of a
 * day D on or after the issue day is the sum of the changes up to D.
 */
export type InvoiceLedger = readonly [
  currency: CurrencyCode,
  issuedOn: LocalDate,
  dueDate: LocalDate,
  amountMinor: number,
  changes: readonly (readonly [LocalDate, number])[],
  /** `[day, amount]` of each write-off; absent from entries stored before write-offs existed. */
  writeOffs?: readonly (readonly [LocalDate, number])[],
];

/** What one client adds to the portfolio's figures, stored by the projector beside the client's row. */
export interface PortfolioEntry {
  /** The profitability view's currency, where the client's credit loss and margin count. */
  readonly currency: CurrencyCode;
  readonly expectedCreditLossMinor: number;
  readonly contributionMarginMinor: number;
  /** Every currency the client is contracted or billed in. */
  readonly currencies: readonly CurrencyCode[];
  readonly invoices: readonly InvoiceLedger[];
}

/**
 * By invoice entry: an entry is never changed (a fold replaces it), and a client's row is made
 * again after every append, with each of its invoices' ledgers; only the changed invoice's is new.
 */
const ledgers = new WeakMap<ClientHistory['invoices'][number], InvoiceLedger>();

function ledgerOf(invoice: ClientHistory['invoices'][number]): InvoiceLedger {
  let ledger = ledgers.get(invoice);
  if (!ledger) ledgers.set(invoice, (ledger = ledgerAfresh(invoice)));
  return ledger;
}

function ledgerAfresh(invoice: ClientHistory['invoices'][number]): InvoiceLedger {
  // Payments, write-offs, credit notes, discounts and late interest each change the open balance on their day.
  const changeDays = [
    ...invoice.payments.map((payment) => payment.paidOn),
    ...(invoice.writeOffs ?? []).map((writeOff) => writeOff.on),
    ...(invoice.adjustments ?? []).map((adjustment) => adjustment.on),
  ];
  const days = [...new Set(changeDays.filter((day) => day > invoice.issuedOn))].sort();
  let open = openBalanceAsOf(invoice, invoice.issuedOn);
  const changes: [LocalDate, number][] = [[invoice.issuedOn, open]];
  for (const day of days) {
    const after = openBalanceAsOf(invoice, day);
    if (after !== open) changes.push([day, after - open]);
    open = after;
  }
  const writeOffs = (invoice.writeOffs ?? []).map((writeOff) => [writeOff.on, writeOff.amountMinor] as const);
  return [invoice.currency, invoice.issuedOn, invoice.dueDate, invoice.amountMinor, changes, writeOffs];
}

export function portfolioEntryOf(history: ClientHistory, profitability: ProfitabilityView): PortfolioEntry {
  return {
    currency: profitability.currency,
    expectedCreditLossMinor: profitability.expectedCreditLossMinor,
    contributionMarginMinor: profitability.contributionMarginMinor,
    currencies: [...new Set([profitability.currency, ...history.invoices.map((invoice) => invoice.currency)])].sort(),
    invoices: history.invoices.map(ledgerOf),
  };
}
