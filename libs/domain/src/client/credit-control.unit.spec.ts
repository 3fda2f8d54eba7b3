import { DeciderSpecification } from '@client-lifecycle/testing';
import {
  type ClientCommand,
  clientDecider,
  ClientErrorCode,
  type ClientEvent,
  CollectionCostKind,
  type CommandMetadata,
  ConductSignalKind,
  LegalActionKind,
} from '@client-lifecycle/domain';
import { at, CLIENT_ID, clientRegistered, eur, INVOICE_ID, invoiceIssued, issueInvoice, paymentRecorded, requestScopeChange, TODAY } from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

/** Invoice 42: EUR 1,000.00 issued on 10 January 2026, due 9 February; today is 1 March. */
const acmeWithInvoice42 = [clientRegistered(), invoiceIssued()];
const acmeWithTwoInvoices = [...acmeWithInvoice42, invoiceIssued({ invoiceId: 'INV-43', amount: eur(80_000), issuedOn: '2026-02-10', dueDate: '2026-03-12' })];

type DataOf<T extends ClientCommand['type']> = Omit<Extract<ClientCommand, { type: T }>['data'], 'clientId'>;

const command = <T extends ClientCommand['type']>(type: T, data: DataOf<T>, metadata: CommandMetadata = at): ClientCommand =>
  ({ type, data: { clientId: CLIENT_ID, ...data }, metadata }) as ClientCommand;

const event = <T extends ClientEvent['type']>(type: T, data: Omit<Extract<ClientEvent, { type: T }>['data'], 'clientId'>): ClientEvent =>
  ({ type, data: { clientId: CLIENT_ID, ...data } }) as unknown as ClientEvent;

const writtenOff42 = event('InvoiceWrittenOff', {
  writeOffId: 'WO-1',
  invoiceId: INVOICE_ID,
  amount: eur(30_000),
  reason: 'Disputed hours we will not chase',
  writtenOffOn: TODAY,
  terminationId: null,
  openBalanceAfter: eur(70_000),
});

describe('Writing an invoice off', () => {
  it('takes part of the open balance off the books, and says what stays open', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('WriteOffInvoice', { writeOffId: 'WO-1', invoiceId: INVOICE_ID, amount: eur(30_000), reason: ' Disputed hours we will not chase ' }))
      .then([writtenOff42]);
  });

  it('writes off the rest later, down to nothing owed', () => {
    spec
      .given([...acmeWithInvoice42, writtenOff42])
      .when(command('WriteOffInvoice', { writeOffId: 'WO-2', invoiceId: INVOICE_ID, amount: eur(70_000), reason: 'Given up' }))
      .then([
        event('InvoiceWrittenOff', {
          writeOffId: 'WO-2',
          invoiceId: INVOICE_ID,
          amount: eur(70_000),
          reason: 'Given up',
          writtenOffOn: TODAY,
          terminationId: null,
          openBalanceAfter: eur(0),
        }),
      ]);
  });

  it('refuses more than is still owed', () => {
    spec
      .given([...acmeWithInvoice42, writtenOff42])
      .when(command('WriteOffInvoice', { writeOffId: 'WO-2', invoiceId: INVOICE_ID, amount: eur(70_001), reason: 'Given up' }))
      .thenRefusedWith(ClientErrorCode.AmountExceedsOpenBalance, { invoiceId: INVOICE_ID, amountMinor: 70_001, openBalanceMinor: 70_000 });
  });

  it('refuses an invoice already settled, an unknown one, and the same write-off twice', () => {
    spec
      .given([...acmeWithInvoice42, paymentRecorded()])
      .when(command('WriteOffInvoice', { writeOffId: 'WO-1', invoiceId: INVOICE_ID, amount: eur(1), reason: 'Late' }))
      .thenRefusedWith(ClientErrorCode.InvoiceAlreadyPaid);
    spec
      .given(acmeWithInvoice42)
      .when(command('WriteOffInvoice', { writeOffId: 'WO-1', invoiceId: 'INV-404', amount: eur(1), reason: 'Late' }))
      .thenRefusedWith(ClientErrorCode.InvoiceNotFound);
    spec
      .given([...acmeWithInvoice42, writtenOff42])
      .when(command('WriteOffInvoice', { writeOffId: 'WO-1', invoiceId: INVOICE_ID, amount: eur(1), reason: 'Late' }))
      .thenRefusedWith(ClientErrorCode.CreditControlFactAlreadyRecorded, { id: 'WO-1' });
  });

  it('needs a reason', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('WriteOffInvoice', { writeOffId: 'WO-1', invoiceId: INVOICE_ID, amount: eur(1), reason: '   ' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'reason' });
  });
});

