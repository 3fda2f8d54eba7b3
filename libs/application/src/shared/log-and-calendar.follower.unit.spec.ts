import type { Clock, EventStore } from '@client-lifecycle/ports';
import { LogAndCalendarFollower } from './log-and-calendar.follower';

/** A log whose commits the test announces, and a clock that reads the fake timers' time. */
function followed() {
  const listeners = new Set<() => void>();
  const events = {
    onAppended: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as EventStore;
  const clock: Clock = { now: () => new Date(Date.now()) };
  let runs = 0;
  const follower = new LogAndCalendarFollower(events, clock, async () => {
    runs++;
  });
  return { follower, commit: () => listeners.forEach((listener) => listener()), runs: () => runs };
}

const settle = () => jest.advanceTimersByTimeAsync(0);

describe('a read model following the log and the calendar', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-27T23:30:00.000Z') }));
  afterEach(() => jest.useRealTimers());

  it('catches up when started, on each commit, and right after midnight', async () => {
    // Given a follower started half an hour before midnight
    const { follower, commit, runs } = followed();
    follower.start(() => undefined);
    await settle();
    expect(runs()).toBe(1);

    // When the log moves
    commit();
    await settle();
    expect(runs()).toBe(2);

    // Then the new day wakes it too, a second past midnight and not before
    await jest.advanceTimersByTimeAsync(1_800_000);
    expect(runs()).toBe(2);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(runs()).toBe(3);
    await follower.stop();
  });

  it('wakes no more once stopped', async () => {
    // Given a stopped follower
    const { follower, commit, runs } = followed();
    follower.start(() => undefined);
    await settle();
    await follower.stop();

    // When the log moves and the day changes
    commit();
    await jest.advanceTimersByTimeAsync(2 * 3_600_000);

    // Then nothing runs again
    expect(runs()).toBe(1);
  });
});
