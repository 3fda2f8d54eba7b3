/** How many answers one list keeps: a day's assessment and its trend, with room for a few other days. */
const ANSWERS_PER_LIST = 8;

/**
 * Answers that depend only on one list of a client history and a key (a day, a setting): a
 * snapshot's lists are frozen and every list a new event did not touch is the very array of the
 * previous snapshot, so the next assessment, and the trend's day, find the answer already made.
 * A list still being folded (not frozen) is never remembered; a list no longer held is forgotten
 * with it. The answer must not be changed by whoever receives it.
 */
export function memoisedByList<V>(): (list: readonly unknown[], key: string, compute: () => V) => V {
  const byList = new WeakMap<readonly unknown[], Map<string, V>>();
  return (list, key, compute) => {
    if (!Object.isFrozen(list)) return compute();
    let answers = byList.get(list);
    if (answers?.has(key)) return answers.get(key) as V;
    const value = compute();
    if (typeof value === 'object' && value !== null) Object.freeze(value);
    if (!answers) byList.set(list, (answers = new Map()));
    if (answers.size >= ANSWERS_PER_LIST) answers.delete(answers.keys().next().value as string);
    answers.set(key, value);
    return value;
  };
}
