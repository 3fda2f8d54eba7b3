import { assessClient } from '../risk/risk.assessment';
import { CALIBRATION_STORIES } from './calibration.stories';

/**
 * The calibration suite (DOMAIN.md, "Risk model v2: what the calibration must satisfy"): each
 * story is a client's life as dated facts, and the band, archetypes and recommendation a credit
 * controller would sign. The table with the reasons is docs/risk-calibration.md.
 */
describe('risk calibration: what a credit controller would say', () => {
  it.each(CALIBRATION_STORIES.map((story) => [story.title, story] as const))('%s', (_title, story) => {
    // Given the client's story, When assessed on the story's day
    const { risk } = assessClient(story.history(), story.asOf);

    // Then
    expect({ band: risk.band, archetypes: risk.archetypes, recommendation: risk.recommendation }).toEqual(story.expected);
  });

  it('has at least twenty stories, each with its reason', () => {
    expect(CALIBRATION_STORIES.length).toBeGreaterThanOrEqual(20);
    for (const story of CALIBRATION_STORIES) expect(story.why.length).toBeGreaterThan(20);
  });
});
