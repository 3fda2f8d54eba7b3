import type { ClientHistory } from '@client-lifecycle/domain';
import type { ReadyAssessment } from './client-assessment';
import { HEAP_BYTES_PER_ASSESSMENT_CHAR, ReadyAssessments } from './ready-assessments.cache';

// The cache only keys by these objects' identity and hands the assessments back untouched.
const snapshot = () => ({}) as ClientHistory;
const assessment = () => ({}) as ReadyAssessment;
const DAY = '2026-11-20';

describe('Ready assessments kept per folded snapshot and day', () => {
  it('gives back the assessment of the same snapshot on the same day only', () => {
    const cache = new ReadyAssessments();
    const history = snapshot();
    const ready = assessment();

    cache.set('acme', history, DAY, ready, 100);

    expect(cache.get('acme', history, DAY)).toBe(ready);
    expect(cache.get('acme', history, '2026-11-21')).toBeUndefined();
    expect(cache.get('acme', snapshot(), DAY)).toBeUndefined();
  });

  it('keeps one snapshot per client: a newer one replaces the older', () => {
    const cache = new ReadyAssessments();
    const older = snapshot();
    const newer = snapshot();

    cache.set('acme', older, DAY, assessment(), 100);
    cache.set('acme', newer, DAY, assessment(), 100);

    expect(cache.get('acme', older, DAY)).toBeUndefined();
    expect(cache.stats).toEqual({ clients: 1, bytes: 100 * HEAP_BYTES_PER_ASSESSMENT_CHAR });
  });

  it('evicts the least recently used beyond its budget, and holds nothing larger than the budget', () => {
    const cache = new ReadyAssessments({ budgetBytes: 2 * 100 * HEAP_BYTES_PER_ASSESSMENT_CHAR });
    const [a, b, c] = [snapshot(), snapshot(), snapshot()];
    cache.set('a', a, DAY, assessment(), 100);
    cache.set('b', b, DAY, assessment(), 100);
    cache.get('a', a, DAY);

    cache.set('c', c, DAY, assessment(), 100);
    cache.set('huge', snapshot(), DAY, assessment(), 1_000);

    expect([cache.get('a', a, DAY), cache.get('b', b, DAY), cache.get('c', c, DAY)].map((ready) => ready !== undefined)).toEqual([true, false, true]);
    expect(cache.stats.clients).toBe(2);
  });

  it('forgets a client dropped', () => {
    const cache = new ReadyAssessments();
    const history = snapshot();
    cache.set('acme', history, DAY, assessment(), 100);

    cache.drop('acme');

    expect(cache.get('acme', history, DAY)).toBeUndefined();
    expect(cache.stats).toEqual({ clients: 0, bytes: 0 });
  });
});
