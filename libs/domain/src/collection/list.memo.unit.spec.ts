import { memoisedByList } from './list.memo';

describe('answers remembered per frozen list', () => {
  it('answers a frozen list and key from memory the second time', () => {
    // Given a frozen list answered once
    const remembered = memoisedByList<number>();
    const list = Object.freeze([1, 2, 3]);
    let computed = 0;
    const sum = () => {
      computed += 1;
      return list.reduce((total, value) => total + value, 0);
    };
    remembered(list, '2026-04-01', sum);

    // When asked again, and for another day
    const again = remembered(list, '2026-04-01', sum);
    remembered(list, '2026-03-02', sum);

    // Then the same answer, computed once per day
    expect(again).toBe(6);
    expect(computed).toBe(2);
  });

  it('never remembers a list still being folded', () => {
    // Given a list that is not frozen
    const remembered = memoisedByList<number>();
    const list = [1, 2, 3];
    remembered(list, 'day', () => list.length);

    // When it grows and is asked again
    list.push(4);

    // Then the answer is computed afresh
    expect(remembered(list, 'day', () => list.length)).toBe(4);
  });

  it('hands out a remembered object frozen, so no receiver changes it for the next', () => {
    const remembered = memoisedByList<{ total: number }>();

    const answer = remembered(Object.freeze([]), 'day', () => ({ total: 0 }));

    expect(Object.isFrozen(answer)).toBe(true);
  });
});
