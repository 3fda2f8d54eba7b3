import { story } from '../calibration/client-story.fixtures';
import { ConductSignalKind } from '../client-history';
import { AbuseSeverity } from '../client/client.vocabulary';
import { assessClient, assessClientWithTrend } from './risk.assessment';
import { bandAtLeast, compareRiskiestFirst, RiskBand, RiskFactorKey, riskSortKey } from './risk.model';

describe('riskiest views include the worst', () => {
  it('let-go outranks red whatever the scores, then the score decides', () => {
    const clients = [
      { id: 'red-80', band: RiskBand.Red, score: 80 },
      { id: 'let-go-0', band: RiskBand.LetGo, score: 0 },
      { id: 'amber-40', band: RiskBand.Amber, score: 40 },
      { id: 'red-55', band: RiskBand.Red, score: 55 },
    ];

    expect([...clients].sort(compareRiskiestFirst).map((client) => client.id)).toEqual(['let-go-0', 'red-80', 'red-55', 'amber-40']);
    expect(riskSortKey(RiskBand.LetGo, 0)).toBeGreaterThan(riskSortKey(RiskBand.Red, 100));
  });

  it('a minimum band of RED includes LET_GO', () => {
    expect([RiskBand.Green, RiskBand.Amber, RiskBand.Red, RiskBand.LetGo].filter((band) => bandAtLeast(band, RiskBand.Red))).toEqual([
      RiskBand.Red,
      RiskBand.LetGo,
    ]);
  });
});

describe('trend: against the score 30 days before', () => {
  it('compares with the same history judged 30 days earlier, not with the previous event', () => {
    const history = story('trend', { since: '2025-01-01' })
      .conduct('2026-03-05', ConductSignalKind.Disrespect)
      .conduct('2026-04-02', ConductSignalKind.Disrespect)
      .conduct('2026-04-03', ConductSignalKind.Disrespect)
      .time('2026-04-04', 60)
      .build();

    const { risk } = assessClientWithTrend(history, '2026-04-05');

    expect(risk.trend).toEqual({ comparedWith: '2026-03-06', previousBand: RiskBand.Green, previousScore: 8, delta: 16, direction: 'UP' });
  });
});

describe('evidence and double counting', () => {
  it('unbilled out-of-scope hours count once, as scope creep, not again as time waste', () => {
    const history = story('scope creep')
      .monthOfWork('2026-03-01', 40)
      .unpaidScopeCreep('2026-03-10', 20 * 60)
      .build();

    const { risk } = assessClient(history, '2026-03-20');
    const points = (key: RiskFactorKey) => risk.factors.find((factor) => factor.key === key)?.points;

    expect(points(RiskFactorKey.UnpaidScopeCreep)).toBe(10);
    expect(points(RiskFactorKey.TimeWaste)).toBe(0);
  });

  it('a hard rule states its plain words and the events behind it', () => {
    const history = story('repeat offender').abuse('2026-01-10').abuse('2026-02-10').abuse('2026-03-10').abuse('2026-03-11', AbuseSeverity.Minor).build();

    const { risk } = assessClient(history, '2026-03-20');

    expect(risk.band).toBe(RiskBand.LetGo);
    expect(risk.rules[0]).toMatchObject({
      rule: 'REPEATED_ABUSE',
      band: RiskBand.LetGo,
      explanation: '4 minor abuse reports in the last 365 days: the warning did not work',
    });
    expect(risk.rules[0].evidenceEventIds).toHaveLength(4);
  });
});
