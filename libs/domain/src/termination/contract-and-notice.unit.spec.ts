import { DeciderSpecification } from '@client-lifecycle/testing';
import { EndDateBasis, ExitCause, NoticeChannel, TerminationErrorCode, TerminationReason, terminationDecider } from '@client-lifecycle/domain';
import {
  actionRequested,
  approved,
  command,
  contract,
  evaluated,
  immediateExitContract,
  noticeRecordedOnClient,
  noticeServed,
  on,
  proposed,
} from './termination.fixtures';

const spec = DeciderSpecification.for(terminationDecider);

const approvedTermination = [proposed(), approved];

describe('Evaluating the contract: can it end now, under which clause, with how much notice', () => {
  it('uses the contract notice period from the evaluation day', () => {
    spec
      .given(approvedTermination)
      .when(command('EvaluateContract', { contract: contract() }))
      .then([evaluated()]);
  });

  it('a contract with a longer notice period ends later', () => {
    spec
      .given(approvedTermination)
      .when(command('EvaluateContract', { contract: contract({ noticePeriodDays: 30 }) }))
      .then([evaluated({ noticePeriodDays: 30, earliestLawfulEndDate: '2026-03-31', endDate: '2026-03-31' })]);
  });

  it('waits for the end of term when it comes soon after the earliest lawful date: ending at term beats breaking midway', () => {
    spec
      .given(approvedTermination)
      .when(command('EvaluateContract', { contract: contract({ endDate: '2026-04-30' }) }))
      .then([evaluated({ endOfTermDate: '2026-04-30', endDate: '2026-04-30', basis: EndDateBasis.EndOfTerm })]);
  });

  it('does not wait for an end of term that is far away', () => {
    spec
      .given(approvedTermination)
      .when(command('EvaluateContract', { contract: contract({ endDate: '2026-12-31' }) }))
      .then([evaluated({ endOfTermDate: '2026-12-31' })]);
  });

  it('for non-payment, an exit clause allowing immediate exit ends it the same day', () => {
    spec
      .given(approvedTermination)
      .when(command('EvaluateContract', { contract: immediateExitContract(ExitCause.NonPayment) }))
      .then([
        evaluated({
          exitClauseText: 'Immediate exit for non-payment or abuse',
          immediateExitAllowed: true,
          earliestLawfulEndDate: '2026-03-01',
          endDate: '2026-03-01',
          basis: EndDateBasis.ImmediateForCause,
        }),
      ]);
  });

  it('a clause for abuse only does not make a non-payment termination immediate', () => {
    spec
      .given(approvedTermination)
      .when(command('EvaluateContract', { contract: immediateExitContract(ExitCause.Abuse) }))
      .then([evaluated({ exitClauseText: 'Immediate exit for non-payment or abuse' })]);
  });

  it('for abuse under a clause allowing it, skips straight to immediate notice', () => {
    spec
      .given([proposed({ reason: TerminationReason.Abuse }), approved])
      .when(command('EvaluateContract', { contract: immediateExitContract(), immediateNoticeChannel: NoticeChannel.Letter }))
      .then([
        evaluated({
          exitClauseText: 'Immediate exit for non-payment or abuse',
          immediateExitAllowed: true,
          earliestLawfulEndDate: '2026-03-01',
          endDate: '2026-03-01',
          basis: EndDateBasis.ImmediateForCause,
        }),
        noticeServed({ channel: NoticeChannel.Letter, effectiveDate: '2026-03-01', immediate: true }),
        actionRequested(1, {
          type: 'RecordNoticeOfTermination',
          reason: TerminationReason.Abuse,
          channel: NoticeChannel.Letter,
          servedOn: '2026-03-01',
          effectiveDate: '2026-03-01',
        }),
      ]);
  });

  it('refuses immediate notice for abuse when the exit clause does not allow it', () => {
    spec
      .given([proposed({ reason: TerminationReason.Abuse }), approved])
      .when(command('EvaluateContract', { contract: contract(), immediateNoticeChannel: NoticeChannel.Letter }))
      .thenRefusedWith(TerminationErrorCode.ImmediateNoticeNotAllowed);
  });

  it('refuses evaluating the contract before a manager approved', () => {
    spec
      .given([proposed()])
      .when(command('EvaluateContract', { contract: contract() }))
      .thenRefusedWith(TerminationErrorCode.NotApproved);
  });

  it('refuses evaluating the contract twice', () => {
    spec
      .given([...approvedTermination, evaluated()])
      .when(command('EvaluateContract', { contract: contract() }))
      .thenRefusedWith(TerminationErrorCode.ContractAlreadyEvaluated);
  });
});

describe('Serving notice', () => {
  const evaluatedTermination = [...approvedTermination, evaluated()];

  it('serves notice effective on the evaluated end date, and tells the client aggregate', () => {
    spec
      .given(evaluatedTermination)
      .when(command('ServeNotice', { channel: NoticeChannel.Email, servedOn: '2026-03-01' }))
      .then([noticeServed(), noticeRecordedOnClient(1)]);
  });

  it('notice served late runs its full period from the day it is served', () => {
    spec
      .given(evaluatedTermination)
      .when(command('ServeNotice', { channel: NoticeChannel.Meeting, servedOn: '2026-03-05' }, on('2026-03-05')))
      .then([
        noticeServed({ channel: NoticeChannel.Meeting, servedOn: '2026-03-05', effectiveDate: '2026-03-20' }),
        noticeRecordedOnClient(1, { channel: NoticeChannel.Meeting, servedOn: '2026-03-05', effectiveDate: '2026-03-20' }),
      ]);
  });

  it('accepts a later effective date than the law requires', () => {
    spec
      .given(evaluatedTermination)
      .when(command('ServeNotice', { channel: NoticeChannel.Email, servedOn: '2026-03-01', effectiveDate: '2026-03-31' }))
      .then([noticeServed({ effectiveDate: '2026-03-31' }), noticeRecordedOnClient(1, { effectiveDate: '2026-03-31' })]);
  });

  it('refuses an effective date shorter than the notice period', () => {
    spec
      .given(evaluatedTermination)
      .when(command('ServeNotice', { channel: NoticeChannel.Email, servedOn: '2026-03-01', effectiveDate: '2026-03-10' }))
      .thenRefusedWith(TerminationErrorCode.NoticeTooShort, { effectiveDate: '2026-03-10', earliest: '2026-03-16' });
  });

  it('refuses serving notice before the contract is evaluated', () => {
    spec
      .given(approvedTermination)
      .when(command('ServeNotice', { channel: NoticeChannel.Email, servedOn: '2026-03-01' }))
      .thenRefusedWith(TerminationErrorCode.ContractNotEvaluated);
  });

  it('refuses serving notice before approval', () => {
    spec
      .given([proposed()])
      .when(command('ServeNotice', { channel: NoticeChannel.Email, servedOn: '2026-03-01' }))
      .thenRefusedWith(TerminationErrorCode.NotApproved);
  });

  it('refuses serving notice twice', () => {
    spec
      .given([...evaluatedTermination, noticeServed()])
      .when(command('ServeNotice', { channel: NoticeChannel.Email, servedOn: '2026-03-01' }))
      .thenRefusedWith(TerminationErrorCode.NoticeAlreadyServed);
  });

  it('refuses notice recorded as served in the future', () => {
    spec
      .given(evaluatedTermination)
      .when(command('ServeNotice', { channel: NoticeChannel.Email, servedOn: '2026-03-02' }))
      .thenRefusedWith(TerminationErrorCode.OccursInFuture, { field: 'servedOn' });
  });
});
