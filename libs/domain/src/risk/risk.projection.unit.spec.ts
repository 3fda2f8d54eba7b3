import type { ClientFact, ClientHistory } from '../client-history';
import { on } from '../client-history/client-history.fixtures';
import { foldClientHistory } from '../client-history/client-history.fold';
import {
  abuseReported,
  clientRegistered,
  complaintFiled,
  complaintResolved,
  excuseRecorded,
  invoiceIssued,
  meetingRecorded,
  paymentRecorded,
  scopeChangeDecided,
  scopeChangeRequested,
  timeLogged,
} from '../client/client.fixtures';
import { AbuseSeverity, ComplaintOutcome, MeetingOutcome } from '../client/client.vocabulary';
import type { RiskMeasures } from './risk.factors';
import { Archetype, HardRule, Recommendation, RiskBand, RiskFactorKey } from './risk.model';
import { assessRisk } from './risk.projection';

const AS_OF = '2026-04-30';

/** A client in good standing: on-time payer, healthy margin, nothing else recorded. */
const GOOD_MEASURES: RiskMeasures = {
  paymentIndex: 80,
  overdueByBucket: {},
  promises: { kept: 0, broken: 0, brokenPromiseEventIds: [] },
  averageMonthlyBillingMinor: 100_000,
  contributionMarginMinor: 40_000,
  contributionMarginPercent: 40,
};

const historyOf = (facts: ClientFact[], clientSince = '2025-01-01'): ClientHistory => {
  const history = foldClientHistory([on('2025-01-01', clientRegistered({}, { clientSince })), ...facts]);
  if (!history) throw new Error('the client must be registered');
  return history;
};

const given = (facts: ClientFact[], measures: Partial<RiskMeasures> = {}, asOf = AS_OF) =>
  assessRisk(historyOf(facts), asOf, { ...GOOD_MEASURES, ...measures });

const factorOf = (facts: ClientFact[], key: RiskFactorKey, measures: Partial<RiskMeasures> = {}) => {
  const found = given(facts, measures).factors.find((factor) => factor.key === key);
  if (!found) throw new Error(`no ${key} factor`);
  return found;
};

