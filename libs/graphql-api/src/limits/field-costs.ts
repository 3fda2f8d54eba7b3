/**
 * What one field costs to answer, in rough units of one event-stream read. A field sized by
 * `first` multiplies what is selected under it by the page size asked for.
 */
export interface FieldCost {
  readonly cost: number;
  /** The argument that says how many items the field returns. */
  readonly sizedBy?: 'first';
  /** A list argument each of whose items adds `cost` (a batch of commands). */
  readonly perItem?: { readonly argument: string; readonly cost: number };
}

/** Any field returning an object not in the table: it was loaded with its parent. */
export const DEFAULT_OBJECT_COST = 1;
/** Any scalar not in the table: a property of an object already loaded. */
export const DEFAULT_SCALAR_COST = 0;

/** A mutation reads one stream, decides and appends: a few reads and one write. */
const MUTATION: FieldCost = { cost: 10 };

/**
 * The one table of field costs, keyed `Type.field`. Every root field has an entry (a unit test
 * checks it), so a new query or mutation gets a cost on purpose rather than by default.
 * The insight costs are relative to `client(id)` (one stream read): `risk`, `profitability` and
 * `collection` fold the whole stream and compute; `portfolio` folds every client's stream.
 */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  'Query.apiKeys': { cost: 2 },
  'Query.client': { cost: 2 },
  // The client's stream and each of its termination streams, read whole.
  'Query.exportClientData': { cost: 10 },
  // A page of the list read from its read model; a name search (filter.search) is one index lookup
  // (FTS5 or trigram) ranking only the matches, so it costs no more than a band filter.
  'Query.clients': { cost: 2, sizedBy: 'first' },
  'Query.portfolio': { cost: 1_000 },
  // The client read and judged twice (risk, profitability, collection before and after), plus each command decided.
  'Query.simulate': { cost: 60, perItem: { argument: 'commands', cost: 5 } },
  // The client read and judged once, then profitability folded twice more for the recent months.
  'Query.simulateTermination': { cost: 30 },
  'Query.termination': { cost: 2 },
  'Query.terminations': { cost: 2, sizedBy: 'first' },
  // A page of the worklist read model; each entry's draft is rendered from the entry (no stream read).
  'Query.collectionWorklist': { cost: 2, sizedBy: 'first' },
  'Query.draft': { cost: 2 },
  'Query.proposePaymentPlan': { cost: 2 },

  'ClientSummary.client': { cost: 2 },
  'Client.timeline': { cost: 2, sizedBy: 'first' },
  'Client.risk': { cost: 10 },
  'Client.profitability': { cost: 10 },
  'Client.collection': { cost: 10 },
  'Client.termination': { cost: 2 },

  'Subscription.riskChanged': { cost: 2 },
  'Subscription.terminationProgressed': { cost: 2 },

  'Mutation.agreePaymentPlan': MUTATION,
  'Mutation.chargeLateInterest': MUTATION,
  'Mutation.grantSettlementDiscount': MUTATION,
  'Mutation.handOverToCollectionAgency': MUTATION,
  'Mutation.issueCreditNote': MUTATION,
  'Mutation.placeCreditHold': MUTATION,
  'Mutation.recordCollectionCost': MUTATION,
  'Mutation.recordConductSignal': MUTATION,
  'Mutation.recordLegalAction': MUTATION,
  'Mutation.releaseCreditHold': MUTATION,
  'Mutation.setCreditLimit': MUTATION,
  'Mutation.writeOffInvoice': MUTATION,
  'Mutation.amendContract': MUTATION,
  'Mutation.approveTermination': MUTATION,
  'Mutation.cancelTermination': MUTATION,
  'Mutation.completeOffboarding': MUTATION,
  'Mutation.createApiKey': MUTATION,
  'Mutation.completeOwedDeliverable': MUTATION,
  'Mutation.confirmOwedDeliverables': MUTATION,
  'Mutation.decideNewWork': MUTATION,
  'Mutation.decideScopeChange': MUTATION,
  'Mutation.deliverTransitionPlan': MUTATION,
  'Mutation.evaluateTerminationContract': MUTATION,
  'Mutation.fileComplaint': MUTATION,
  'Mutation.forgetClient': MUTATION,
  'Mutation.issueFinalInvoice': MUTATION,
  // Each command of the batch is decided like a mutation; they share one read and one append.
  'Mutation.importClientHistory': { cost: 10, perItem: { argument: 'commands', cost: 5 } },
  'Mutation.issueInvoice': MUTATION,
  'Mutation.logTime': MUTATION,
  'Mutation.proposeTermination': MUTATION,
  'Mutation.recordExcuse': MUTATION,
  'Mutation.recordMeeting': MUTATION,
  'Mutation.recordPayment': MUTATION,
  'Mutation.recordPromiseToPay': MUTATION,
  'Mutation.recordRecommendation': MUTATION,
  'Mutation.recordReminder': MUTATION,
  'Mutation.recordSettlement': MUTATION,
  'Mutation.registerClient': MUTATION,
  'Mutation.rejectTermination': MUTATION,
  'Mutation.reportAbuse': MUTATION,
  'Mutation.requestScopeChange': MUTATION,
  'Mutation.resolveComplaint': MUTATION,
  'Mutation.revokeApiKey': MUTATION,
  'Mutation.serveTerminationNotice': MUTATION,
};
