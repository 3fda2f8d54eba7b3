import {
  assessClient,
  type ClientCommand,
  clientDecider,
  type ClientEvent,
  type ClientFact,
  type ClientHistory,
  CollectionCostKind,
  collectionView,
  type CommandMetadata,
  DEFAULT_COLLECTION_LADDER,
  DEFAULT_COLLECTION_MONEY,
  DEFAULT_COST_OF_RECOVERY,
  DEFAULT_LATE_INTEREST,
  RecoveryRoute,
  ConductSignalKind,
  CostToServeActivity,
  DomainError,
  evidenceIndex,
  foldClientHistory,
  paymentIndex,
  Recommendation,
  RiskFactorKey,
  RiskRule,
} from '@client-lifecycle/domain';
import { on } from '../client-history/client-history.fixtures';
import { receivablesByCurrency } from '../portfolio/portfolio.receivables';
import { at, CLIENT_ID, clientRegistered, eur, INVOICE_ID, invoiceIssued, TODAY } from './client.fixtures';

/**
 * The books after a credit-control command: the command is decided on the client's state, the
 * events it yields are folded with the rest into the client history, and the read models judge
 * that history, as the API does. Invoice 42: EUR 1,000.00 due 9 February; today is 1 March.
 */
const given: ClientFact[] = [on('2026-01-01', clientRegistered()), on('2026-01-10', invoiceIssued())];

const decide = (facts: readonly ClientFact[], command: ClientCommand): ClientEvent[] => {
  const state = facts.map((fact) => fact.event).reduce(clientDecider.evolve, clientDecider.initialState());
  const outcome = clientDecider.decide(command, state);
  if (outcome instanceof DomainError) throw new Error(`Refused: ${outcome.code} ${outcome.message}`);
  return [...outcome];
};

/** The facts after each command in turn, each decided on its own metadata's day. */
const after = (...commands: ClientCommand[]): ClientFact[] =>
  commands.reduce<ClientFact[]>((facts, command, index) => {
    const day = command.metadata.occurredAt.slice(0, 10);
    return [...facts, ...decide(facts, command).map((event, n) => on(day, event, `${event.type}#${index}.${n}`))];
  }, given);

const historyOf = (facts: readonly ClientFact[]): ClientHistory => {
  const history = foldClientHistory(facts);
  if (!history) throw new Error('Expected a registered client');
  return history;
};

const books = (facts: readonly ClientFact[], asOf = TODAY) => {
  const history = historyOf(facts);
  const { profitability, collection, risk } = assessClient(history, asOf);
  return {
    history,
    profitability,
    collection,
    risk,
    paymentIndex: paymentIndex(history, asOf),
    receivables: receivablesByCurrency([history], asOf).get('EUR'),
  };
};

const command = <T extends ClientCommand['type']>(
  type: T,
  data: Omit<Extract<ClientCommand, { type: T }>['data'], 'clientId'>,
  metadata: CommandMetadata = at,
): ClientCommand => ({ type, data: { clientId: CLIENT_ID, ...data }, metadata }) as ClientCommand;

const writeOff = (amountMinor: number) =>
  command('WriteOffInvoice', { writeOffId: 'WO-1', invoiceId: INVOICE_ID, amount: eur(amountMinor), reason: 'Given up' });

