import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode, type ClientEvent, type RegisterClient } from '@client-lifecycle/domain';

const now = '2026-03-01T12:00:00.000Z';
const at = { occurredAt: '2026-03-01T09:00:00.000Z', now };
const spec = DeciderSpecification.for(clientDecider);

const registerAcme: RegisterClient = {
  type: 'RegisterClient',
  data: {
    clientId: 'acme',
    name: 'ACME Ltd',
    contract: {
      paymentTermsDays: 30,
      exitClause: { text: 'Either party may end with notice', immediateExitFor: [] },
      startDate: '2025-01-01',
      hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
      currency: 'EUR',
      contractedHoursPerMonth: 40,
    },
  },
  metadata: at,
};

const acmeRegistered: ClientEvent = {
  type: 'ClientRegistered',
  data: {
    clientId: 'acme',
    name: 'ACME Ltd',
    clientSince: '2025-01-01',
    contract: {
      paymentTermsDays: 30,
      noticePeriodDays: 15,
      exitClause: { text: 'Either party may end with notice', immediateExitFor: [] },
      startDate: '2025-01-01',
      endDate: null,
      hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
      currency: 'EUR',
      contractedHoursPerMonth: 40,
    },
  },
};

describe('Registering a client', () => {
  it('records the contract with a 15-day notice period when the contract names none', () => {
    spec.given([]).when(registerAcme).then([acmeRegistered]);
  });

  it('refuses to register the same client twice', () => {
    spec.given([acmeRegistered]).when(registerAcme).thenRefusedWith(ClientErrorCode.AlreadyRegistered);
  });
});

describe('Recording a payment', () => {
  const invoice42: ClientEvent = {
    type: 'InvoiceIssued',
    data: {
      clientId: 'acme',
      invoiceId: 'INV-42',
      amount: { amountMinor: 100_000, currency: 'EUR' },
      issuedOn: '2026-01-10',
      dueDate: '2026-02-09',
      description: null,
    },
  };

  it('refuses a payment above the open balance of the invoice', () => {
    spec
      .given([acmeRegistered, invoice42])
      .when({
        type: 'RecordPayment',
        data: {
          clientId: 'acme',
          paymentId: 'PAY-1',
          invoiceId: 'INV-42',
          amount: { amountMinor: 100_001, currency: 'EUR' },
          paidOn: '2026-02-20',
        },
        metadata: at,
      })
      .thenRefusedWith(ClientErrorCode.PaymentExceedsOpenBalance, { openBalanceMinor: 100_000 });
  });
});
