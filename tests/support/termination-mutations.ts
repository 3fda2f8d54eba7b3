import { mutationDocument } from './client-mutations';
import { createApiKey } from './credentials';
import { GraphqlClient } from './graphql-client';
import { daysAgo } from './time';

const TERMINATION_PAYLOAD =
  'terminationId version deduplicated eventTypes termination { status waitingFor readyToOffboard escalations { kind subject message } }';

/** The input type of each termination mutation, as the schema names them. */
const TERMINATION_INPUT_TYPES: Readonly<Record<string, string>> = {
  proposeTermination: 'ProposeTerminationInput',
  approveTermination: 'ApproveTerminationInput',
  rejectTermination: 'RejectTerminationInput',
  evaluateTerminationContract: 'EvaluateTerminationContractInput',
  serveTerminationNotice: 'ServeTerminationNoticeInput',
  confirmOwedDeliverables: 'ConfirmOwedDeliverablesInput',
  completeOwedDeliverable: 'CompleteOwedDeliverableInput',
  issueFinalInvoice: 'IssueFinalInvoiceInput',
  decideNewWork: 'DecideNewWorkInput',
  recordSettlement: 'RecordSettlementInput',
  deliverTransitionPlan: 'DeliverTransitionPlanInput',
  cancelTermination: 'CancelTerminationInput',
  completeOffboarding: 'CompleteOffboardingInput',
};

export const terminationMutation = (mutation: string) =>
  `mutation Run($input: ${TERMINATION_INPUT_TYPES[mutation]}!) { ${mutation}(input: $input) { ${TERMINATION_PAYLOAD} } }`;

/** Roles of a person at the CRM who may do every business step (not keys). */
export const STAFF_ROLES = ['VIEWER', 'AGENT', 'FINANCE', 'MANAGER'] as const;

/**
 * A person at the CRM with an API key of their own, named after them and made on first use: the
 * four-eyes rule compares verified principals, so two people need two keys.
 */
export const actingAs = (graphqlUrl: string, person: string) =>
  new GraphqlClient(graphqlUrl, {}, async () => (await createApiKey(graphqlUrl, person, STAFF_ROLES)).secret);

/** A client on a 15-day notice contract, with invoice INV-1 (EUR 1,000.00) issued 100 days ago and unpaid. */
export async function registerLatePayer(api: GraphqlClient, clientId: string, name = `${clientId} Ltd`): Promise<void> {
  await api.data(mutationDocument('registerClient'), {
    input: {
      clientId,
      name,
      contract: {
        paymentTermsDays: 30,
        noticePeriodDays: 15,
        exitClause: { text: 'Either party may end the contract with 15 days written notice', immediateExitFor: [] },
        startDate: daysAgo(400),
        hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
        currency: 'EUR',
        contractedHoursPerMonth: 20,
      },
      occurredAt: `${daysAgo(400)}T09:00:00Z`,
    },
  });
  await api.data(mutationDocument('issueInvoice'), {
    input: { clientId, invoiceId: 'INV-1', amount: { amountMinor: 100_000, currency: 'EUR' }, issuedOn: daysAgo(100), occurredAt: `${daysAgo(100)}T09:00:00Z` },
  });
}

const CLIENT_TIMELINE = `query Timeline($id: String!) { client(id: $id) { timeline(first: 100) { edges { node { type summary actor } } } } }`;

export interface TimelineNode {
  readonly type: string;
  readonly summary: string;
  readonly actor: string;
}

/** The client's timeline, oldest first. */
export async function clientTimeline(api: GraphqlClient, clientId: string): Promise<TimelineNode[]> {
  const { client } = await api.data(CLIENT_TIMELINE, { id: clientId });
  return client.timeline.edges.map((edge: { node: TimelineNode }) => edge.node).reverse();
}

export const TERMINATION_QUERY = `query Termination($id: String!) {
  termination(id: $id) {
    terminationId clientId status version reason proposedBy decidedBy readyToOffboard waitingFor noticePeriodElapsed
    evidence { riskScore riskBand recommendation outstanding { amountMinor currency } }
    contract { noticePeriodDays earliestLawfulEndDate endDate basis }
    notice { channel servedOn effectiveDate }
    deliverables { deliverableId completedOn }
    settlement { outcome decidedBy }
    escalations { kind subject dueOn raisedOn message }
    dueDates { what dueOn }
    history { type actor summary }
  }
}`;
