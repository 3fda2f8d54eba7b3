import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode, MAX_AMOUNT_MINOR, MAX_CLIENT_INVOICED_MINOR, MeetingOutcome, textViolation } from '@client-lifecycle/domain';
import {
  aContract,
  at,
  CLIENT_ID,
  clientRegistered,
  eur,
  invoiceIssued,
  issueInvoice,
  logTime,
  recordMeeting,
  recordPayment,
  recordPromiseToPay,
  registerClient,
  reportAbuse,
} from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

/** The clock's day in every case below is 2026-03-01 (NOW). */
describe('Input limits every client command meets, whoever sends it', () => {
  describe('amounts', () => {
    it('accepts an invoice of exactly the single-amount bound', () => {
      spec
        .given([clientRegistered()])
        .when(issueInvoice({ amount: eur(MAX_AMOUNT_MINOR) }))
        .then([
          {
            type: 'InvoiceIssued',
            data: { clientId: CLIENT_ID, invoiceId: 'INV-42', amount: eur(MAX_AMOUNT_MINOR), issuedOn: '2026-01-10', dueDate: '2026-02-09', description: null },
          },
        ]);
    });

    it.each([
      ['one minor unit more than the bound', MAX_AMOUNT_MINOR + 1],
      ['the largest exact JSON integer (the reproducer of issue 11)', Number.MAX_SAFE_INTEGER],
      ['more than can be counted exactly', Number.MAX_SAFE_INTEGER + 2],
    ])('refuses an invoice of %s', (_what, amountMinor) => {
      spec
        .given([clientRegistered()])
        .when(issueInvoice({ amount: eur(amountMinor) }))
        .thenRefusedWith(ClientErrorCode.AmountTooLarge, { field: 'amount', amountMinor, maximum: MAX_AMOUNT_MINOR });
    });

    it('refuses an hourly rate above the bound, so rate times minutes cannot overflow', () => {
      spec
        .given([])
        .when(registerClient({ contract: aContract({ hourlyRate: eur(Number.MAX_SAFE_INTEGER) }) }))
        .thenRefusedWith(ClientErrorCode.AmountTooLarge, { field: 'contract.hourlyRate' });
    });

    it('refuses a payment and a promise above the bound', () => {
      spec
        .given([clientRegistered(), invoiceIssued()])
        .when(recordPayment({ amount: eur(MAX_AMOUNT_MINOR + 1) }))
        .thenRefusedWith(ClientErrorCode.AmountTooLarge);
      spec
        .given([clientRegistered(), invoiceIssued()])
        .when(recordPromiseToPay({ amount: eur(MAX_AMOUNT_MINOR + 1) }))
        .thenRefusedWith(ClientErrorCode.AmountTooLarge);
    });

    it("refuses an invoice that would take the client's invoiced total past the cap, so its totals stay exact", () => {
      const invoicesAtTheBound = Array.from({ length: MAX_CLIENT_INVOICED_MINOR / MAX_AMOUNT_MINOR }, (_, index) =>
        invoiceIssued({ invoiceId: `INV-${index}`, amount: eur(MAX_AMOUNT_MINOR) }),
      );
      spec
        .given([clientRegistered(), ...invoicesAtTheBound])
        .when(issueInvoice({ invoiceId: 'INV-ONE-MORE', amount: eur(1) }))
        .thenRefusedWith(ClientErrorCode.InvoicedTotalCapExceeded, { invoicedMinor: MAX_CLIENT_INVOICED_MINOR, amountMinor: 1 });
    });
  });

  describe('business dates, judged against the clock', () => {
    it.each([
      ['paid years ahead', () => recordPayment({ paidOn: '9999-12-31' }), 'paidOn'],
      ['paid tomorrow plus one day', () => recordPayment({ paidOn: '2026-03-03' }), 'paidOn'],
      ['issued in 2099', () => issueInvoice({ issuedOn: '2099-01-01' }), 'issuedOn'],
      ['issued before 1970', () => issueInvoice({ issuedOn: '1969-12-31' }), 'issuedOn'],
      ['due more than ten years ahead', () => issueInvoice({ issuedOn: '2026-02-01', dueDate: '2036-03-03' }), 'dueDate'],
      ['promised more than ten years ahead', () => recordPromiseToPay({ promisedDate: '2040-01-01' }), 'promisedDate'],
      ['time worked next week', () => logTime({ workedOn: '2026-03-08' }), 'workedOn'],
    ])('refuses a fact %s', (_what, command, field) => {
      spec.given([clientRegistered(), invoiceIssued()]).when(command()).thenRefusedWith(ClientErrorCode.DateOutOfRange, { field });
    });

    it('accepts a payment dated tomorrow: the payer may be in a time zone ahead of UTC', () => {
      spec
        .given([clientRegistered(), invoiceIssued()])
        .when(recordPayment({ amount: eur(100_000), paidOn: '2026-03-02' }))
        .then([
          {
            type: 'PaymentRecorded',
            data: {
              clientId: CLIENT_ID,
              paymentId: 'PAY-1',
              invoiceId: 'INV-42',
              amount: eur(100_000),
              paidOn: '2026-03-02',
              kind: 'FULL',
              openBalanceAfter: eur(0),
            },
          },
        ] as never);
    });

    it.each([MeetingOutcome.Held, MeetingOutcome.Missed])('refuses a %s meeting in 2099: its outcome cannot be known yet', (outcome) => {
      spec
        .given([clientRegistered()])
        .when(recordMeeting({ scheduledAt: '2099-01-01T10:00:00Z', outcome }))
        .thenRefusedWith(ClientErrorCode.DateOutOfRange, { field: 'scheduledAt' });
    });

    it('refuses a fact that occurred before 1970', () => {
      spec
        .given([clientRegistered()])
        .when(issueInvoice({}, { ...at, occurredAt: '0000-01-01T00:00:00Z' }))
        .thenRefusedWith(ClientErrorCode.DateOutOfRange, { field: 'occurredAt' });
    });

    it('refuses a relationship begun before 1900', () => {
      spec
        .given([])
        .when(registerClient({ clientSince: '1899-12-31' }))
        .thenRefusedWith(ClientErrorCode.DateOutOfRange, { field: 'clientSince' });
    });
  });

  describe('text', () => {
    it.each([
      ['only NUL characters', '\u0000\u0000'],
      ['only zero-width characters', '\u200B\u200C\u200D\uFEFF'],
      ['a bidi override', 'Pay \u202Eenilno'],
      ['a control character', 'Late\u0007 again'],
      ['a lone surrogate', 'broken \uD800 text'],
    ])('refuses a description made of %s', (_what, description) => {
      spec.given([clientRegistered()]).when(reportAbuse({ description })).thenRefusedWith(ClientErrorCode.InvalidText, { field: 'description' });
    });

    it('accepts newlines, tabs, CRLF, accents, emoji and right-to-left scripts', () => {
      for (const text of ['Line one\nline two', 'a\tb', 'Windows\r\nline', 'Señor Müller 👋', 'שלום', '東京']) expect(textViolation(text)).toBeNull();
    });
  });
});