describe('The books after a write-off', () => {
  const before = books(given);

  it('before: EUR 1,000.00 owed 20 days past due, 5% of it expected lost', () => {
    expect(before.profitability).toMatchObject({ outstandingMinor: 100_000, writtenOffMinor: 0, netRevenueMinor: 100_000, expectedCreditLossMinor: 5_000 });
    expect(before.receivables?.DAYS_1_30).toBe(100_000);
  });

  it('a full write-off leaves receivables: AR, aging, the ladder and expected credit loss drop to zero', () => {
    const written = books(after(writeOff(100_000)));
    expect(written.receivables).toBeUndefined();
    expect(written.collection.invoices).toEqual([]);
    expect(written.collection.totalOverdueMinor).toBe(0);
    expect(written.profitability).toMatchObject({ outstandingMinor: 0, writtenOffMinor: 100_000, netRevenueMinor: 0, expectedCreditLossMinor: 0 });
  });

  it('counts as bad debt: the margin falls by what was written off, less the loss already expected', () => {
    const written = books(after(writeOff(100_000)));
    expect(before.profitability.contributionMarginMinor - written.profitability.contributionMarginMinor).toBe(100_000 - 5_000);
  });

  it('a partial write-off leaves the rest receivable and aging', () => {
    const written = books(after(writeOff(30_000)));
    expect(written.receivables?.DAYS_1_30).toBe(70_000);
    expect(written.collection.invoices.map((invoice) => invoice.openBalanceMinor)).toEqual([70_000]);
    expect(written.profitability).toMatchObject({ outstandingMinor: 70_000, writtenOffMinor: 30_000, netRevenueMinor: 70_000, expectedCreditLossMinor: 3_500 });
  });

  it('the payment index judges the written-off amount at the lateness it had reached, not as a debt that keeps aging', () => {
    const twoMonthsOn = '2026-04-30';
    expect(books(given, twoMonthsOn).paymentIndex).toBe(33.3);
    expect(books(after(writeOff(100_000)), twoMonthsOn).paymentIndex).toBe(62.9);
  });

  it('the risk model sees the written-off debt: red, and a proposal to terminate', () => {
    const { risk } = books(after(writeOff(100_000)));
    expect(risk.rules.map((firing) => firing.rule)).toContain(RiskRule.WrittenOffDebt);
    expect(risk.recommendation).toBe(Recommendation.ProposeTermination);
  });
});

describe('The books after a collection cost', () => {
  it('goes into the cost to serve and lowers the margin by its amount', () => {
    const before = books(given);
    const after_ = books(
      after(command('RecordCollectionCost', { costId: 'C-1', kind: CollectionCostKind.LegalFee, amount: eur(25_000), invoiceId: INVOICE_ID })),
    );
    const feesLine = after_.profitability.costToServeBreakdown.find((line) => line.activity === CostToServeActivity.LegalAndCollectionFees);
    expect(feesLine).toMatchObject({ count: 1, costMinor: 25_000 });
    expect(after_.profitability.costToServeMinor - before.profitability.costToServeMinor).toBe(25_000);
    expect(before.profitability.contributionMarginMinor - after_.profitability.contributionMarginMinor).toBe(25_000);
    expect(after_.profitability.outstandingMinor).toBe(100_000);
  });
});

describe('The books after conduct signals', () => {
  it('the demands factor reads disrespect and unreasonable demands, with the events as evidence', () => {
    const facts = after(
      command('RecordConductSignal', { signalId: 'S-1', kind: ConductSignalKind.Disrespect, occurredOn: '2026-02-20' }),
      command('RecordConductSignal', { signalId: 'S-2', kind: ConductSignalKind.UnreasonableDemand, occurredOn: '2026-02-25' }),
      command('RecordConductSignal', { signalId: 'S-3', kind: ConductSignalKind.Disrespect, occurredOn: '2026-02-27' }),
    );
    const { risk, history } = books(facts);
    expect(history.conductSignals?.map((signal) => [signal.kind, signal.on])).toEqual([
      [ConductSignalKind.Disrespect, '2026-02-20'],
      [ConductSignalKind.UnreasonableDemand, '2026-02-25'],
      [ConductSignalKind.Disrespect, '2026-02-27'],
    ]);
    const demands = risk.factors.find((factor) => factor.key === RiskFactorKey.Demands);
    expect(demands?.points).toBeGreaterThan(0);
    expect(demands?.evidenceEventIds).toEqual(expect.arrayContaining(['ConductSignalRecorded#0.0', 'ConductSignalRecorded#2.0']));
    expect(books(given).risk.factors.find((factor) => factor.key === RiskFactorKey.Demands)?.points).toBe(0);
  });
});

