import { DeciderSpecification } from '@client-lifecycle/testing';
import { NewWorkPolicy, SettlementOutcome, TerminationErrorCode, terminationDecider } from '@client-lifecycle/domain';
import {
  actionRequested,
  approved,
  command,
  deliverableCompleted,
  deliverablesConfirmed,
  eur,
  event,
  evaluated,
  finalInvoiceIssued,
  noticeGiven,
  on,
  planDelivered,
  proposed,
} from './termination.fixtures';

const spec = DeciderSpecification.for(terminationDecider);

const D1 = { deliverableId: 'D-1', description: 'Final brand guidelines', dueOn: '2026-03-10' };

describe('Wind-down: finish what is owed, with full quality', () => {
  it('confirms the owed deliverables', () => {
    spec
      .given(noticeGiven)
      .when(command('ConfirmDeliverables', { deliverables: [D1] }))
      .then([deliverablesConfirmed]);
  });

  it('confirms that nothing is owed', () => {
    spec
      .given(noticeGiven)
      .when(command('ConfirmDeliverables', { deliverables: [] }))
      .then([event('DeliverablesConfirmed', { deliverables: [] })]);
  });

  it('refuses a deliverable due after the relationship ends', () => {
    spec
      .given(noticeGiven)
      .when(command('ConfirmDeliverables', { deliverables: [{ ...D1, dueOn: '2026-03-20' }] }))
      .thenRefusedWith(TerminationErrorCode.DeliverableInvalid, { deliverableId: 'D-1' });
  });

  it('refuses the same deliverable listed twice', () => {
    spec
      .given(noticeGiven)
      .when(command('ConfirmDeliverables', { deliverables: [D1, D1] }))
      .thenRefusedWith(TerminationErrorCode.DeliverableInvalid);
  });

  it('refuses confirming deliverables twice', () => {
    spec
      .given([...noticeGiven, deliverablesConfirmed])
      .when(command('ConfirmDeliverables', { deliverables: [] }))
      .thenRefusedWith(TerminationErrorCode.DeliverablesAlreadyConfirmed);
  });

  it('refuses winding down before notice is served', () => {
    spec
      .given([proposed(), approved, evaluated()])
      .when(command('ConfirmDeliverables', { deliverables: [D1] }))
      .thenRefusedWith(TerminationErrorCode.NoticeNotServed);
  });

  it('completes a deliverable', () => {
    spec
      .given([...noticeGiven, deliverablesConfirmed])
      .when(command('CompleteDeliverable', { deliverableId: 'D-1', completedOn: '2026-03-09' }, on('2026-03-09')))
      .then([deliverableCompleted]);
  });

  it('refuses completing a deliverable before any is confirmed, one not owed, or one completed already', () => {
    spec
      .given(noticeGiven)
      .when(command('CompleteDeliverable', { deliverableId: 'D-1', completedOn: '2026-03-01' }))
      .thenRefusedWith(TerminationErrorCode.DeliverablesNotConfirmed);
    spec
      .given([...noticeGiven, deliverablesConfirmed])
      .when(command('CompleteDeliverable', { deliverableId: 'D-9', completedOn: '2026-03-01' }))
      .thenRefusedWith(TerminationErrorCode.DeliverableNotFound);
    spec
      .given([...noticeGiven, deliverablesConfirmed, deliverableCompleted])
      .when(command('CompleteDeliverable', { deliverableId: 'D-1', completedOn: '2026-03-09' }, on('2026-03-09')))
      .thenRefusedWith(TerminationErrorCode.DeliverableAlreadyCompleted);
  });

  it('issues the final invoice and asks the client aggregate to issue it', () => {
    spec
      .given(noticeGiven)
      .when(command('IssueFinalInvoice', { invoiceId: 'INV-FINAL', amount: eur(50_000), issuedOn: '2026-03-01' }))
      .then([
        finalInvoiceIssued,
        actionRequested(2, {
          type: 'IssueInvoice',
          invoiceId: 'INV-FINAL',
          amount: eur(50_000),
          issuedOn: '2026-03-01',
          description: 'Final invoice of termination T-1',
        }),
      ]);
  });

  it('refuses a final invoice in another currency than the contract, of no amount, or twice', () => {
    spec
      .given(noticeGiven)
      .when(command('IssueFinalInvoice', { invoiceId: 'INV-FINAL', amount: { amountMinor: 100, currency: 'USD' }, issuedOn: '2026-03-01' }))
      .thenRefusedWith(TerminationErrorCode.CurrencyMismatch);
    spec
      .given(noticeGiven)
      .when(command('IssueFinalInvoice', { invoiceId: 'INV-FINAL', amount: eur(0), issuedOn: '2026-03-01' }))
      .thenRefusedWith(TerminationErrorCode.InvalidAmount);
    spec
      .given([...noticeGiven, finalInvoiceIssued])
      .when(command('IssueFinalInvoice', { invoiceId: 'INV-2', amount: eur(10), issuedOn: '2026-03-01' }))
      .thenRefusedWith(TerminationErrorCode.FinalInvoiceAlreadyIssued);
  });

  it.each(Object.values(NewWorkPolicy))('new work %s: recorded, and the client aggregate is asked to apply it', (policy) => {
    spec
      .given(noticeGiven)
      .when(command('DecideNewWork', { policy }))
      .then([event('NewWorkRestricted', { policy }), actionRequested(2, { type: 'RestrictNewWork', policy })]);
  });

  it('refuses deciding new work twice', () => {
    spec
      .given([...noticeGiven, event('NewWorkRestricted', { policy: NewWorkPolicy.Prepayment })])
      .when(command('DecideNewWork', { policy: NewWorkPolicy.Refused }))
      .thenRefusedWith(TerminationErrorCode.NewWorkAlreadyDecided);
  });
});

