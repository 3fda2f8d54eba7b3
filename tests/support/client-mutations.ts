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