describe('The books after a credit limit', () => {
  it('exposure above the limit recommends a credit hold, with the limit as evidence', () => {
    const { risk } = books(after(command('SetCreditLimit', { limit: eur(50_000) })));
    const firing = risk.rules.find((rule) => rule.rule === RiskRule.CreditLimitExceeded);
    expect(firing?.evidenceEventIds).toContain('CreditLimitSet#0.0');
    expect(evidenceIndex(historyOf(after(command('SetCreditLimit', { limit: eur(50_000) })))).get('CreditLimitSet#0.0')).toMatchObject({
      type: 'CreditLimitSet',
      summary: 'credit limit set to 500.00 EUR',
    });
    expect(risk.recommendation).toBe(Recommendation.CreditHold);
  });

  it('exposure within the limit, or a limit cleared, changes nothing', () => {
    expect(books(after(command('SetCreditLimit', { limit: eur(100_000) }))).risk.rules.map((rule) => rule.rule)).not.toContain(RiskRule.CreditLimitExceeded);
    const cleared = after(command('SetCreditLimit', { limit: eur(50_000) }), command('SetCreditLimit', { limit: null }));
    expect(books(cleared).risk.rules.map((rule) => rule.rule)).not.toContain(RiskRule.CreditLimitExceeded);
  });
});

describe('The books after a credit note, a discount and late interest', () => {
  it('a credit note lowers receivables, revenue and the credit loss expected', () => {
    const { profitability, receivables } = books(
      after(command('IssueCreditNote', { creditNoteId: 'CN-1', invoiceId: INVOICE_ID, amount: eur(20_000), reason: 'Billed twice' })),
    );
    expect(receivables?.DAYS_1_30).toBe(80_000);
    expect(profitability).toMatchObject({ outstandingMinor: 80_000, creditedMinor: 20_000, netRevenueMinor: 80_000, expectedCreditLossMinor: 4_000 });
  });

  it('a prompt-payment discount lets the discounted payment settle the invoice, paid early', () => {
    const early: CommandMetadata = { occurredAt: '2026-02-05T09:00:00.000Z', now: at.now };
    const facts = after(
      command('GrantSettlementDiscount', { discountId: 'D-1', invoiceId: INVOICE_ID, amount: eur(2_000) }, early),
      command('RecordPayment', { paymentId: 'P-1', invoiceId: INVOICE_ID, amount: eur(98_000), paidOn: '2026-02-05' }, early),
    );
    const { profitability, collection, receivables, paymentIndex: index } = books(facts);
    expect(receivables).toBeUndefined();
    expect(collection.invoices).toEqual([]);
    expect(profitability).toMatchObject({
      outstandingMinor: 0,
      creditedMinor: 2_000,
      netRevenueMinor: 98_000,
      collectedMinor: 98_000,
      expectedCreditLossMinor: 0,
    });
    expect(profitability.collectedMinor - profitability.netRevenueMinor).toBe(0);
    // Four days early: between on time (80) and ten days early (100).
    expect(index).toBe(88);
  });

  it('late interest is owed and earned: receivables and revenue grow by it', () => {
    const { profitability, receivables } = books(
      after(command('ChargeLateInterest', { chargeId: 'I-1', invoiceId: INVOICE_ID, amount: eur(553), from: '2026-02-10', to: '2026-02-28' })),
    );
    expect(receivables?.DAYS_1_30).toBe(100_553);
    expect(profitability).toMatchObject({ outstandingMinor: 100_553, lateInterestMinor: 553, netRevenueMinor: 100_553 });
  });
});

