import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode, PaymentKind } from '@client-lifecycle/domain';
import { CLIENT_ID, clientRegistered, eur, fromTheFuture, INVOICE_ID, invoiceIssued, moneyIn, paymentRecorded, recordPayment } from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

/** Invoice 42: EUR 1,000.00 issued on 10 January 2026. */
const acmeWithInvoice42 = [clientRegistered(), invoiceIssued()];

const partlyPaid = paymentRecorded({
  paymentId: 'PAY-1',
  amount: eur(40_000),
  kind: PaymentKind.Partial,
  openBalanceAfter: eur(60_000),
});

describe('Recording a payment', () => {
  it('closes the invoice when the whole open balance is paid', () => {
    spec
      .given(acmeWithInvoice42)
      .when(recordPayment({ amount: eur(100_000), paidOn: '2026-02-20' }))
      .then([
        {
          type: 'PaymentRecorded',
          data: {
            clientId: CLIENT_ID,
            paymentId: 'PAY-1',
            invoiceId: INVOICE_ID,
            amount: eur(100_000),
            paidOn: '2026-02-20',
            kind: PaymentKind.Full,
            openBalanceAfter: eur(0),
          },
        },
      ]);
  });

  it('records a part payment as partial and states what stays open', () => {
    spec
      .given(acmeWithInvoice42)
      .when(recordPayment({ amount: eur(40_000) }))
      .then([partlyPaid]);
  });

  it('a later payment of the rest settles the invoice in full', () => {
    spec
      .given([...acmeWithInvoice42, partlyPaid])
      .when(recordPayment({ paymentId: 'PAY-2', amount: eur(60_000), paidOn: '2026-02-27' }))
      .then([paymentRecorded({ paymentId: 'PAY-2', amount: eur(60_000), paidOn: '2026-02-27', openBalanceAfter: eur(0) })]);
  });

  it('accepts a payment on the day the invoice was issued', () => {
    spec
      .given(acmeWithInvoice42)
      .when(recordPayment({ paidOn: '2026-01-10' }))
      .then([paymentRecorded({ paidOn: '2026-01-10' })]);
  });

  it('refuses the same payment twice, so a CRM retry cannot count it again', () => {
    spec
      .given([...acmeWithInvoice42, partlyPaid])
      .when(recordPayment({ paymentId: 'PAY-1', amount: eur(40_000) }))
      .thenRefusedWith(ClientErrorCode.PaymentAlreadyRecorded, { paymentId: 'PAY-1' });
  });

  it('refuses a payment against an invoice the client was never issued', () => {
    spec
      .given(acmeWithInvoice42)
      .when(recordPayment({ invoiceId: 'INV-404' }))
      .thenRefusedWith(ClientErrorCode.InvoiceNotFound, { invoiceId: 'INV-404' });
  });

  it('refuses a payment against an invoice already paid in full', () => {
    spec
      .given([...acmeWithInvoice42, paymentRecorded()])
      .when(recordPayment({ paymentId: 'PAY-2', amount: eur(1) }))
      .thenRefusedWith(ClientErrorCode.InvoiceAlreadyPaid, { invoiceId: INVOICE_ID });
  });

  it('refuses a payment above the open balance of the invoice', () => {
    spec
      .given(acmeWithInvoice42)
      .when(recordPayment({ amount: eur(100_001) }))
      .thenRefusedWith(ClientErrorCode.PaymentExceedsOpenBalance, {
        invoiceId: INVOICE_ID,
        amountMinor: 100_001,
        openBalanceMinor: 100_000,
      });
  });

  it('measures the open balance after earlier part payments', () => {
    spec
      .given([...acmeWithInvoice42, partlyPaid])
      .when(recordPayment({ paymentId: 'PAY-2', amount: eur(60_001) }))
      .thenRefusedWith(ClientErrorCode.PaymentExceedsOpenBalance, { openBalanceMinor: 60_000 });
  });

  it('refuses a payment in another currency than the invoice', () => {
    spec
      .given(acmeWithInvoice42)
      .when(recordPayment({ amount: moneyIn('GBP', 100_000) }))
      .thenRefusedWith(ClientErrorCode.CurrencyMismatch, { given: 'GBP', contract: 'EUR' });
  });

  it('refuses a payment in a currency that is not ISO 4217', () => {
    spec
      .given(acmeWithInvoice42)
      .when(recordPayment({ amount: moneyIn('XXX1', 100_000) }))
      .thenRefusedWith(ClientErrorCode.UnknownCurrency, { currency: 'XXX1' });
  });

  it.each([0, -5_000, 99.9])('refuses a payment of %p minor units', (amountMinor) => {
    spec
      .given(acmeWithInvoice42)
      .when(recordPayment({ amount: eur(amountMinor) }))
      .thenRefusedWith(ClientErrorCode.InvalidAmount, { field: 'amount', amountMinor });
  });

  it('refuses a payment dated before the invoice was issued', () => {
    spec
      .given(acmeWithInvoice42)
      .when(recordPayment({ paidOn: '2026-01-09' }))
      .thenRefusedWith(ClientErrorCode.PaymentBeforeInvoice, { paidOn: '2026-01-09', issuedOn: '2026-01-10' });
  });

  it('refuses a payment date that is not a calendar day', () => {
    spec
      .given(acmeWithInvoice42)
      .when(recordPayment({ paidOn: '2026-02-31' }))
      .thenRefusedWith(ClientErrorCode.InvalidDate, { field: 'paidOn', value: '2026-02-31' });
  });

  it('refuses a payment recorded as happening after now', () => {
    spec.given(acmeWithInvoice42).when(recordPayment({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});
