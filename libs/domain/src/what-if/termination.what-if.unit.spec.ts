import { story } from '../calibration/client-story.fixtures';
import { type ClientHistory, FeeKind } from '../client-history';
import { ExitCause, ReminderStep } from '../client/client.vocabulary';
import { EndDateBasis, TerminationReason } from '../termination';
import { simulateTermination, TerminationVerdict } from './termination.what-if';

const ON = '2026-06-30';
const MONTHS = ['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15', '2026-05-15', '2026-06-15'];
/** The default 15-day notice from 30 June: the client is billed and served until 15 July. */
const MONTHS_WITHOUT_CLIENT = 12 - 15 / (365.25 / 12);

/** Six months of `hours` billable a month, invoiced on the 15th at the contract rate. */
const sixMonthsOf = (title: string, hours: number, hourlyRateMinor = 9_000) =>
  MONTHS.reduce((told, day) => told.monthOfWork(day, hours), story(title, { hourlyRateMinor }));

const withExitClause = (history: ClientHistory, immediateExitFor: ExitCause[]): ClientHistory => ({
  ...history,
  contract: { ...history.contract, exitClause: { text: 'Immediate exit for non-payment', immediateExitFor } },
});

describe('simulateTermination: what ending a client would do to the next 12 months', () => {
  it('a profitable client who pays on time: terminating loses money', () => {
    // Given 100 h a month billed at €90 (€9,000) by staff costing €54 an hour (€5,400), paid on time
    const history = sixMonthsOf('profitable', 100).payEveryInvoice(0).build();

    // When terminating is simulated on 30 June
    const whatIf = simulateTermination(history, ON);

    // Then the revenue lost outweighs the cost saved and the 1% credit loss of current invoices
    expect(whatIf.basis).toMatchObject({
      from: '2025-12-30',
      to: ON,
      months: 6,
      monthlyBillingMinor: 900_000,
      monthlyCostMinor: 540_000,
      expectedLossRate: 0.01,
    });
    expect(whatIf).toMatchObject({
      noticePeriodDays: 15,
      immediateExitAllowed: false,
      earliestLawfulEndDate: '2026-07-15',
      endDate: '2026-07-15',
      endDateBasis: EndDateBasis.NoticePeriod,
      revenueLostMinor: Math.round(900_000 * MONTHS_WITHOUT_CLIENT),
      costToServeSavedMinor: Math.round(540_000 * MONTHS_WITHOUT_CLIENT),
      creditLossAvoidedMinor: Math.round(9_000 * MONTHS_WITHOUT_CLIENT),
      stillToCollectMinor: 900_000, // June's invoice, not due until 15 July
      verdict: TerminationVerdict.TerminatingLoses,
    });
    expect(whatIf.netEffectMinor).toBe(whatIf.costToServeSavedMinor + whatIf.creditLossAvoidedMinor - whatIf.revenueLostMinor);
    expect(whatIf.netEffectMinor).toBeLessThan(0);
    expect(whatIf.plainWords).toMatch(/^Terminating loses about €[\d,.]+ over the next 12 months/);
  });

  it('a non-payer in default under an exit clause for non-payment: terminating now saves money', () => {
    // Given €3,000 a month billed and never paid, with a lawyer letter on the oldest invoice
    const history = withExitClause(sixMonthsOf('non-payer', 20, 15_000).reminder('2026-04-20', 'INV-2026-01-15', ReminderStep.LawyerLetter).build(), [
      ExitCause.NonPayment,
    ]);

    // When terminating for non-payment is simulated
    const whatIf = simulateTermination(history, ON, TerminationReason.NonPayment);

    // Then the contract allows ending today, every euro billed is expected lost, and the cost is saved
    expect(whatIf).toMatchObject({
      immediateExitAllowed: true,
      earliestLawfulEndDate: ON,
      endDateBasis: EndDateBasis.ImmediateForCause,
      monthsWithoutClient: 12,
    });
    expect(whatIf.basis.expectedLossRate).toBe(1);
    expect(whatIf.revenueLostMinor).toBe(12 * 300_000);
    expect(whatIf.creditLossAvoidedMinor).toBe(whatIf.revenueLostMinor);
    // (the hours, plus the 15 minutes of the lawyer letter, run forward twice over)
    expect(whatIf.costToServeSavedMinor).toBe(12 * 20 * 5_400 + 2 * 15 * 90);
    expect(whatIf.netEffectMinor).toBe(whatIf.costToServeSavedMinor);
    expect(whatIf.stillToCollectMinor).toBe(6 * 300_000);
    expect(whatIf.verdict).toBe(TerminationVerdict.TerminatingSaves);
    expect(whatIf.plainWords).toContain('€18,000.00 is still to collect either way');
  });

  it('an underpriced client: terminating saves, because every hour sold costs more than it brings', () => {
    // Given 40 h a month sold at €50 an hour by staff costing €54 an hour, paid on time
    const history = sixMonthsOf('underpriced', 40, 5_000).payEveryInvoice(0).build();

    const whatIf = simulateTermination(history, ON);

    expect(whatIf.basis).toMatchObject({ monthlyBillingMinor: 200_000, monthlyCostMinor: 216_000 });
    expect(whatIf.netEffectMinor).toBe(whatIf.costToServeSavedMinor + whatIf.creditLossAvoidedMinor - whatIf.revenueLostMinor);
    expect(whatIf.verdict).toBe(TerminationVerdict.TerminatingSaves);
    expect(whatIf.plainWords).toMatch(/^Terminating saves about €[\d,.]+ over the next 12 months/);
  });

  it('the cost to serve counts meetings and fees, not only billable hours', () => {
    // Given the underpriced client's months plus a 2-hour meeting and a €500 agency fee
    const base = sixMonthsOf('served', 40, 5_000).payEveryInvoice(0);
    const history = base.meeting('2026-05-05', undefined, 120).fee('2026-05-06', FeeKind.Collection, 50_000).build();

    const whatIf = simulateTermination(history, ON);

    expect(whatIf.basis.costMinor).toBe(6 * 216_000 + 120 * 90 + 50_000);
  });

  it('a contract ending soon after the notice period: the end of term is the end date', () => {
    // Given a contract whose term ends 40 days after the notice period would
    const told = sixMonthsOf('ending', 100).payEveryInvoice(0).build();
    const history = { ...told, contract: { ...told.contract, endDate: '2026-08-24' } };

    const whatIf = simulateTermination(history, ON);

    expect(whatIf).toMatchObject({ earliestLawfulEndDate: '2026-07-15', endDate: '2026-08-24', endDateBasis: EndDateBasis.EndOfTerm });
    expect(whatIf.monthsWithoutClient).toBeCloseTo(12 - 55 / (365.25 / 12), 10);
  });

  it('a client with nothing billed or spent: no difference', () => {
    const whatIf = simulateTermination(story('quiet').build(), ON);

    expect(whatIf).toMatchObject({ revenueLostMinor: 0, costToServeSavedMinor: 0, netEffectMinor: 0, verdict: TerminationVerdict.NoDifference });
  });

  it('only facts dated on or before the day asked about count', () => {
    const history = sixMonthsOf('profitable', 100).payEveryInvoice(0).build();

    expect(simulateTermination(history, '2026-03-31').basis.invoicedMinor).toBe(3 * 900_000);
  });
});