describe('The late-interest proposal on the collection view', () => {
  const proposalOf = (facts: readonly ClientFact[], asOf = TODAY, config = DEFAULT_LATE_INTEREST) =>
    collectionView(historyOf(facts), asOf, DEFAULT_COLLECTION_LADDER, { ...DEFAULT_COLLECTION_MONEY, lateInterest: config }).invoices[0].lateInterestProposal;

  it('proposes the reference rate + 8 points a year on the open balance, per day from the day after the due date', () => {
    // 100,000 × 20 days × 10.15% ÷ 365 = 556.2
    expect(proposalOf(given)).toEqual({ from: '2026-02-10', to: TODAY, days: 20, annualRatePercent: 10.15, amountMinor: 556, currency: 'EUR' });
  });

  it('runs each day on what was owed the day before: a part payment lowers it from the next day', () => {
    const paidHalf = after(command('RecordPayment', { paymentId: 'P-1', invoiceId: INVOICE_ID, amount: eur(50_000), paidOn: '2026-02-20' }));
    // 100,000 × 11 days (10–20 Feb) + 50,000 × 9 days (21 Feb – 1 Mar), at 10.15% ÷ 365 = 431.0
    expect(proposalOf(paidHalf)?.amountMinor).toBe(431);
  });

  it('proposes only the days not charged yet, and never interest on interest', () => {
    const charged = after(command('ChargeLateInterest', { chargeId: 'I-1', invoiceId: INVOICE_ID, amount: eur(553), from: '2026-02-10', to: '2026-02-28' }));
    expect(proposalOf(charged)).toMatchObject({ from: TODAY, to: TODAY, days: 1, amountMinor: 28 });
  });

  it("takes the contract's own rate when one is configured for the client", () => {
    expect(proposalOf(given, TODAY, { ...DEFAULT_LATE_INTEREST, byClient: { [CLIENT_ID]: 12 } })).toMatchObject({ annualRatePercent: 12, amountMinor: 658 });
  });

  it('proposes nothing before the due date has passed', () => {
    expect(proposalOf(given, '2026-02-09')).toBeNull();
  });
});

describe('The cost-of-recovery rule on the collection view, outside a termination', () => {
  const hundredDaysLate = '2026-05-20';
  const adviceOf = (facts: readonly ClientFact[], costOfRecovery = DEFAULT_COST_OF_RECOVERY) =>
    collectionView(historyOf(facts), hundredDaysLate, DEFAULT_COLLECTION_LADDER, { ...DEFAULT_COLLECTION_MONEY, costOfRecovery }).recovery;

  it('a small debt goes to an agency: court would cost more than it brings', () => {
    expect(adviceOf(given)).toMatchObject({
      route: RecoveryRoute.Agency,
      debtMinor: 100_000,
      invoiceIds: [INVOICE_ID],
      options: [
        { route: RecoveryRoute.Agency, expectedRecoveryMinor: 50_000, recoveryCostMinor: 12_500, netMinor: 37_500 },
        { route: RecoveryRoute.Court, expectedRecoveryMinor: 70_000, recoveryCostMinor: 150_000, netMinor: -80_000 },
        { route: RecoveryRoute.WriteOff, expectedRecoveryMinor: 0, recoveryCostMinor: 0, netMinor: 0 },
      ],
    });
  });

  it('a large debt goes to court', () => {
    const large: ClientFact[] = [on('2026-01-01', clientRegistered()), on('2026-01-10', invoiceIssued({ amount: eur(1_000_000) }))];
    expect(adviceOf(large)?.route).toBe(RecoveryRoute.Court);
  });

  it('when no route brings in more than it costs, the advice is to write it off', () => {
    expect(adviceOf(given, { ...DEFAULT_COST_OF_RECOVERY, agencyRecoveryRate: 0.1, agencyFeeRate: 1.2 })?.route).toBe(RecoveryRoute.WriteOff);
  });

  it('weighs nothing before the debt reaches the court-or-write-off stage, nor after it is written off', () => {
    expect(collectionView(historyOf(given), TODAY).recovery).toBeNull();
    const writtenOff = after(command('WriteOffInvoice', { writeOffId: 'WO-1', invoiceId: INVOICE_ID, amount: eur(100_000), reason: 'Given up' }));
    expect(adviceOf(writtenOff)).toBeNull();
  });
});