describe('Settlement: paid, sent to collection or written off by the cost-of-recovery rule', () => {
  const invoiced = [...noticeGiven, finalInvoiceIssued];
  const settle = (data: Partial<Parameters<typeof command<'RecordSettlement'>>[1]>) =>
    command('RecordSettlement', { outcome: SettlementOutcome.Paid, decidedBy: 'bob', outstanding: eur(0), ...data });

  it('records paid when nothing is outstanding', () => {
    spec
      .given(invoiced)
      .when(settle({}))
      .then([
        event('SettlementRecorded', {
          outcome: SettlementOutcome.Paid,
          decidedBy: 'bob',
          settledOn: '2026-03-01',
          outstanding: eur(0),
          expectedRecoveryMinor: null,
          recoveryCostMinor: null,
          note: null,
        }),
      ]);
  });

  it('refuses paid while the client still owes money', () => {
    spec
      .given(invoiced)
      .when(settle({ outstanding: eur(30_000) }))
      .thenRefusedWith(TerminationErrorCode.BalanceStillOpen, { outstandingMinor: 30_000 });
  });

  it('sends to collection when recovery is worth its cost', () => {
    spec
      .given(invoiced)
      .when(settle({ outcome: SettlementOutcome.SentToCollection, outstanding: eur(300_000), expectedRecoveryMinor: 200_000, recoveryCostMinor: 50_000 }))
      .then([
        event('SettlementRecorded', {
          outcome: SettlementOutcome.SentToCollection,
          decidedBy: 'bob',
          settledOn: '2026-03-01',
          outstanding: eur(300_000),
          expectedRecoveryMinor: 200_000,
          recoveryCostMinor: 50_000,
          note: null,
        }),
      ]);
  });

  it('writes off when recovery would cost more than it brings', () => {
    spec
      .given(invoiced)
      .when(
        settle({
          outcome: SettlementOutcome.WrittenOff,
          outstanding: eur(30_000),
          expectedRecoveryMinor: 20_000,
          recoveryCostMinor: 80_000,
          note: 'Legal action costs more',
        }),
      )
      .then([
        event('SettlementRecorded', {
          outcome: SettlementOutcome.WrittenOff,
          decidedBy: 'bob',
          settledOn: '2026-03-01',
          outstanding: eur(30_000),
          expectedRecoveryMinor: 20_000,
          recoveryCostMinor: 80_000,
          note: 'Legal action costs more',
        }),
        // The client's receivables leave the books too: the client stream writes the amount off.
        event('ClientActionRequested', {
          requestId: expect.any(String) as string,
          action: { type: 'WriteOffOutstanding', amount: eur(30_000), reason: 'Legal action costs more' },
        }),
      ]);
  });

  it('refuses writing off a debt worth recovering, and sending to collection one that is not', () => {
    spec
      .given(invoiced)
      .when(settle({ outcome: SettlementOutcome.WrittenOff, outstanding: eur(300_000), expectedRecoveryMinor: 200_000, recoveryCostMinor: 50_000 }))
      .thenRefusedWith(TerminationErrorCode.CostOfRecoveryRule, { outcome: 'WRITTEN_OFF' });
    spec
      .given(invoiced)
      .when(settle({ outcome: SettlementOutcome.SentToCollection, outstanding: eur(30_000), expectedRecoveryMinor: 20_000, recoveryCostMinor: 80_000 }))
      .thenRefusedWith(TerminationErrorCode.CostOfRecoveryRule, { outcome: 'SENT_TO_COLLECTION' });
  });

  it('refuses collection or write-off without the recovery figures, or with nothing owed', () => {
    spec
      .given(invoiced)
      .when(settle({ outcome: SettlementOutcome.WrittenOff, outstanding: eur(30_000) }))
      .thenRefusedWith(TerminationErrorCode.CostOfRecoveryRule, { field: 'expectedRecoveryMinor' });
    spec
      .given(invoiced)
      .when(settle({ outcome: SettlementOutcome.WrittenOff, outstanding: eur(30_000), expectedRecoveryMinor: -1, recoveryCostMinor: 5 }))
      .thenRefusedWith(TerminationErrorCode.InvalidAmount);
    spec
      .given(invoiced)
      .when(settle({ outcome: SettlementOutcome.WrittenOff, outstanding: eur(0), expectedRecoveryMinor: 0, recoveryCostMinor: 1 }))
      .thenRefusedWith(TerminationErrorCode.NothingOutstanding);
  });

  it('refuses settling before the final invoice, or twice', () => {
    spec.given(noticeGiven).when(settle({})).thenRefusedWith(TerminationErrorCode.FinalInvoiceNotIssued);
    spec
      .given([
        ...invoiced,
        event('SettlementRecorded', {
          outcome: SettlementOutcome.Paid,
          decidedBy: 'bob',
          settledOn: '2026-03-01',
          outstanding: eur(0),
          expectedRecoveryMinor: null,
          recoveryCostMinor: null,
          note: null,
        }),
      ])
      .when(settle({}))
      .thenRefusedWith(TerminationErrorCode.SettlementAlreadyRecorded);
  });
});

describe('Transition plan: do not leave them hanging', () => {
  it('records the delivered plan', () => {
    spec
      .given(noticeGiven)
      .when(
        command(
          'DeliverTransitionPlan',
          { summary: ' Hand over files and access to Globex ', deliveredOn: '2026-03-12', handoverTo: 'Globex' },
          on('2026-03-12'),
        ),
      )
      .then([planDelivered]);
  });

  it('refuses a blank plan, and delivering it twice', () => {
    spec
      .given(noticeGiven)
      .when(command('DeliverTransitionPlan', { summary: ' ', deliveredOn: '2026-03-01' }))
      .thenRefusedWith(TerminationErrorCode.InvalidText);
    spec
      .given([...noticeGiven, planDelivered])
      .when(command('DeliverTransitionPlan', { summary: 'Again', deliveredOn: '2026-03-12' }, on('2026-03-12')))
      .thenRefusedWith(TerminationErrorCode.TransitionPlanAlreadyDelivered);
  });
});