describe("A termination's WRITTEN_OFF settlement on the client", () => {
  const writeOffOutstanding = (amountMinor: number) =>
    command('WriteOffOutstanding', { terminationId: 'T-1', amount: eur(amountMinor), reason: 'Recovery costs more than it brings' });

  it('takes the amount off the open invoices, oldest first', () => {
    spec
      .given(acmeWithTwoInvoices)
      .when(writeOffOutstanding(150_000))
      .then([
        event('InvoiceWrittenOff', {
          writeOffId: 'T-1:INV-42',
          invoiceId: INVOICE_ID,
          amount: eur(100_000),
          reason: 'Recovery costs more than it brings',
          writtenOffOn: TODAY,
          terminationId: 'T-1',
          openBalanceAfter: eur(0),
        }),
        event('InvoiceWrittenOff', {
          writeOffId: 'T-1:INV-43',
          invoiceId: 'INV-43',
          amount: eur(50_000),
          reason: 'Recovery costs more than it brings',
          writtenOffOn: TODAY,
          terminationId: 'T-1',
          openBalanceAfter: eur(30_000),
        }),
      ]);
  });

  it('never writes off more than is owed, and refuses when nothing is', () => {
    spec
      .given(acmeWithInvoice42)
      .when(writeOffOutstanding(500_000))
      .then([
        event('InvoiceWrittenOff', {
          writeOffId: 'T-1:INV-42',
          invoiceId: INVOICE_ID,
          amount: eur(100_000),
          reason: 'Recovery costs more than it brings',
          writtenOffOn: TODAY,
          terminationId: 'T-1',
          openBalanceAfter: eur(0),
        }),
      ]);
    spec
      .given([...acmeWithInvoice42, paymentRecorded()])
      .when(writeOffOutstanding(100_000))
      .thenRefusedWith(ClientErrorCode.NothingOutstanding);
  });
});

describe('Recording a collection cost', () => {
  it('records what recovering the debt cost, against an invoice or the client', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('RecordCollectionCost', { costId: 'C-1', kind: CollectionCostKind.LegalFee, amount: eur(25_000), invoiceId: INVOICE_ID }))
      .then([
        event('CollectionCostRecorded', { costId: 'C-1', kind: CollectionCostKind.LegalFee, amount: eur(25_000), invoiceId: INVOICE_ID, incurredOn: TODAY }),
      ]);
    spec
      .given(acmeWithInvoice42)
      .when(command('RecordCollectionCost', { costId: 'C-1', kind: CollectionCostKind.CourtFee, amount: eur(9_000) }))
      .then([event('CollectionCostRecorded', { costId: 'C-1', kind: CollectionCostKind.CourtFee, amount: eur(9_000), invoiceId: null, incurredOn: TODAY })]);
  });

  it('refuses an unknown invoice, a foreign currency and the same cost twice', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('RecordCollectionCost', { costId: 'C-1', kind: CollectionCostKind.AgencyFee, amount: eur(1), invoiceId: 'INV-404' }))
      .thenRefusedWith(ClientErrorCode.InvoiceNotFound);
    spec
      .given(acmeWithInvoice42)
      .when(command('RecordCollectionCost', { costId: 'C-1', kind: CollectionCostKind.AgencyFee, amount: { amountMinor: 1, currency: 'USD' } }))
      .thenRefusedWith(ClientErrorCode.CurrencyMismatch);
    spec
      .given([
        ...acmeWithInvoice42,
        event('CollectionCostRecorded', { costId: 'C-1', kind: CollectionCostKind.Other, amount: eur(1), invoiceId: null, incurredOn: TODAY }),
      ])
      .when(command('RecordCollectionCost', { costId: 'C-1', kind: CollectionCostKind.Other, amount: eur(1) }))
      .thenRefusedWith(ClientErrorCode.CreditControlFactAlreadyRecorded);
  });
});

