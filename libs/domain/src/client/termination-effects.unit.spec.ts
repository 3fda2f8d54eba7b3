import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode, NewWorkPolicy, PaymentKind } from '@client-lifecycle/domain';
import {
  at,
  clientOffboarded,
  clientRegistered,
  eur,
  invoiceIssued,
  issueInvoice,
  liftNewWorkRestriction,
  newWorkRefused,
  newWorkRestrictionLifted,
  offboardClient,
  paymentRecorded,
  recordPayment,
  requestScopeChange,
  restrictNewWork,
  scopeChangeRequested,
  workMovedToPrepayment,
} from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

const acme = [clientRegistered()];
const withOpenInvoice = [...acme, invoiceIssued()];

describe('Offboarded: no new work, but old invoices can still be paid', () => {
  it('records the client as offboarded by its termination', () => {
    spec.given(acme).when(offboardClient()).then([clientOffboarded]);
  });

  it('refuses a new invoice once offboarded', () => {
    spec
      .given([...withOpenInvoice, clientOffboarded])
      .when(issueInvoice({ invoiceId: 'INV-43', issuedOn: '2026-03-01' }))
      .thenRefusedWith(ClientErrorCode.Offboarded, { terminationId: 'T-1', offboardedOn: '2026-03-01' });
  });

  it('refuses a new scope change once offboarded', () => {
    spec
      .given([...acme, clientOffboarded])
      .when(requestScopeChange())
      .thenRefusedWith(ClientErrorCode.Offboarded);
  });

  it('still records a payment on an invoice issued before offboarding', () => {
    spec
      .given([...withOpenInvoice, clientOffboarded])
      .when(recordPayment({ amount: eur(40_000), paidOn: '2026-03-01' }))
      .then([paymentRecorded({ amount: eur(40_000), paidOn: '2026-03-01', kind: PaymentKind.Partial, openBalanceAfter: eur(60_000) })]);
  });

  it('refuses offboarding twice', () => {
    spec
      .given([...acme, clientOffboarded])
      .when(offboardClient())
      .thenRefusedWith(ClientErrorCode.Offboarded);
  });
});

describe('New work during a termination: refused, or on prepayment', () => {
  it('records each policy as its own fact', () => {
    spec.given(acme).when(restrictNewWork(NewWorkPolicy.Refused)).then([newWorkRefused]);
    spec.given(acme).when(restrictNewWork(NewWorkPolicy.Prepayment)).then([workMovedToPrepayment]);
  });

  it('refuses new scope changes while new work is refused, but still invoices owed work', () => {
    spec
      .given([...acme, newWorkRefused])
      .when(requestScopeChange())
      .thenRefusedWith(ClientErrorCode.NewWorkRefused, { terminationId: 'T-1' });
    spec
      .given([...acme, newWorkRefused])
      .when(issueInvoice())
      .then([invoiceIssued()]);
  });

  it('on prepayment an invoice falls due the day it is issued, and a later due date is refused', () => {
    spec
      .given([...acme, workMovedToPrepayment])
      .when(issueInvoice())
      .then([invoiceIssued({ dueDate: '2026-01-10' })]);
    spec
      .given([...acme, workMovedToPrepayment])
      .when(issueInvoice({ dueDate: '2026-02-09' }))
      .thenRefusedWith(ClientErrorCode.PrepaymentRequired, { dueDate: '2026-02-09', issuedOn: '2026-01-10' });
  });

  it('scope changes are still accepted on prepayment', () => {
    spec
      .given([...acme, workMovedToPrepayment])
      .when(requestScopeChange())
      .then([scopeChangeRequested()]);
  });

  it('refuses a second restriction, and one after offboarding', () => {
    spec
      .given([...acme, newWorkRefused])
      .when(restrictNewWork(NewWorkPolicy.Prepayment))
      .thenRefusedWith(ClientErrorCode.NewWorkAlreadyRestricted);
    spec
      .given([...acme, clientOffboarded])
      .when(restrictNewWork(NewWorkPolicy.Refused))
      .thenRefusedWith(ClientErrorCode.Offboarded);
  });

  it('a cancelled termination lifts its restriction, after which new work is open again', () => {
    spec
      .given([...acme, newWorkRefused])
      .when(liftNewWorkRestriction())
      .then([newWorkRestrictionLifted]);
    spec
      .given([...acme, newWorkRefused, newWorkRestrictionLifted])
      .when(requestScopeChange())
      .then([scopeChangeRequested()]);
  });

  it('refuses lifting a restriction another termination (or none) set', () => {
    spec.given(acme).when(liftNewWorkRestriction()).thenRefusedWith(ClientErrorCode.NoNewWorkRestriction);
    spec
      .given([...acme, newWorkRefused])
      .when(liftNewWorkRestriction('T-2'))
      .thenRefusedWith(ClientErrorCode.NoNewWorkRestriction);
  });
});

describe('Notice of termination on the client: told, and withdrawn if the termination is cancelled', () => {
  const notice = {
    type: 'RecordNoticeOfTermination' as const,
    data: { clientId: 'acme', terminationId: 'T-1', reason: 'NON_PAYMENT', channel: 'EMAIL', servedOn: '2026-03-01', effectiveDate: '2026-03-16' },
    metadata: at,
  };
  const served = { type: 'NoticeOfTerminationServed' as const, data: notice.data };
  const withdraw = { type: 'WithdrawNoticeOfTermination' as const, data: { clientId: 'acme', terminationId: 'T-1' }, metadata: at };

  it('records the notice, and its withdrawal', () => {
    spec.given(acme).when(notice).then([served]);
    spec
      .given([...acme, served])
      .when(withdraw)
      .then([{ type: 'NoticeOfTerminationWithdrawn', data: withdraw.data }]);
  });

  it('refuses a second notice while one stands, and withdrawing a notice never served', () => {
    spec
      .given([...acme, served])
      .when(notice)
      .thenRefusedWith(ClientErrorCode.NoticeOfTerminationAlreadyServed);
    spec.given(acme).when(withdraw).thenRefusedWith(ClientErrorCode.NoNoticeOfTermination);
  });
});
