import { on } from '../client-history/client-history.fixtures';
import { abuseReported } from '../client/client.fixtures';
import { AbuseSeverity } from '../client/client.vocabulary';
import { AgingBucket } from '../collection';
import { Archetype, Recommendation, RiskBand } from '../risk';
import { EUR, goodPayer, MARCH, marchBook, nonPayer, portfolioClient, slowPayer, timeWaster, USD } from './portfolio.fixtures';
import type { PortfolioClient, PortfolioMoney } from './portfolio.model';
import { portfolioView } from './portfolio.projection';

const moneyIn = (currency: string, clients: readonly PortfolioClient[]): PortfolioMoney => {
  const money = portfolioView(clients, MARCH).byCurrency.find((entry) => entry.currency === currency);
  if (!money) throw new Error(`no ${currency} figures`);
  return money;
};

describe('portfolio read model', () => {
  describe('clients by band, archetype and recommendation', () => {
    it('counts the clients in each risk band, reporting every band even when empty', () => {
      // Given two good payers, a slow payer and a non-payer losing money
      const clients = [goodPayer('a'), goodPayer('b'), slowPayer('s'), nonPayer('n')];

      // When the portfolio is read
      const { clientsByBand, clientCount } = portfolioView(clients, MARCH);

      // Then each band counts its clients
      expect(clientCount).toBe(4);
      expect(clientsByBand).toEqual({ [RiskBand.Green]: 2, [RiskBand.Amber]: 1, [RiskBand.Red]: 0, [RiskBand.LetGo]: 1 });
    });

    it('counts a client once under each archetype it shows, and a client with none under none', () => {
      const clients = [goodPayer('a'), slowPayer('s'), nonPayer('n'), timeWaster('t')];

      const { clientsByArchetype } = portfolioView(clients, MARCH);

      // The non-payer losing money is both a non-payer and unprofitable
      expect(clientsByArchetype).toEqual({
        [Archetype.NonPayer]: 2,
        [Archetype.ChronicComplainer]: 0,
        [Archetype.TimeWaster]: 1,
        [Archetype.Abusive]: 0,
        [Archetype.Unprofitable]: 1,
        [Archetype.Demanding]: 0,
      });
    });

    it('counts the clients under each recommendation of the decision grid', () => {
      const clients = [goodPayer('a'), timeWaster('t'), slowPayer('s'), nonPayer('n')];

      expect(portfolioView(clients, MARCH).clientsByRecommendation).toEqual({
        [Recommendation.Keep]: 2,
        [Recommendation.Renegotiate]: 1,
        [Recommendation.ProposeTermination]: 1,
        [Recommendation.CreditHold]: 0,
        [Recommendation.RenegotiateTerms]: 0,
      });
    });
  });

  describe('receivables, per currency', () => {
    it('aging report: open AR at the end of the period by days past due, from current to 90+', () => {
      // Given invoices due 0, 1, 60, 90 and 91 days before 31 March, one issued after it, and one paid after it
      const client = portfolioClient('x', [
        EUR.invoice('current', 10_000, '2026-03-01', '2026-03-31'),
        EUR.invoice('1-30', 20_000, '2026-02-28', '2026-03-30'),
        EUR.invoice('31-60', 30_000, '2026-01-01', '2026-01-30'),
        EUR.invoice('61-90', 40_000, '2025-12-01', '2025-12-31'),
        EUR.invoice('90+', 50_000, '2025-11-30', '2025-12-30'),
        EUR.payment('90+', 10_000, '2026-03-15', 40_000),
        EUR.payment('61-90', 40_000, '2026-04-02'),
        EUR.invoice('april', 60_000, '2026-04-01', '2026-05-01'),
      ]);

      // When the portfolio is read for March
      const money = moneyIn('EUR', [client]);

      // Then what was owed on 31 March sits in its bucket; April's invoice and payment do not count yet
      expect(money.agingReport).toEqual({
        [AgingBucket.Current]: 10_000,
        [AgingBucket.Days1To30]: 20_000,
        [AgingBucket.Days31To60]: 30_000,
        [AgingBucket.Days61To90]: 40_000,
        [AgingBucket.Over90]: 40_000,
      });
      expect(money.accountsReceivableMinor).toBe(140_000);
    });

    it('credit sales are the invoices issued from the first through the last day of the period', () => {
      const client = portfolioClient('x', [
        EUR.invoice('february', 1_000, '2026-02-28', '2026-03-30'),
        EUR.invoice('first-day', 20_000, '2026-03-01', '2026-03-31'),
        EUR.invoice('last-day', 30_000, '2026-03-31', '2026-04-30'),
        EUR.invoice('april', 4_000, '2026-04-01', '2026-05-01'),
      ]);

      expect(moneyIn('EUR', [client]).creditSalesMinor).toBe(50_000);
    });

    it('DSO = AR ÷ credit sales in the period × days in the period', () => {
      // Given March's book: closing AR 3,100.00 on credit sales of 3,000.00 over 31 days
      const money = moneyIn('EUR', [marchBook()]);

      // Then DSO = 310,000 ÷ 300,000 × 31 = 32.03… days
      expect([money.accountsReceivableMinor, money.creditSalesMinor]).toEqual([310_000, 300_000]);
      expect(money.dso).toBe(32);
    });

    it('DSO, best possible DSO and average days delinquent are unknown without credit sales in the period', () => {
      // Given a client whose only invoice was issued before March and is still open
      const money = moneyIn('EUR', [slowPayer('s')]);

      expect(money).toMatchObject({ accountsReceivableMinor: 100_000, creditSalesMinor: 0, dso: null, bestPossibleDso: null, averageDaysDelinquent: null });
    });

    it('best possible DSO uses only the current (not yet due) AR', () => {
      // Given March's book: 2,000.00 of the closing AR is not due yet
      const money = moneyIn('EUR', [marchBook()]);

      // Then best possible DSO = 200,000 ÷ 300,000 × 31 = 20.66… days
      expect(money.currentAccountsReceivableMinor).toBe(200_000);
      expect(money.bestPossibleDso).toBe(20.7);
    });

    it('average days delinquent = DSO − best possible DSO', () => {
      const money = moneyIn('EUR', [marchBook()]);

      // 32.0 − 20.7
      expect(money.averageDaysDelinquent).toBe(11.3);
    });

    it('CEI = (opening AR + credit sales − closing AR) ÷ (opening AR + credit sales − closing current AR) × 100', () => {
      // Given March's book: opening AR 1,500.00 (28 Feb), credit sales 3,000.00, closing AR 3,100.00 of which 2,000.00 current
      const money = moneyIn('EUR', [marchBook()]);

      // Then CEI = (150,000 + 300,000 − 310,000) ÷ (150,000 + 300,000 − 200,000) × 100 = 140,000 ÷ 250,000 × 100 = 56
      expect(money.openingAccountsReceivableMinor).toBe(150_000);
      expect(money.cei).toBe(56);
    });

    it('a write-off in the period leaves AR but is not collected: CEI is what it was without it', () => {
      // Given March's book, and 500.00 of invoice a-4 (due 3 March) written off on 25 March
      const writtenOff = on('2026-03-25', {
        type: 'InvoiceWrittenOff',
        data: {
          clientId: 'a',
          writeOffId: 'WO-1',
          invoiceId: 'a-4',
          amount: { amountMinor: 50_000, currency: 'EUR' },
          reason: 'Not worth chasing',
          writtenOffOn: '2026-03-25',
          terminationId: null,
          openBalanceAfter: { amountMinor: 0, currency: 'EUR' },
        },
      });
      const marchFacts = [
        EUR.invoice('a-1', 100_000, '2026-01-15', '2026-02-14'),
        EUR.invoice('a-4', 50_000, '2026-02-01', '2026-03-03'),
        EUR.invoice('a-3', 100_000, '2026-03-01', '2026-03-16'),
        EUR.invoice('a-2', 200_000, '2026-03-05', '2026-04-04'),
        EUR.payment('a-1', 40_000, '2026-03-10', 60_000),
        EUR.payment('a-3', 100_000, '2026-03-20'),
      ];
      expect(moneyIn('EUR', [portfolioClient('a', marchFacts)])).toEqual(moneyIn('EUR', [marchBook()]));
      const money = moneyIn('EUR', [portfolioClient('a', [...marchFacts, writtenOff])]);

      // Then closing AR drops to 2,600.00, and CEI = (150,000 + 300,000 − 260,000 − 50,000) ÷ 250,000 × 100 = 56, not 76
      expect(money.accountsReceivableMinor).toBe(260_000);
      expect(money.cei).toBe(56);
    });

    it('CEI is unknown when nothing was collectible: no opening AR and every sale still current', () => {
      const client = portfolioClient('x', [EUR.invoice('x-1', 100_000, '2026-03-20', '2026-04-19')]);

      expect(moneyIn('EUR', [client]).cei).toBeNull();
    });

    it("expected credit loss and contribution margin are the sums of the clients' profitability", () => {
      // Given a good payer (nothing at risk), a slow payer (10% of 1,000.00 at 31–60) and a non-payer in default (all of 1,000.00: 90+ days and a broken promise)
      const clients = [goodPayer('a'), slowPayer('s'), nonPayer('n')];

      const money = moneyIn('EUR', clients);

      expect(money.expectedCreditLossMinor).toBe(0 + 10_000 + 100_000);
      expect(money.contributionMarginMinor).toBe(clients.reduce((sum, client) => sum + client.profitability.contributionMarginMinor, 0));
    });

    it('keeps currencies apart: one entry per currency, sorted by code, never adding EUR to USD', () => {
      // Given the same March book kept in USD by one client and in EUR by another, and a USD non-payer
      const clients = [marchBook('u', USD), nonPayer('n', USD), marchBook('e', EUR)];

      const { byCurrency } = portfolioView(clients, MARCH);

      expect(byCurrency.map((money) => money.currency)).toEqual(['EUR', 'USD']);
      expect(byCurrency[0]).toMatchObject({
        accountsReceivableMinor: 310_000,
        creditSalesMinor: 300_000,
        dso: 32,
        cei: 56,
        expectedCreditLossMinor: clients[2].profitability.expectedCreditLossMinor,
      });
      expect(byCurrency[1]).toMatchObject({
        accountsReceivableMinor: 410_000,
        creditSalesMinor: 300_000,
        expectedCreditLossMinor: clients[0].profitability.expectedCreditLossMinor + clients[1].profitability.expectedCreditLossMinor,
        contributionMarginMinor: clients[0].profitability.contributionMarginMinor + clients[1].profitability.contributionMarginMinor,
      });
    });
  });

  describe('clients to look at first', () => {
    it('top by risk puts a let-go client first even when a hard rule fired on a low score', () => {
      const severe = portfolioClient('v', [
        EUR.invoice('v-1', 100_000, '2026-02-01', '2026-03-03'),
        EUR.payment('v-1', 100_000, '2026-03-03'),
        on('2026-03-20', abuseReported({ severity: AbuseSeverity.Severe }), 'AbuseReported#v'),
      ]);

      const { topByRisk } = portfolioView([slowPayer('s'), severe], MARCH);

      expect(topByRisk.map(({ clientId, band, score }) => [clientId, band, score])).toEqual([
        ['v', RiskBand.LetGo, 0],
        ['s', RiskBand.Amber, topByRisk[1].score],
      ]);
    });

    it('top by risk: let-go first, then highest score first, ties by client id, N clients', () => {
      const clients = [goodPayer('b'), goodPayer('a'), timeWaster('t'), nonPayer('n'), slowPayer('s')];

      const { topByRisk } = portfolioView(clients, MARCH, { top: 4 });

      expect(topByRisk.map(({ clientId }) => clientId)).toEqual(['n', 's', 't', 'a']);
      expect(topByRisk[0]).toEqual({ clientId: 'n', name: 'N', score: 62.5, band: RiskBand.LetGo, recommendation: Recommendation.ProposeTermination });
    });

    it('top by lost margin: only clients with a negative contribution margin, most negative first', () => {
      // Given a non-payer we spend 40 hours on, a client whose only activity is a missed meeting, and a good payer
      const nonPaying = nonPayer('n');
      const idle = portfolioClient('w', [EUR.missedMeeting('w-M1', '2026-03-10')]);
      const clients = [goodPayer('a'), idle, nonPaying];

      const { topByLostMargin } = portfolioView(clients, MARCH);

      expect(topByLostMargin).toEqual([
        { clientId: 'n', name: 'N', currency: 'EUR', contributionMarginMinor: nonPaying.profitability.contributionMarginMinor },
        // 60 minutes of staff time at 90 cents a minute
        { clientId: 'w', name: 'W', currency: 'EUR', contributionMarginMinor: -5_400 },
      ]);
      expect(nonPaying.profitability.contributionMarginMinor).toBeLessThan(-5_400);
    });

    it('top lists hold 10 clients unless told otherwise', () => {
      const clients = Array.from({ length: 12 }, (_, index) => nonPayer(`c${String(index).padStart(2, '0')}`));

      const view = portfolioView(clients, MARCH);

      expect([view.topByRisk.length, view.topByLostMargin.length]).toEqual([10, 10]);
      expect(view.topByRisk.at(-1)?.clientId).toBe('c09');
    });
  });

  it('an empty portfolio has zero counts, no money figures and empty top lists', () => {
    const view = portfolioView([], MARCH);

    expect(view).toEqual({
      period: MARCH,
      daysInPeriod: 31,
      clientCount: 0,
      clientsByBand: { [RiskBand.Green]: 0, [RiskBand.Amber]: 0, [RiskBand.Red]: 0, [RiskBand.LetGo]: 0 },
      clientsByArchetype: {
        [Archetype.NonPayer]: 0,
        [Archetype.ChronicComplainer]: 0,
        [Archetype.TimeWaster]: 0,
        [Archetype.Abusive]: 0,
        [Archetype.Unprofitable]: 0,
        [Archetype.Demanding]: 0,
      },
      clientsByRecommendation: {
        [Recommendation.Keep]: 0,
        [Recommendation.Renegotiate]: 0,
        [Recommendation.ProposeTermination]: 0,
        [Recommendation.CreditHold]: 0,
        [Recommendation.RenegotiateTerms]: 0,
      },
      byCurrency: [],
      topByRisk: [],
      topByLostMargin: [],
    });
  });

  it("days in the period count both ends; a period ending before it starts is a caller's bug", () => {
    expect(portfolioView([], { from: '2026-03-31', to: '2026-03-31' }).daysInPeriod).toBe(1);
    expect(() => portfolioView([], { from: '2026-03-31', to: '2026-03-01' })).toThrow(RangeError);
    expect(() => portfolioView([], MARCH, { top: -1 })).toThrow(RangeError);
  });
});