describe('risk model v2', () => {
  describe('factors', () => {
    it('payment lateness: none for an on-time payer, full 25 at a payment index of 20', () => {
      expect(factorOf([], RiskFactorKey.PaymentLateness).points).toBe(0);
      expect(factorOf([], RiskFactorKey.PaymentLateness, { paymentIndex: 50 }).points).toBe(12.5);
      expect(factorOf([], RiskFactorKey.PaymentLateness, { paymentIndex: 20 }).points).toBe(25);
      expect(factorOf([], RiskFactorKey.PaymentLateness, { paymentIndex: 100 }).points).toBe(0);
    });

    it('payment lateness cites the late invoice and its payments as evidence', () => {
      const lateness = factorOf(
        [on('2026-01-10', invoiceIssued()), on('2026-03-20', paymentRecorded({ paidOn: '2026-03-20' }))],
        RiskFactorKey.PaymentLateness,
        { paymentIndex: 55 },
      );

      expect(lateness.evidenceEventIds).toEqual(['InvoiceIssued@2026-01-10', 'PaymentRecorded@2026-03-20']);
      expect(lateness.explanation).toBe('payment lateness 10.4/25: payment index 55 over the last 12 months (80 is on time)');
    });

    it('overdue exposure weighs each aging bucket against a month of billing, up to 25', () => {
      const half = factorOf([on('2026-01-10', invoiceIssued())], RiskFactorKey.OverdueExposure, {
        overdueByBucket: { DAYS_61_90: 100_000 },
        averageMonthlyBillingMinor: 150_000,
      });
      const capped = factorOf([], RiskFactorKey.OverdueExposure, { overdueByBucket: { DAYS_90_PLUS: 300_000 } });

      expect(half.points).toBe(12.5);
      expect(half.evidenceEventIds).toEqual(['InvoiceIssued@2026-01-10']);
      expect(capped.points).toBe(25);
    });

    it('broken promises: 12.5 per broken promise, so the second one maxes it out at 25', () => {
      const factor = factorOf([], RiskFactorKey.BrokenPromises, { promises: { kept: 2, broken: 3, brokenPromiseEventIds: ['p1', 'p2', 'p3'] } });

      expect(factor).toMatchObject({ points: 25, maxPoints: 25, evidenceEventIds: ['p1', 'p2', 'p3'], explanation: 'broken promises 25/25: 3 of 5 broken' });
      expect(factorOf([], RiskFactorKey.BrokenPromises, { promises: { kept: 2, broken: 1, brokenPromiseEventIds: ['p1'] } }).points).toBe(12.5);
    });

    it('excuses: 2.5 points per excuse of the last 90 days, up to 10', () => {
      const one = factorOf([on('2026-04-01', excuseRecorded({ excuseId: 'E-1' }))], RiskFactorKey.Excuses);
      const many = factorOf(
        ['2026-04-01', '2026-04-05', '2026-04-09'].map((day, index) => on(day, excuseRecorded({ excuseId: `E-${index}` }))),
        RiskFactorKey.Excuses,
      );
      const old = factorOf([on('2026-01-15', excuseRecorded())], RiskFactorKey.Excuses);

      expect([one.points, many.points, old.points]).toEqual([2.5, 7.5, 0]);
    });

    it('complaints: 6 points per unfounded complaint of the last 90 days; founded ones are on us', () => {
      const complaint = (id: string, outcome: ComplaintOutcome) => [
        on('2026-04-01', complaintFiled({ complaintId: id }), `filed-${id}`),
        on('2026-04-03', complaintResolved({ complaintId: id, outcome }), `resolved-${id}`),
      ];

      const factor = factorOf(
        [...complaint('C-1', ComplaintOutcome.Unfounded), ...complaint('C-2', ComplaintOutcome.Unfounded), ...complaint('C-3', ComplaintOutcome.Founded)],
        RiskFactorKey.Complaints,
      );

      expect(factor.points).toBe(12);
      expect(factor.evidenceEventIds).toEqual(['filed-C-1', 'resolved-C-1', 'filed-C-2', 'resolved-C-2']);
    });

    it('unpaid scope creep: unbilled out-of-scope hours of the window against a month of contracted hours', () => {
      const facts = [
        on('2026-04-01', scopeChangeRequested({ scopeChangeId: 'SC-1' })),
        on('2026-04-02', scopeChangeDecided({ scopeChangeId: 'SC-1', billable: false })),
        on('2026-04-10', timeLogged({ timeEntryId: 'T-1', minutes: 60 * 60, billable: false, workedOn: '2026-04-10', scopeChangeId: 'SC-1' })),
      ];

      const factor = factorOf(facts, RiskFactorKey.UnpaidScopeCreep);

      // 60 h unbilled against 40 contracted hours a month: more than a month of unpaid work, all 20 points.
      expect(factor.points).toBe(20);
      expect(factor.evidenceEventIds).toContain('ScopeChangeDecided@2026-04-02');
    });

    it('time waste: 5 per missed meeting plus up to 10 for non-billable against billable hours', () => {
      const facts = [
        on('2026-04-01', meetingRecorded({ meetingId: 'M-1', scheduledAt: '2026-04-01T10:00:00Z', outcome: MeetingOutcome.Missed })),
        on('2026-04-02', timeLogged({ timeEntryId: 'T-1', minutes: 120, billable: true, workedOn: '2026-04-02' })),
        on('2026-04-03', timeLogged({ timeEntryId: 'T-2', minutes: 60, billable: false, workedOn: '2026-04-03' })),
      ];

      expect(factorOf(facts, RiskFactorKey.TimeWaste).points).toBe(10);
    });

    it('conduct: 12.5 points for a minor abuse report of the last 90 days', () => {
      expect(factorOf([on('2026-04-01', abuseReported({ severity: AbuseSeverity.Minor }))], RiskFactorKey.Conduct).points).toBe(12.5);
    });

    it('states every factor with its rule version, maximum and as-of day', () => {
      const { factors } = given([]);

      expect(factors).toHaveLength(9);
      for (const factor of factors) expect(factor).toMatchObject({ ruleVersion: 'risk-v2', asOf: AS_OF });
    });
  });

  describe('bands', () => {
    it('green below 25, amber from 25, red from 50', () => {
      expect(given([]).band).toBe(RiskBand.Green);
      expect(given([], { paymentIndex: 20 }).band).toBe(RiskBand.Amber);
      expect(
        given([], { paymentIndex: 20, overdueByBucket: { DAYS_90_PLUS: 100_000 }, promises: { kept: 0, broken: 1, brokenPromiseEventIds: [] } }).band,
      ).toBe(RiskBand.Red);
    });

    it('let go, whatever the score, after a severe abuse report', () => {
      const assessment = given([on('2026-04-01', abuseReported({ severity: AbuseSeverity.Severe }))]);

      expect(assessment).toMatchObject({
        score: 0,
        band: RiskBand.LetGo,
        hardRules: [HardRule.SevereAbuse],
        recommendation: Recommendation.ProposeTermination,
      });
      expect(assessment.rules).toEqual([
        {
          rule: 'SEVERE_ABUSE',
          band: RiskBand.LetGo,
          explanation: 'severe abuse reported: no tolerance, the relationship ends',
          message: { key: 'risk.rule.severeAbuse', params: {} },
          evidenceEventIds: ['AbuseReported@2026-04-01'],
        },
      ]);
    });

    it('let go when red and losing money', () => {
      const assessment = given([], {
        paymentIndex: 20,
        overdueByBucket: { DAYS_90_PLUS: 100_000 },
        promises: { kept: 0, broken: 1, brokenPromiseEventIds: [] },
        contributionMarginMinor: -1,
        contributionMarginPercent: -1,
      });

      expect(assessment.hardRules).toEqual([HardRule.RedWithNegativeMargin]);
      expect(assessment.band).toBe(RiskBand.LetGo);
    });
  });

  describe('tenure mitigation', () => {
    // Due 9 April, 21 days overdue on 30 April: a first slip, not yet serious.
    const firstLateInvoice = [on('2026-03-10', invoiceIssued({ issuedOn: '2026-03-10', dueDate: '2026-04-09' }))];
    const LONG_STANDING = '2023-06-01';

    it('halves the payment factors of a client of two years or more on its first incident', () => {
      const assessment = assessRisk(historyOf(firstLateInvoice, LONG_STANDING), AS_OF, { ...GOOD_MEASURES, paymentIndex: 20 });

      expect(assessment.tenureMitigationApplied).toBe(true);
      expect(assessment.factors.find((factor) => factor.key === RiskFactorKey.PaymentLateness)).toMatchObject({
        points: 12.5,
        explanation: 'payment lateness 12.5/25: payment index 20 over the last 12 months (80 is on time) (halved: long-standing client, first incident)',
      });
    });

    it('does not apply to a newer client', () => {
      expect(given(firstLateInvoice, { paymentIndex: 20 }).tenureMitigationApplied).toBe(false);
    });

    it('never applies when more than 60 days overdue, more than a month of billing overdue, or a promise broken', () => {
      const longOverdue = [on('2026-01-10', invoiceIssued())];
      const broken = { promises: { kept: 0, broken: 1, brokenPromiseEventIds: ['p1'] } };

      expect(assessRisk(historyOf(longOverdue, LONG_STANDING), AS_OF, { ...GOOD_MEASURES, paymentIndex: 20 }).tenureMitigationApplied).toBe(false);
      expect(
        assessRisk(historyOf(firstLateInvoice, LONG_STANDING), AS_OF, { ...GOOD_MEASURES, paymentIndex: 20, averageMonthlyBillingMinor: 50_000 })
          .tenureMitigationApplied,
      ).toBe(false);
      expect(assessRisk(historyOf(firstLateInvoice, LONG_STANDING), AS_OF, { ...GOOD_MEASURES, paymentIndex: 20, ...broken }).tenureMitigationApplied).toBe(
        false,
      );
    });

    it('does not apply once it is not the first incident', () => {
      const second = on('2026-02-10', invoiceIssued({ invoiceId: 'INV-43', issuedOn: '2026-02-10', dueDate: '2026-03-12' }));

      expect(assessRisk(historyOf([...firstLateInvoice, second], LONG_STANDING), AS_OF, { ...GOOD_MEASURES, paymentIndex: 20 }).tenureMitigationApplied).toBe(
        false,
      );
    });
  });

  describe('archetypes', () => {
    it('names a non-payer when the payment factors dominate', () => {
      expect(given([], { paymentIndex: 20 }).archetypes).toEqual([Archetype.NonPayer]);
    });

    it('names a chronic complainer, a time-waster, an abusive and an unprofitable client', () => {
      const complaints = ['C-1', 'C-2', 'C-3'].flatMap((id) => [
        on('2026-04-01', complaintFiled({ complaintId: id }), `f-${id}`),
        on('2026-04-02', complaintResolved({ complaintId: id }), `r-${id}`),
      ]);
      const missed = ['M-1', 'M-2'].map((id) =>
        on('2026-04-05', meetingRecorded({ meetingId: id, scheduledAt: '2026-04-05T10:00:00Z', outcome: MeetingOutcome.Missed }), id),
      );

      const assessment = given([...complaints, ...missed, on('2026-04-07', abuseReported())], { contributionMarginMinor: -10, contributionMarginPercent: -2 });

      expect(assessment.archetypes).toEqual([Archetype.ChronicComplainer, Archetype.TimeWaster, Archetype.Abusive, Archetype.Unprofitable]);
    });
  });

  describe('decision grid', () => {
    it('keeps a green client at or above the target margin', () => {
      expect(given([]).recommendation).toBe(Recommendation.Keep);
    });

    it('renegotiates an amber client, or a green one below the target margin', () => {
      expect(given([], { paymentIndex: 20 }).recommendation).toBe(Recommendation.Renegotiate);
      expect(given([], { contributionMarginPercent: 10 }).recommendation).toBe(Recommendation.Renegotiate);
    });

    it('proposes termination for a red client, whatever its margin', () => {
      const red = { paymentIndex: 20, overdueByBucket: { DAYS_90_PLUS: 100_000 }, promises: { kept: 0, broken: 1, brokenPromiseEventIds: [] } };

      expect(given([], { ...red, contributionMarginPercent: 5 }).recommendation).toBe(Recommendation.ProposeTermination);
      expect(given([], { ...red, contributionMarginPercent: 45 }).recommendation).toBe(Recommendation.ProposeTermination);
    });
  });

  it('lists the top factors by points, and compares with the previous score', () => {
    const assessment = assessRisk(historyOf([on('2026-04-01', excuseRecorded())]), AS_OF, { ...GOOD_MEASURES, paymentIndex: 50 }, undefined, { score: 20 });

    expect(assessment.topFactors.map((factor) => factor.key)).toEqual([RiskFactorKey.PaymentLateness, RiskFactorKey.Excuses]);
    expect(assessment.trend).toEqual({ previousScore: 20, delta: -5, direction: 'DOWN' });
  });
});
