import { DeciderSpecification } from '@client-lifecycle/testing';
import { MAX_AMOUNT_MINOR, SettlementOutcome, TerminationErrorCode, terminationDecider } from '@client-lifecycle/domain';
import { at, command, eur, noticeGiven, propose } from './termination.fixtures';

const spec = DeciderSpecification.for(terminationDecider);

/** The clock's day is 2026-03-01 (NOW); the notice takes effect 2026-03-16. */
describe("Input limits on a termination's own inputs, whoever sends them", () => {
  it('refuses a final invoice above the single-amount bound', () => {
    spec
      .given(noticeGiven)
      .when(command('IssueFinalInvoice', { invoiceId: 'INV-FINAL', amount: eur(MAX_AMOUNT_MINOR + 1), issuedOn: '2026-03-01' }))
      .thenRefusedWith(TerminationErrorCode.AmountTooLarge, { field: 'amount', maximum: MAX_AMOUNT_MINOR });
  });

  it('refuses recovery figures above the bound, so the cost-of-recovery rule compares exact numbers', () => {
    spec
      .given(noticeGiven)
      .when(
        command('RecordSettlement', {
          outcome: SettlementOutcome.WrittenOff,
          decidedBy: 'bob',
          outstanding: eur(100_000),
          expectedRecoveryMinor: 10_000,
          recoveryCostMinor: Number.MAX_SAFE_INTEGER,
        }),
      )
      .thenRefusedWith(TerminationErrorCode.AmountTooLarge, { field: 'recoveryCostMinor' });
  });

  it('refuses a final invoice issued before 1970', () => {
    spec
      .given(noticeGiven)
      .when(command('IssueFinalInvoice', { invoiceId: 'INV-FINAL', amount: eur(20_000), issuedOn: '1969-12-31' }))
      .thenRefusedWith(TerminationErrorCode.DateOutOfRange, { field: 'issuedOn' });
  });

  it('refuses a deliverable due more than ten years ahead', () => {
    spec
      .given(noticeGiven)
      .when(command('ConfirmDeliverables', { deliverables: [{ deliverableId: 'D-1', description: 'Report', dueOn: '2099-01-01' }] }))
      .thenRefusedWith(TerminationErrorCode.DateOutOfRange, { field: 'deliverables[0].dueOn' });
  });

  it('refuses a proposal whose explanation shows nothing', () => {
    spec
      .given([])
      .when(propose({ explanation: '\u200b\u200b' }))
      .thenRefusedWith(TerminationErrorCode.InvalidText, { field: 'explanation' });
  });

  it('refuses a proposal dated before 1970', () => {
    spec
      .given([])
      .when(propose({}, { ...at, occurredAt: '1900-01-01T00:00:00Z' }))
      .thenRefusedWith(TerminationErrorCode.DateOutOfRange, { field: 'occurredAt' });
  });
});