describe('Recording a conduct signal', () => {
  it('records a slow response with the agreed and the actual time', () => {
    spec
      .given(acmeWithInvoice42)
      .when(
        command('RecordConductSignal', { signalId: 'S-1', kind: ConductSignalKind.SlowResponse, occurredOn: '2026-02-20', agreedHours: 24, actualHours: 96 }),
      )
      .then([
        event('ConductSignalRecorded', {
          signalId: 'S-1',
          kind: ConductSignalKind.SlowResponse,
          occurredOn: '2026-02-20',
          agreedHours: 24,
          actualHours: 96,
          note: null,
        }),
      ]);
  });

  it('records disrespect with a note', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('RecordConductSignal', { signalId: 'S-1', kind: ConductSignalKind.Disrespect, occurredOn: TODAY, note: ' Shouted at the designer ' }))
      .then([
        event('ConductSignalRecorded', {
          signalId: 'S-1',
          kind: ConductSignalKind.Disrespect,
          occurredOn: TODAY,
          agreedHours: null,
          actualHours: null,
          note: 'Shouted at the designer',
        }),
      ]);
  });

  it('refuses a slow response without both times or faster than agreed, and times on other signs', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('RecordConductSignal', { signalId: 'S-1', kind: ConductSignalKind.SlowResponse, occurredOn: TODAY, agreedHours: 24 }))
      .thenRefusedWith(ClientErrorCode.InvalidConductSignal);
    spec
      .given(acmeWithInvoice42)
      .when(command('RecordConductSignal', { signalId: 'S-1', kind: ConductSignalKind.SlowResponse, occurredOn: TODAY, agreedHours: 24, actualHours: 24 }))
      .thenRefusedWith(ClientErrorCode.InvalidConductSignal, { field: 'actualHours' });
    spec
      .given(acmeWithInvoice42)
      .when(command('RecordConductSignal', { signalId: 'S-1', kind: ConductSignalKind.NoProgress, occurredOn: TODAY, actualHours: 5 }))
      .thenRefusedWith(ClientErrorCode.InvalidConductSignal);
  });

  it('refuses a day that has not come', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('RecordConductSignal', { signalId: 'S-1', kind: ConductSignalKind.Disrespect, occurredOn: '2026-03-02' }))
      .thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});

describe('A credit hold', () => {
  const held = event('CreditHoldPlaced', { reason: 'Second broken promise', placedOn: TODAY });

  it('is placed with a reason, once', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('PlaceCreditHold', { reason: 'Second broken promise' }))
      .then([held]);
    spec
      .given([...acmeWithInvoice42, held])
      .when(command('PlaceCreditHold', { reason: 'Again' }))
      .thenRefusedWith(ClientErrorCode.CreditHoldAlreadyPlaced, { placedOn: TODAY });
  });

  it('moves new invoices to prepayment: they fall due the day they are issued', () => {
    spec
      .given([...acmeWithInvoice42, held])
      .when(issueInvoice({ invoiceId: 'INV-44', issuedOn: TODAY }))
      .then([event('InvoiceIssued', { invoiceId: 'INV-44', amount: eur(100_000), issuedOn: TODAY, dueDate: TODAY, description: null })]);
    spec
      .given([...acmeWithInvoice42, held])
      .when(issueInvoice({ invoiceId: 'INV-44', issuedOn: TODAY, dueDate: '2026-03-31' }))
      .thenRefusedWith(ClientErrorCode.PrepaymentRequired, { placedOn: TODAY });
  });

  it('refuses new scope changes', () => {
    spec
      .given([...acmeWithInvoice42, held])
      .when(requestScopeChange())
      .thenRefusedWith(ClientErrorCode.CreditHold, { placedOn: TODAY });
  });

  it('once released, invoices take the usual terms again; releasing twice is refused', () => {
    const released = event('CreditHoldReleased', { releasedOn: TODAY });
    spec
      .given([...acmeWithInvoice42, held])
      .when(command('ReleaseCreditHold', {}))
      .then([released]);
    spec
      .given([...acmeWithInvoice42, held, released])
      .when(issueInvoice({ invoiceId: 'INV-44', issuedOn: TODAY }))
      .then([event('InvoiceIssued', { invoiceId: 'INV-44', amount: eur(100_000), issuedOn: TODAY, dueDate: '2026-03-31', description: null })]);
    spec
      .given([...acmeWithInvoice42, held, released])
      .when(command('ReleaseCreditHold', {}))
      .thenRefusedWith(ClientErrorCode.NoCreditHold);
  });
});

