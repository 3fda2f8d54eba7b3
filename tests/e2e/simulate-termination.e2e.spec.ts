import { type ClientHistory, ExitCause, ReminderStep, simulateTermination, TerminationReason } from '@client-lifecycle/domain';
// The story builder is the domain's own test support (not part of its public surface): the same facts the pure suite judges.
import { story } from '../../libs/domain/src/calibration/client-story.fixtures';
import { storyCommands } from '../support/client-story-commands';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';

const IMPORT = `mutation Import($clientId: String!, $commands: [ClientCommandInput!]!) {
  importClientHistory(clientId: $clientId, commands: $commands) { clientId version }
}`;
const WHAT_IF = `query WhatIf($clientId: String!, $on: Date, $reason: TerminationReason) {
  simulateTermination(clientId: $clientId, on: $on, reason: $reason) {
    clientId on currency reason horizonMonths noticePeriodDays immediateExitAllowed earliestLawfulEndDate endDate endDateBasis monthsWithoutClient
    basis { from to months invoiced { amountMinor } cost { amountMinor } monthlyBilling { amountMinor } monthlyCost { amountMinor } expectedLossRatio }
    revenueLost { amountMinor currency } costToServeSaved { amountMinor } creditLossAvoided { amountMinor } stillToCollect { amountMinor }
    expectedLossOnOpen { amountMinor } netEffect { amountMinor } verdict plainWords
  }
}`;

const ON = '2026-06-30';
const MONTHS = ['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15', '2026-05-15', '2026-06-15'];
/** 12 months less the default 15-day notice from 30 June. */
const MONTHS_WITHOUT_CLIENT = 12 - 15 / (365.25 / 12);

const sixMonthsOf = (title: string, hours: number, hourlyRateMinor: number) =>
  MONTHS.reduce((told, day) => told.monthOfWork(day, hours), story(title, { hourlyRateMinor }));

/** 100 h a month at €90 by staff costing €54 an hour, every invoice paid on its due date. */
const profitable = sixMonthsOf('Profitable', 100, 9_000).payEveryInvoice(0).build();
/** 20 h a month at €150, never paid, a lawyer letter in April, under an exit clause for non-payment. */
const nonPayerStory = sixMonthsOf('Non-payer', 20, 15_000).reminder('2026-04-20', 'INV-2026-01-15', ReminderStep.LawyerLetter).build();
const nonPayer: ClientHistory = {
  ...nonPayerStory,
  contract: { ...nonPayerStory.contract, exitClause: { text: 'Immediate exit for non-payment', immediateExitFor: [ExitCause.NonPayment] } },
};

describe('simulateTermination: a finance lead weighs ending a client before proposing it', () => {
  let dataDir: string;
  let app: RunningApp;
  let api: GraphqlClient;

  beforeAll(async () => {
    dataDir = temporaryDataDir('simulate-termination');
    app = await startApp({ dataDir });
    api = new GraphqlClient(app.graphqlUrl);
    for (const history of [profitable, nonPayer]) await api.data(IMPORT, { clientId: history.clientId, commands: storyCommands(history) });
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('a profitable client: terminating loses the revenue of 11.5 months against the cost of serving it', async () => {
    const { simulateTermination: whatIf } = await api.data(WHAT_IF, { clientId: profitable.clientId, on: ON });

    expect(whatIf).toMatchObject({
      clientId: 'profitable',
      on: ON,
      currency: 'EUR',
      reason: 'OTHER',
      horizonMonths: 12,
      noticePeriodDays: 15,
      immediateExitAllowed: false,
      earliestLawfulEndDate: '2026-07-15',
      endDate: '2026-07-15',
      endDateBasis: 'NOTICE_PERIOD',
      basis: {
        from: '2025-12-30',
        to: ON,
        months: 6,
        invoiced: { amountMinor: 5_400_000 },
        cost: { amountMinor: 3_240_000 },
        monthlyBilling: { amountMinor: 900_000 },
        monthlyCost: { amountMinor: 540_000 },
        expectedLossRatio: 0.01,
      },
      revenueLost: { amountMinor: Math.round(900_000 * MONTHS_WITHOUT_CLIENT), currency: 'EUR' },
      costToServeSaved: { amountMinor: Math.round(540_000 * MONTHS_WITHOUT_CLIENT) },
      creditLossAvoided: { amountMinor: Math.round(9_000 * MONTHS_WITHOUT_CLIENT) },
      // June's invoice, due 15 July
      stillToCollect: { amountMinor: 900_000 },
      verdict: 'TERMINATING_LOSES',
    });
    expect(whatIf.monthsWithoutClient).toBe(Math.round(MONTHS_WITHOUT_CLIENT * 100) / 100);
    expect(whatIf.netEffect.amountMinor).toBe(whatIf.costToServeSaved.amountMinor + whatIf.creditLossAvoided.amountMinor - whatIf.revenueLost.amountMinor);
    expect(whatIf.plainWords).toMatch(/^Terminating loses about €[\d,.]+ over the next 12 months/);
  });

  it('a non-payer in default: terminating for non-payment ends it today and saves the cost of serving it', async () => {
    const { simulateTermination: whatIf } = await api.data(WHAT_IF, { clientId: nonPayer.clientId, on: ON, reason: 'NON_PAYMENT' });

    expect(whatIf).toMatchObject({
      immediateExitAllowed: true,
      earliestLawfulEndDate: ON,
      endDateBasis: 'IMMEDIATE_FOR_CAUSE',
      monthsWithoutClient: 12,
      revenueLost: { amountMinor: 12 * 300_000 },
      creditLossAvoided: { amountMinor: 12 * 300_000 },
      // 20 h a month at €54, and the lawyer letter's 15 minutes, run forward twice over
      costToServeSaved: { amountMinor: 12 * 20 * 5_400 + 2 * 15 * 90 },
      netEffect: { amountMinor: 12 * 20 * 5_400 + 2 * 15 * 90 },
      stillToCollect: { amountMinor: 6 * 300_000 },
      expectedLossOnOpen: { amountMinor: 6 * 300_000 },
      verdict: 'TERMINATING_SAVES',
    });
    expect(whatIf.basis.expectedLossRatio).toBe(1);
  });

  it('answers what the pure domain function answers on the same facts', async () => {
    const { simulateTermination: whatIf } = await api.data(WHAT_IF, { clientId: nonPayer.clientId, on: '2026-05-31', reason: 'NON_PAYMENT' });

    const pure = simulateTermination(nonPayer, '2026-05-31', TerminationReason.NonPayment);

    expect(whatIf).toMatchObject({
      earliestLawfulEndDate: pure.earliestLawfulEndDate,
      endDate: pure.endDate,
      revenueLost: { amountMinor: pure.revenueLostMinor },
      costToServeSaved: { amountMinor: pure.costToServeSavedMinor },
      creditLossAvoided: { amountMinor: pure.creditLossAvoidedMinor },
      stillToCollect: { amountMinor: pure.stillToCollectMinor },
      netEffect: { amountMinor: pure.netEffectMinor },
      verdict: pure.verdict,
      plainWords: pure.plainWords,
    });
  });

  it('refuses a client that is not registered, and a day that does not exist', async () => {
    const unknown = await api.request(WHAT_IF, { clientId: 'nobody', on: ON });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CLIENT.NOT_REGISTERED' });

    const { errors } = await api.request(WHAT_IF, { clientId: profitable.clientId, on: '2026-02-30' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.VALIDATION_FAILED' });
  });
});
