import { printGraphqlSchema } from './print-schema';

describe('the committed GraphQL schema', () => {
  it('names each mutation after its command, as CRMs code against these names', async () => {
    const schema = await printGraphqlSchema();
    const mutations = /type Mutation \{([^}]*)\}/.exec(schema)?.[1] ?? '';
    const names = [...mutations.matchAll(/^\s+(\w+)\(/gm)].map((match) => match[1]);

    expect(names.sort()).toEqual(
      [
        'registerClient',
        'amendContract',
        'issueInvoice',
        'recordPayment',
        'recordExcuse',
        'recordPromiseToPay',
        'agreePaymentPlan',
        'recordReminder',
        'fileComplaint',
        'resolveComplaint',
        'requestScopeChange',
        'decideScopeChange',
        'logTime',
        'recordMeeting',
        'recordRecommendation',
        'reportAbuse',
        // Credit control outside a termination.
        'writeOffInvoice',
        'recordCollectionCost',
        'recordConductSignal',
        'placeCreditHold',
        'releaseCreditHold',
        'setCreditLimit',
        'issueCreditNote',
        'grantSettlementDiscount',
        'chargeLateInterest',
        'handOverToCollectionAgency',
        'recordLegalAction',
        // The termination process, one mutation per step.
        'proposeTermination',
        'approveTermination',
        'rejectTermination',
        'evaluateTerminationContract',
        'serveTerminationNotice',
        'confirmOwedDeliverables',
        'completeOwedDeliverable',
        'issueFinalInvoice',
        'decideNewWork',
        'recordSettlement',
        'deliverTransitionPlan',
        'cancelTermination',
        'completeOffboarding',
        // Access: API keys.
        'createApiKey',
        'revokeApiKey',
        // Personal data requests.
        'forgetClient',
        // A client's backdated history, in one batch.
        'importClientHistory',
      ].sort(),
    );
  });
});