describe('A credit limit', () => {
  it('is set in the contract currency, and cleared with null or when left out', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('SetCreditLimit', { limit: eur(50_000) }))
      .then([event('CreditLimitSet', { limit: eur(50_000), setOn: TODAY })]);
    spec
      .given(acmeWithInvoice42)
      .when(command('SetCreditLimit', { limit: null }))
      .then([event('CreditLimitSet', { limit: null, setOn: TODAY })]);
    spec
      .given(acmeWithInvoice42)
      .when(command('SetCreditLimit', {} as { limit: null }))
      .then([event('CreditLimitSet', { limit: null, setOn: TODAY })]);
    spec
      .given(acmeWithInvoice42)
      .when(command('SetCreditLimit', { limit: { amountMinor: 50_000, currency: 'USD' } }))
      .thenRefusedWith(ClientErrorCode.CurrencyMismatch);
  });
});

describe('Credit notes and prompt-payment discounts', () => {
  it('a credit note lowers what the invoice bills, never below what is owed', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('IssueCreditNote', { creditNoteId: 'CN-1', invoiceId: INVOICE_ID, amount: eur(20_000), reason: 'Two hours billed twice' }))
      .then([
        event('CreditNoteIssued', {
          creditNoteId: 'CN-1',
          invoiceId: INVOICE_ID,
          amount: eur(20_000),
          reason: 'Two hours billed twice',
          issuedOn: TODAY,
          openBalanceAfter: eur(80_000),
        }),
      ]);
    spec
      .given(acmeWithInvoice42)
      .when(command('IssueCreditNote', { creditNoteId: 'CN-1', invoiceId: INVOICE_ID, amount: eur(100_001), reason: 'Too much' }))
      .thenRefusedWith(ClientErrorCode.AmountExceedsOpenBalance);
  });

  it('a discount for prompt payment is granted by the due date, not after it', () => {
    const beforeDue: CommandMetadata = { occurredAt: '2026-02-05T09:00:00.000Z', now: at.now };
    spec
      .given(acmeWithInvoice42)
      .when(command('GrantSettlementDiscount', { discountId: 'D-1', invoiceId: INVOICE_ID, amount: eur(2_000) }, beforeDue))
      .then([
        event('SettlementDiscountGranted', {
          discountId: 'D-1',
          invoiceId: INVOICE_ID,
          amount: eur(2_000),
          grantedOn: '2026-02-05',
          openBalanceAfter: eur(98_000),
        }),
      ]);
    spec
      .given(acmeWithInvoice42)
      .when(command('GrantSettlementDiscount', { discountId: 'D-1', invoiceId: INVOICE_ID, amount: eur(2_000) }))
      .thenRefusedWith(ClientErrorCode.SettlementDiscountAfterDueDate, { dueDate: '2026-02-09', on: TODAY });
  });
});

