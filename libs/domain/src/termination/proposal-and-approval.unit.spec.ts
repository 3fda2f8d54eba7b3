import { DeciderSpecification } from '@client-lifecycle/testing';
import { TerminationErrorCode, TerminationReason, terminationDecider } from '@client-lifecycle/domain';
import { approved, at, command, event, evidence, propose, proposed } from './termination.fixtures';

const spec = DeciderSpecification.for(terminationDecider);

describe('Proposing a termination: a person decides, with the evidence of that day', () => {
  it.each(Object.values(TerminationReason))('records a proposal for %s with the risk and profitability snapshot', (reason) => {
    spec
      .given([])
      .when(propose({ reason, explanation: '  Three broken promises  ', proposedBy: ' alice ' }))
      .then([proposed({ reason, explanation: 'Three broken promises', proposedBy: 'alice', evidence: evidence() })]);
  });

  it('refuses to propose the same termination twice', () => {
    spec.given([proposed()]).when(propose()).thenRefusedWith(TerminationErrorCode.AlreadyProposed, { terminationId: 'T-1' });
  });

  it.each([
    ['explanation', { explanation: ' ' }],
    ['proposedBy', { proposedBy: '' }],
  ])('refuses a proposal with a blank %s', (field, data) => {
    spec.given([]).when(propose(data)).thenRefusedWith(TerminationErrorCode.InvalidText, { field });
  });

  it('refuses a proposal dated after now', () => {
    spec
      .given([])
      .when(propose({}, { occurredAt: '2026-03-02T00:00:00.000Z', now: at.now }))
      .thenRefusedWith(TerminationErrorCode.OccursInFuture);
  });
});

describe('Approval by a manager', () => {
  it('approves a proposal', () => {
    spec
      .given([proposed()])
      .when(command('ApproveTermination', { approvedBy: 'bob', note: ' Agreed ' }))
      .then([{ ...approved, data: { ...approved.data, note: 'Agreed' } }]);
  });

  it('refuses approval by the person who proposed it: another manager decides', () => {
    spec
      .given([proposed()])
      .when(command('ApproveTermination', { approvedBy: 'alice' }))
      .thenRefusedWith(TerminationErrorCode.SelfApproval);
  });

  it('refuses approval by the proposer written with other case or spaces', () => {
    spec
      .given([proposed()])
      .when(command('ApproveTermination', { approvedBy: ' Alice ' }))
      .thenRefusedWith(TerminationErrorCode.SelfApproval);
  });

  it('refuses approval through the credential that proposed, whoever it names: a service counts as one pair of eyes', () => {
    spec
      .given([proposed({ proposedBy: 'alice', proposedByPrincipal: 'api-key:crm' })])
      .when(command('ApproveTermination', { approvedBy: 'bob', approvedByPrincipal: 'api-key:crm' }))
      .thenRefusedWith(TerminationErrorCode.SelfApproval);
  });

  it('approves through another credential and records it', () => {
    spec
      .given([proposed({ proposedBy: 'alice', proposedByPrincipal: 'api-key:crm' })])
      .when(command('ApproveTermination', { approvedBy: 'jwt:bob', approvedByPrincipal: 'jwt:bob' }))
      .then([event('TerminationApproved', { approvedBy: 'jwt:bob', approvedByPrincipal: 'jwt:bob', approvedOn: '2026-03-01', note: null })]);
  });

  it('compares a principal with the name of a proposal recorded before authentication', () => {
    spec
      .given([proposed({ proposedBy: 'api-key:k1' })])
      .when(command('ApproveTermination', { approvedBy: 'carol', approvedByPrincipal: 'api-key:k1' }))
      .thenRefusedWith(TerminationErrorCode.SelfApproval);
  });

  it('refuses approving twice', () => {
    spec
      .given([proposed(), approved])
      .when(command('ApproveTermination', { approvedBy: 'carol' }))
      .thenRefusedWith(TerminationErrorCode.AlreadyDecided, { status: 'APPROVED' });
  });

  it('refuses approving what was never proposed', () => {
    spec
      .given([])
      .when(command('ApproveTermination', { approvedBy: 'bob' }))
      .thenRefusedWith(TerminationErrorCode.NotProposed);
  });

  it('rejects a proposal with a reason', () => {
    spec
      .given([proposed()])
      .when(command('RejectTermination', { rejectedBy: 'bob', reason: 'Long-standing client, first incident' }))
      .then([
        {
          type: 'TerminationRejected',
          data: { terminationId: 'T-1', clientId: 'acme', rejectedBy: 'bob', rejectedOn: '2026-03-01', reason: 'Long-standing client, first incident' },
        },
      ]);
  });

  it('refuses rejecting an approved termination (cancel it instead)', () => {
    spec
      .given([proposed(), approved])
      .when(command('RejectTermination', { rejectedBy: 'bob', reason: 'Changed my mind' }))
      .thenRefusedWith(TerminationErrorCode.AlreadyDecided);
  });

  it('refuses every further step of a rejected termination', () => {
    const rejected = {
      type: 'TerminationRejected' as const,
      data: { terminationId: 'T-1', clientId: 'acme', rejectedBy: 'bob', rejectedOn: '2026-03-01', reason: 'No' },
    };
    spec
      .given([proposed(), rejected])
      .when(command('ApproveTermination', { approvedBy: 'carol' }))
      .thenRefusedWith(TerminationErrorCode.Rejected);
  });
});
