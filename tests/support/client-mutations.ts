import type { GraphqlClient } from './graphql-client';

const PAYLOAD = 'clientId version deduplicated events { eventId type revision summary actor correlationId occurredAt }';

/** The input type of each mutation, as the schema names them. */
export const INPUT_TYPES: Readonly<Record<string, string>> = {
  registerClient: 'RegisterClientInput',
  amendContract: 'AmendContractInput',
  issueInvoice: 'IssueInvoiceInput',
  recordPayment: 'RecordPaymentInput',
  recordExcuse: 'RecordExcuseInput',
  recordPromiseToPay: 'RecordPromiseToPayInput',
  agreePaymentPlan: 'AgreePaymentPlanInput',
  recordReminder: 'RecordReminderInput',
  fileComplaint: 'FileComplaintInput',
  resolveComplaint: 'ResolveComplaintInput',
  requestScopeChange: 'RequestScopeChangeInput',
  decideScopeChange: 'DecideScopeChangeInput',
  logTime: 'LogTimeInput',
  recordMeeting: 'RecordMeetingInput',
  recordRecommendation: 'RecordRecommendationInput',
  reportAbuse: 'ReportAbuseInput',
};

/** The credit-control mutations (docs/collections.md), kept apart from the interactions of DOMAIN.md above. */
export const CREDIT_CONTROL_INPUT_TYPES: Readonly<Record<string, string>> = {
  writeOffInvoice: 'WriteOffInvoiceInput',
  recordCollectionCost: 'RecordCollectionCostInput',
  recordConductSignal: 'RecordConductSignalInput',
  placeCreditHold: 'PlaceCreditHoldInput',
  releaseCreditHold: 'ReleaseCreditHoldInput',
  setCreditLimit: 'SetCreditLimitInput',
  issueCreditNote: 'IssueCreditNoteInput',
  grantSettlementDiscount: 'GrantSettlementDiscountInput',
  chargeLateInterest: 'ChargeLateInterestInput',
  handOverToCollectionAgency: 'HandOverToCollectionAgencyInput',
  recordLegalAction: 'RecordLegalActionInput',
};

/** A mutation with its input as a variable, returning what every test reads from the payload. */
export const mutationDocument = (mutation: string) =>
  `mutation Run($input: ${INPUT_TYPES[mutation] ?? CREDIT_CONTROL_INPUT_TYPES[mutation]}!) { ${mutation}(input: $input) { ${PAYLOAD} } }`;

/** Registers a client on 1 January 2026 under a contract whose exit clause allows leaving at once for abuse. */
export const registerClientWithAbuseExit = (api: GraphqlClient, clientId: string, name = `${clientId} Ltd`) =>
  api.data(mutationDocument('registerClient'), {
    input: {
      clientId,
      name,
      contract: {
        paymentTermsDays: 30,
        exitClause: { text: 'Immediate exit for abuse', immediateExitFor: ['ABUSE'] },
        startDate: '2026-01-01',
        hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
        currency: 'EUR',
        contractedHoursPerMonth: 10,
      },
      occurredAt: '2026-01-01T09:00:00Z',
    },
  });
