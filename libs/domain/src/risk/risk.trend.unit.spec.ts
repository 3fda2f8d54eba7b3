import { CALIBRATION_STORIES } from '../calibration/calibration.stories';
import type { ClientHistory } from '../client-history';
import { addDays } from '../shared';
import { assessClient, assessClientWithTrend, riskScoreOn, TREND_DAYS } from './risk.assessment';

/**
 * The trend compares with the score and band 30 days before, computed by `riskScoreOn` without the
 * collection ladder and profitability's evidence: on every calibration story, and on the days a
 * trend looks back to, it must give what the full assessment gives.
 */
describe('trend: the score 30 days before, without a second full assessment', () => {
  const cases = CALIBRATION_STORIES.flatMap((story) => [0, TREND_DAYS, 2 * TREND_DAYS, 365].map((daysBefore) => [story.title, daysBefore, story] as const));

  it.each(cases)('%s, %i days before its day: the same score and band as the full assessment', (_title, daysBefore, story) => {
    // Given the client's story, When judged on a day before the story's day
    const history = story.history();
    const day = addDays(story.asOf, -daysBefore);

    // Then
    const { score, band } = assessClient(history, day).risk;
    expect(riskScoreOn(history, day)).toEqual({ score, band });
  });

  it.each(CALIBRATION_STORIES.map((story) => [story.title, story] as const))('%s: the trend is the full assessment of 30 days before', (_title, story) => {
    // Given the client's story
    const history = story.history();
    const comparedWith = addDays(story.asOf, -TREND_DAYS);

    // When assessed with its trend
    const { risk } = assessClientWithTrend(history, story.asOf);

    // Then
    const before = assessClient(history, comparedWith).risk;
    if (history.clientSince > comparedWith) expect(risk.trend).toBeNull();
    else expect(risk.trend).toMatchObject({ comparedWith, previousBand: before.band, previousScore: before.score });
  });
});

/** The history with each of its lists replaced. */
const withLists = (history: ClientHistory, list: (entries: readonly unknown[]) => readonly unknown[]): ClientHistory =>
  Object.fromEntries(Object.entries(history).map(([key, value]) => [key, Array.isArray(value) ? list(value) : value])) as unknown as ClientHistory;

describe('assessment parts remembered per list give what a fresh computation gives', () => {
  it.each(CALIBRATION_STORIES.map((story) => [story.title, story] as const))('%s', (_title, story) => {
    // Given the story's history with frozen lists, as a snapshot has them, assessed once (the parts are remembered)
    const history = withLists(story.history(), (list) => Object.freeze([...list]));
    const first = assessClientWithTrend(history, story.asOf);

    // When assessed again, and with every list a fresh array of the same entries (nothing remembered)
    const again = assessClientWithTrend(history, story.asOf);
    const fresh = withLists(history, (list) => [...list]);

    // Then
    expect(again).toEqual(first);
    expect(assessClientWithTrend(fresh, story.asOf)).toEqual(first);
  });
});
