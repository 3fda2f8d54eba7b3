import { CALIBRATION_STORIES } from '../calibration/calibration.stories';
import type { ClientHistory } from '../client-history';
import { addDays } from '../shared';
import { assessClient } from './risk.assessment';

/** A deep copy of the story's history, frozen as a snapshot is (`ClientHistoryBuilder.snapshot`). */
const frozen = (history: ClientHistory): ClientHistory => Object.freeze(structuredClone(history));

describe('a snapshot judged again on the same day', () => {
  const story = CALIBRATION_STORIES[2];

  it('gets the assessment already made, equal to a fresh one', () => {
    // Given a client's frozen history, judged once
    const snapshot = frozen(story.history());
    const first = assessClient(snapshot, story.asOf);

    // When judged again on that day (the worklist after the client list)
    const again = assessClient(snapshot, story.asOf);

    // Then it is the same answer, which is what a history never judged before gets
    expect(again).toBe(first);
    expect(Object.isFrozen(again)).toBe(true);
    expect(JSON.stringify(again)).toBe(JSON.stringify(assessClient(story.history(), story.asOf)));
  });

  it('is judged afresh on another day, and a history still being folded (not frozen) always is', () => {
    // Given a frozen history judged on its day, and the same history not frozen
    const snapshot = frozen(story.history());
    const onItsDay = assessClient(snapshot, story.asOf);
    const folding = story.history();

    // When judged on the next day, and the unfrozen one twice
    const nextDay = assessClient(snapshot, addDays(story.asOf, 1));

    // Then
    expect(nextDay).not.toBe(onItsDay);
    expect(JSON.stringify(nextDay)).toBe(JSON.stringify(assessClient(story.history(), addDays(story.asOf, 1))));
    expect(assessClient(folding, story.asOf)).not.toBe(assessClient(folding, story.asOf));
  });
});
