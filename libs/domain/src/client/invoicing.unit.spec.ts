import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode } from '@client-lifecycle/domain';
import { CLIENT_ID, clientRegistered, eur, fromTheFuture, INVOICE_ID, invoiceIssued, issueInvoice, moneyIn } from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

describe('Issuing an invoice', () => {
  it('falls due after the payment terms of the contract when no due date is given', () => {
    spec
      .given([clientRegistered({ paymentTermsDays: 30 })])
      .when(issueInvoice({ issuedOn: '2026-01-10' }))
      .then([
        {
          type: 'InvoiceIssued',
          data: {
            clientId: CLIENT_ID,
            invoiceId: INVOICE_ID,
            amount: eur(100_000),
            issuedOn: '2026-01-10',
            dueDate: '2026-02-09',
            description: null,
          },
        },
      ]);
  });

  it('keeps an explicit due date and the description without surrounding blanks', () => {
    spec
      .given([clientRegistered()])
      .when(issueInvoice({ issuedOn: '2026-02-01', dueDate: '2026-02-28', description: '  February retainer ' }))
      .then([invoiceIssued({ issuedOn: '2026-02-01', dueDate: '2026-02-28', description: 'February retainer' })]);
  });

  it('can fall due on the day it is issued (payment terms of zero days: prepayment)', () => {
    spec
      .given([clientRegistered({ paymentTermsDays: 0 })])
      .when(issueInvoice({ issuedOn: '2026-02-20' }))
      .then([invoiceIssued({ issuedOn: '2026-02-20', dueDate: '2026-02-20' })]);
  });

  it('counts payment terms across month and year ends', () => {
    spec
      .given([clientRegistered({ paymentTermsDays: 45 })])
      .when(issueInvoice({ issuedOn: '2025-12-20' }))
      .then([invoiceIssued({ issuedOn: '2025-12-20', dueDate: '2026-02-03' })]);
  });

  it('issues several invoices to the same client under different numbers', () => {
    spec
      .given([clientRegistered(), invoiceIssued()])
      .when(issueInvoice({ invoiceId: 'INV-43', amount: eur(25_050), issuedOn: '2026-02-10' }))
      .then([invoiceIssued({ invoiceId: 'INV-43', amount: eur(25_050), issuedOn: '2026-02-10', dueDate: '2026-03-12' })]);
  });

  it('refuses to issue the same invoice number twice', () => {
    spec.given([clientRegistered(), invoiceIssued()]).when(issueInvoice()).thenRefusedWith(ClientErrorCode.InvoiceAlreadyIssued, { invoiceId: INVOICE_ID });
  });

  it('refuses an invoice in another currency than the contract', () => {
    spec
      .given([clientRegistered({ currency: 'EUR' })])
      .when(issueInvoice({ amount: moneyIn('USD', 100_000) }))
      .thenRefusedWith(ClientErrorCode.CurrencyMismatch, { given: 'USD', contract: 'EUR' });
  });

  it('refuses an invoice in a currency that is not ISO 4217', () => {
    spec
      .given([clientRegistered()])
      .when(issueInvoice({ amount: moneyIn('eur', 100_000) }))
      .thenRefusedWith(ClientErrorCode.UnknownCurrency, { currency: 'eur' });
  });

  it.each([
    ['nothing', 0],
    ['a negative amount (a credit note is not an invoice)', -100],
    ['a fraction of a cent', 10.5],
  ])('refuses an invoice for %s', (_rule, amountMinor) => {
    spec
      .given([clientRegistered()])
      .when(issueInvoice({ amount: eur(amountMinor) }))
      .thenRefusedWith(ClientErrorCode.InvalidAmount, { field: 'amount', amountMinor });
  });

  it('refuses a due date before the issue date', () => {
    spec
      .given([clientRegistered()])
      .when(issueInvoice({ issuedOn: '2026-02-10', dueDate: '2026-02-09' }))
      .thenRefusedWith(ClientErrorCode.DueDateBeforeIssueDate, { dueDate: '2026-02-09', issuedOn: '2026-02-10' });
  });

  it.each([
    ['an issue date', { issuedOn: '2026-02-30' }, 'issuedOn'],
    ['a due date', { dueDate: '2026/03/01' }, 'dueDate'],
  ])('refuses %s that is not a calendar day', (_what, data, field) => {
    spec.given([clientRegistered()]).when(issueInvoice(data)).thenRefusedWith(ClientErrorCode.InvalidDate, { field });
  });

  it('refuses a blank description', () => {
    spec
      .given([clientRegistered()])
      .when(issueInvoice({ description: '  ' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'description' });
  });

  it('refuses an invoice that claims to be issued after now', () => {
    spec.given([clientRegistered()]).when(issueInvoice({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});
