import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode, ScopeClassification } from '@client-lifecycle/domain';
import { CLIENT_ID, clientRegistered, decideScopeChange, fromTheFuture, requestScopeChange, scopeChangeDecided, scopeChangeRequested } from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

const acme = [clientRegistered()];
const secondLandingPageRequested = [...acme, scopeChangeRequested()];

describe('Requesting a scope change', () => {
  it('records the request with its estimate', () => {
    spec
      .given(acme)
      .when(requestScopeChange({ description: '  Add a second landing page ', estimatedMinutes: 480 }))
      .then([
        {
          type: 'ScopeChangeRequested',
          data: { clientId: CLIENT_ID, scopeChangeId: 'SC-1', description: 'Add a second landing page', estimatedMinutes: 480 },
        },
      ]);
  });

  it('records a request nobody has estimated yet', () => {
    spec
      .given(acme)
      .when(requestScopeChange())
      .then([scopeChangeRequested({ estimatedMinutes: null })]);
  });

  it('refuses the same request twice', () => {
    spec.given(secondLandingPageRequested).when(requestScopeChange()).thenRefusedWith(ClientErrorCode.ScopeChangeAlreadyRequested, { scopeChangeId: 'SC-1' });
  });

  it('refuses a request without a description', () => {
    spec
      .given(acme)
      .when(requestScopeChange({ description: '' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'description' });
  });

  it.each([0, 90.5, 1_000_001])('refuses an estimate of %p minutes', (estimatedMinutes) => {
    spec
      .given(acme)
      .when(requestScopeChange({ estimatedMinutes }))
      .thenRefusedWith(ClientErrorCode.InvalidDuration, { field: 'estimatedMinutes', minutes: estimatedMinutes, maximum: 1_000_000 });
  });

  it('refuses a request recorded as made after now', () => {
    spec.given(acme).when(requestScopeChange({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});

describe('Deciding a scope change', () => {
  it('classifies a request outside the contract as billable extra work', () => {
    spec
      .given(secondLandingPageRequested)
      .when(decideScopeChange({ classification: ScopeClassification.OutOfContract, billable: true, note: ' Quote sent ' }))
      .then([
        {
          type: 'ScopeChangeDecided',
          data: {
            clientId: CLIENT_ID,
            scopeChangeId: 'SC-1',
            classification: ScopeClassification.OutOfContract,
            billable: true,
            note: 'Quote sent',
          },
        },
      ]);
  });

  it('records out-of-contract work done unbilled (unpaid scope creep)', () => {
    spec
      .given(secondLandingPageRequested)
      .when(decideScopeChange({ classification: ScopeClassification.OutOfContract, billable: false }))
      .then([scopeChangeDecided({ classification: ScopeClassification.OutOfContract, billable: false })]);
  });

  it('classifies a request the contract already covers', () => {
    spec
      .given(secondLandingPageRequested)
      .when(decideScopeChange({ classification: ScopeClassification.InContract, billable: false }))
      .then([scopeChangeDecided({ classification: ScopeClassification.InContract, billable: false })]);
  });

  it('refuses to decide a scope change nobody requested', () => {
    spec
      .given(acme)
      .when(decideScopeChange({ scopeChangeId: 'SC-404' }))
      .thenRefusedWith(ClientErrorCode.ScopeChangeNotFound, { scopeChangeId: 'SC-404' });
  });

  it('refuses to decide a scope change twice', () => {
    spec
      .given([...secondLandingPageRequested, scopeChangeDecided()])
      .when(decideScopeChange({ classification: ScopeClassification.InContract }))
      .thenRefusedWith(ClientErrorCode.ScopeChangeAlreadyDecided, { scopeChangeId: 'SC-1' });
  });

  it('refuses a blank note', () => {
    spec
      .given(secondLandingPageRequested)
      .when(decideScopeChange({ note: '  ' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'note' });
  });

  it('refuses a decision recorded as made after now', () => {
    spec.given(secondLandingPageRequested).when(decideScopeChange({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});