describe('Charging late-payment interest', () => {
  const charged = event('LateInterestCharged', {
    chargeId: 'I-1',
    invoiceId: INVOICE_ID,
    amount: eur(553),
    from: '2026-02-10',
    to: '2026-02-28',
    chargedOn: TODAY,
    openBalanceAfter: eur(100_553),
  });

  it('adds the interest for a period after the due date to what is owed', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('ChargeLateInterest', { chargeId: 'I-1', invoiceId: INVOICE_ID, amount: eur(553), from: '2026-02-10', to: '2026-02-28' }))
      .then([charged]);
  });

  it('charges a day once, from the day after the due date, up to today', () => {
    spec
      .given([...acmeWithInvoice42, charged])
      .when(command('ChargeLateInterest', { chargeId: 'I-2', invoiceId: INVOICE_ID, amount: eur(10), from: '2026-02-28', to: TODAY }))
      .thenRefusedWith(ClientErrorCode.LateInterestPeriodInvalid);
    spec
      .given(acmeWithInvoice42)
      .when(command('ChargeLateInterest', { chargeId: 'I-1', invoiceId: INVOICE_ID, amount: eur(10), from: '2026-02-09', to: '2026-02-20' }))
      .thenRefusedWith(ClientErrorCode.LateInterestPeriodInvalid);
    spec
      .given(acmeWithInvoice42)
      .when(command('ChargeLateInterest', { chargeId: 'I-1', invoiceId: INVOICE_ID, amount: eur(10), from: '2026-02-20', to: '2026-02-19' }))
      .thenRefusedWith(ClientErrorCode.LateInterestPeriodInvalid);
    spec
      .given([...acmeWithInvoice42, charged])
      .when(command('ChargeLateInterest', { chargeId: 'I-2', invoiceId: INVOICE_ID, amount: eur(29), from: TODAY, to: TODAY }))
      .then([
        event('LateInterestCharged', {
          chargeId: 'I-2',
          invoiceId: INVOICE_ID,
          amount: eur(29),
          from: TODAY,
          to: TODAY,
          chargedOn: TODAY,
          openBalanceAfter: eur(100_582),
        }),
      ]);
  });
});

describe('Agency handover and legal action', () => {
  const handedOver = event('InvoicesHandedToCollectionAgency', { handoverId: 'H-1', invoiceIds: [INVOICE_ID], agency: 'Cobros Norte SL', handedOverOn: TODAY });

  it('hands open invoices to an agency, once', () => {
    spec
      .given(acmeWithInvoice42)
      .when(command('HandOverToCollectionAgency', { handoverId: 'H-1', invoiceIds: [INVOICE_ID], agency: 'Cobros Norte SL' }))
      .then([handedOver]);
    spec
      .given([...acmeWithInvoice42, handedOver])
      .when(command('HandOverToCollectionAgency', { handoverId: 'H-2', invoiceIds: [INVOICE_ID], agency: 'Another' }))
      .thenRefusedWith(ClientErrorCode.AlreadyWithCollectionAgency, { invoiceId: INVOICE_ID });
  });

  it('records a legal action on open invoices; none named or a paid one is refused', () => {
    spec
      .given(acmeWithTwoInvoices)
      .when(command('RecordLegalAction', { legalActionId: 'L-1', invoiceIds: [INVOICE_ID, 'INV-43'], kind: LegalActionKind.PaymentOrder }))
      .then([
        event('LegalActionRecorded', { legalActionId: 'L-1', invoiceIds: [INVOICE_ID, 'INV-43'], kind: LegalActionKind.PaymentOrder, recordedOn: TODAY }),
      ]);
    spec
      .given(acmeWithInvoice42)
      .when(command('RecordLegalAction', { legalActionId: 'L-1', invoiceIds: [], kind: LegalActionKind.Lawsuit }))
      .thenRefusedWith(ClientErrorCode.NoInvoicesNamed);
    spec
      .given([...acmeWithInvoice42, paymentRecorded()])
      .when(command('RecordLegalAction', { legalActionId: 'L-1', invoiceIds: [INVOICE_ID], kind: LegalActionKind.Lawsuit }))
      .thenRefusedWith(ClientErrorCode.InvoiceAlreadyPaid);
  });
});
