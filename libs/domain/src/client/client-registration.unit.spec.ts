import { DeciderSpecification } from '@client-lifecycle/testing';
import { type ClientCommand, clientDecider, ClientErrorCode, ExitCause } from '@client-lifecycle/domain';
import {
  aContract,
  abuseReported,
  agreePaymentPlan,
  amendContract,
  CLIENT_ID,
  clientRegistered,
  decideScopeChange,
  eur,
  fileComplaint,
  fromTheFuture,
  issueInvoice,
  logTime,
  moneyIn,
  NOW,
  recordExcuse,
  recordMeeting,
  recordPayment,
  recordPromiseToPay,
  recordRecommendation,
  recordReminder,
  registerClient,
  reportAbuse,
  requestScopeChange,
  resolveComplaint,
} from './client.fixtures';

const spec = DeciderSpecification.for(clientDecider);

describe('Registering a client', () => {
  it('records the contract with a 15-day notice period when the contract names none', () => {
    spec.given([]).when(registerClient()).then([clientRegistered()]);
  });

  it('keeps the notice period, end date and exit causes the contract does name', () => {
    spec
      .given([])
      .when(
        registerClient({
          contract: aContract({
            noticePeriodDays: 30,
            endDate: '2026-12-31',
            exitClause: { text: 'Immediate exit for non-payment or abuse', immediateExitFor: [ExitCause.NonPayment, ExitCause.Abuse] },
          }),
        }),
      )
      .then([
        clientRegistered({
          noticePeriodDays: 30,
          endDate: '2026-12-31',
          exitClause: { text: 'Immediate exit for non-payment or abuse', immediateExitFor: [ExitCause.NonPayment, ExitCause.Abuse] },
        }),
      ]);
  });

  it('counts tenure from the contract start unless the relationship began earlier', () => {
    spec
      .given([])
      .when(registerClient({ clientSince: '2019-06-01' }))
      .then([clientRegistered({}, { clientSince: '2019-06-01' })]);
  });

  it('records the client name without surrounding blanks', () => {
    spec
      .given([])
      .when(registerClient({ name: '  ACME Ltd  ' }))
      .then([clientRegistered()]);
  });

  it('refuses to register the same client twice', () => {
    spec.given([clientRegistered()]).when(registerClient()).thenRefusedWith(ClientErrorCode.AlreadyRegistered, { clientId: CLIENT_ID });
  });

  it('refuses a client without a name', () => {
    spec
      .given([])
      .when(registerClient({ name: '   ' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'name' });
  });

  it('refuses a contract in a currency that is not ISO 4217', () => {
    spec
      .given([])
      .when(registerClient({ contract: aContract({ currency: 'EURO' }) }))
      .thenRefusedWith(ClientErrorCode.UnknownCurrency, { currency: 'EURO' });
  });

  it('refuses an hourly rate in another currency than the contract', () => {
    spec
      .given([])
      .when(registerClient({ contract: aContract({ hourlyRate: moneyIn('USD', 10_000) }) }))
      .thenRefusedWith(ClientErrorCode.CurrencyMismatch, { given: 'USD', contract: 'EUR' });
  });

  it('refuses an hourly rate that is not a positive amount', () => {
    spec
      .given([])
      .when(registerClient({ contract: aContract({ hourlyRate: eur(0) }) }))
      .thenRefusedWith(ClientErrorCode.InvalidAmount, { field: 'contract.hourlyRate', amountMinor: 0 });
  });

  it.each([
    ['payment terms that are negative', { paymentTermsDays: -1 }, 'paymentTermsDays'],
    ['payment terms in fractions of a day', { paymentTermsDays: 30.5 }, 'paymentTermsDays'],
    ['payment terms longer than a year', { paymentTermsDays: 366 }, 'paymentTermsDays'],
    ['a notice period longer than two years', { noticePeriodDays: 731 }, 'noticePeriodDays'],
    ['negative contracted hours', { contractedHoursPerMonth: -1 }, 'contractedHoursPerMonth'],
    ['more contracted hours than a month has', { contractedHoursPerMonth: 745 }, 'contractedHoursPerMonth'],
    ['an end date before the start date', { endDate: '2024-12-31' }, 'contract.endDate'],
  ])('refuses a contract with %s', (_rule, terms, field) => {
    spec
      .given([])
      .when(registerClient({ contract: aContract(terms) }))
      .thenRefusedWith(ClientErrorCode.InvalidContractTerms, { field });
  });

  it('refuses an exit clause naming a cause the business does not know', () => {
    const exitClause = { text: 'Immediate exit when we feel like it', immediateExitFor: ['WHIM' as ExitCause] };
    spec
      .given([])
      .when(registerClient({ contract: aContract({ exitClause }) }))
      .thenRefusedWith(ClientErrorCode.InvalidContractTerms, { field: 'exitClause', value: 'WHIM' });
  });

  it('refuses an exit clause without wording', () => {
    spec
      .given([])
      .when(registerClient({ contract: aContract({ exitClause: { text: ' ', immediateExitFor: [] } }) }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'contract.exitClause.text' });
  });

  it.each([
    ['a contract start that is not a calendar day', { contract: aContract({ startDate: '2025-02-30' }) }, 'contract.startDate'],
    ['a contract end that is not a calendar day', { contract: aContract({ endDate: '31/12/2026' }) }, 'contract.endDate'],
    ['a client-since date that is not a calendar day', { clientSince: '2019-13-01' }, 'clientSince'],
  ])('refuses %s', (_rule, data, field) => {
    spec.given([]).when(registerClient(data)).thenRefusedWith(ClientErrorCode.InvalidDate, { field });
  });

  it('refuses a registration that claims to happen after now: facts are recorded after they happen', () => {
    spec.given([]).when(registerClient({}, fromTheFuture)).thenRefusedWith(ClientErrorCode.OccursInFuture, { occurredAt: fromTheFuture.occurredAt, now: NOW });
  });

  it('refuses a registration whose time of occurrence is not an instant', () => {
    spec
      .given([])
      .when(registerClient({}, { occurredAt: '1 March 2026', now: NOW }))
      .thenRefusedWith(ClientErrorCode.InvalidDate, { field: 'occurredAt', value: '1 March 2026' });
  });
});

describe('Amending the contract', () => {
  it('records only the terms that change, with the reason', () => {
    spec
      .given([clientRegistered()])
      .when(amendContract({ paymentTermsDays: 14, hourlyRate: eur(11_000), reason: '  Renewal: prepayment terms  ' }))
      .then([
        {
          type: 'ContractAmended',
          data: { clientId: CLIENT_ID, changes: { paymentTermsDays: 14, hourlyRate: eur(11_000) }, reason: 'Renewal: prepayment terms' },
        },
      ]);
  });

  it('can remove the end date of a fixed-term contract', () => {
    spec
      .given([clientRegistered({ endDate: '2026-12-31' })])
      .when(amendContract({ endDate: null }))
      .then([{ type: 'ContractAmended', data: { clientId: CLIENT_ID, changes: { endDate: null }, reason: 'Renewal with new boundaries' } }]);
  });

  it('can change notice period, exit clause and contracted hours together', () => {
    const exitClause = { text: 'Immediate exit for abuse', immediateExitFor: [ExitCause.Abuse] };
    spec
      .given([clientRegistered()])
      .when(amendContract({ noticePeriodDays: 30, exitClause, contractedHoursPerMonth: 20, endDate: '2027-01-31' }))
      .then([
        {
          type: 'ContractAmended',
          data: {
            clientId: CLIENT_ID,
            changes: { noticePeriodDays: 30, exitClause, contractedHoursPerMonth: 20, endDate: '2027-01-31' },
            reason: 'Renewal with new boundaries',
          },
        },
      ]);
  });

  it('later decisions use the amended terms (a new due date from the new payment terms)', () => {
    spec
      .given([clientRegistered(), { type: 'ContractAmended', data: { clientId: CLIENT_ID, changes: { paymentTermsDays: 14 }, reason: 'Prepayment' } }])
      .when(issueInvoice({ issuedOn: '2026-02-01' }))
      .then([
        {
          type: 'InvoiceIssued',
          data: {
            clientId: CLIENT_ID,
            invoiceId: 'INV-42',
            amount: eur(100_000),
            issuedOn: '2026-02-01',
            dueDate: '2026-02-15',
            description: null,
          },
        },
      ]);
  });

  it('refuses an amendment that changes nothing', () => {
    spec.given([clientRegistered()]).when(amendContract()).thenRefusedWith(ClientErrorCode.NothingToAmend);
  });

  it('refuses an amendment without a reason', () => {
    spec
      .given([clientRegistered()])
      .when(amendContract({ paymentTermsDays: 14, reason: '' }))
      .thenRefusedWith(ClientErrorCode.InvalidText, { field: 'reason' });
  });

  it('refuses an hourly rate in another currency than the contract', () => {
    spec
      .given([clientRegistered()])
      .when(amendContract({ hourlyRate: moneyIn('GBP', 8_000) }))
      .thenRefusedWith(ClientErrorCode.CurrencyMismatch, { given: 'GBP', contract: 'EUR' });
  });

  it.each([
    ['payment terms longer than a year', { paymentTermsDays: 400 }, 'paymentTermsDays'],
    ['a negative notice period', { noticePeriodDays: -15 }, 'noticePeriodDays'],
    ['more contracted hours than a month has', { contractedHoursPerMonth: 1_000 }, 'contractedHoursPerMonth'],
    ['an end date before the contract started', { endDate: '2024-06-30' }, 'endDate'],
  ])('refuses an amendment with %s', (_rule, changes, field) => {
    spec.given([clientRegistered()]).when(amendContract(changes)).thenRefusedWith(ClientErrorCode.InvalidContractTerms, { field });
  });

  it('refuses an end date that is not a calendar day', () => {
    spec
      .given([clientRegistered()])
      .when(amendContract({ endDate: '2026-02-29' }))
      .thenRefusedWith(ClientErrorCode.InvalidDate, { field: 'endDate', value: '2026-02-29' });
  });

  it('refuses an amendment that claims to happen after now', () => {
    spec
      .given([clientRegistered()])
      .when(amendContract({ paymentTermsDays: 14 }, fromTheFuture))
      .thenRefusedWith(ClientErrorCode.OccursInFuture);
  });
});

describe('A client that is not registered', () => {
  const everyOtherCommand: [string, ClientCommand][] = [
    ['amending its contract', amendContract({ paymentTermsDays: 14 })],
    ['issuing it an invoice', issueInvoice()],
    ['recording its payment', recordPayment()],
    ['recording its excuse', recordExcuse()],
    ['recording its promise to pay', recordPromiseToPay()],
    ['agreeing a payment plan', agreePaymentPlan()],
    ['sending it a reminder', recordReminder()],
    ['filing its complaint', fileComplaint()],
    ['resolving its complaint', resolveComplaint()],
    ['requesting a scope change', requestScopeChange()],
    ['deciding a scope change', decideScopeChange()],
    ['logging time on it', logTime()],
    ['recording a meeting', recordMeeting()],
    ['recording a recommendation', recordRecommendation()],
    ['reporting its abuse', reportAbuse()],
  ];

  it.each(everyOtherCommand)('refuses %s', (_interaction, command) => {
    spec.given([]).when(command).thenRefusedWith(ClientErrorCode.NotRegistered, { clientId: CLIENT_ID });
  });

  it('ignores stray history: events before registration do not register it', () => {
    spec.given([abuseReported()]).when(issueInvoice()).thenRefusedWith(ClientErrorCode.NotRegistered);
  });
});
