/** The longest search text the client list accepts: a name or a few words of one. */
export const CLIENT_SEARCH_MAX_LENGTH = 100;

/**
 * The words of a text as search compares them: lower case, accents and other marks dropped
 * (`Élan-Vital` gives `elan`, `vital`), split on anything that is not a letter or a digit.
 * Every store folds names and searches with this one function, so they all match alike.
 */
export const searchWords = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);

/** A name as the stores keep it for search: its words, each after a space, so ` word` marks where a word starts. */
export const searchableName = (name: string): string =>
  searchWords(name)
    .map((word) => ` ${word}`)
    .join('');

/** What a search looks for: its words, and its words as one phrase at the start of a name (see `searchRank`). */
export interface ClientSearch {
  readonly words: readonly string[];
  readonly phrase: string;
}

/** The search a text asks for, or null when it holds no letter or digit (it could match nothing). */
export const clientSearchOf = (text: string): ClientSearch | null => {
  const words = searchWords(text);
  return words.length === 0 ? null : { words, phrase: words.map((word) => ` ${word}`).join('') };
};

/** A name matches when each word searched for starts one of its words: `nor dent` finds `Northwind Dental Ltd`. */
export const matchesSearch = (name: string, search: ClientSearch): boolean => {
  const words = searchWords(name);
  return search.words.every((searched) => words.some((word) => word.startsWith(searched)));
};

/**
 * How well a matching name answers a search, best first: 0 when the name is exactly the words
 * searched for, 1 when it starts with them in that order, 2 when its words merely start with them.
 * Integer tiers rather than a relevance score, so a page of results continues after a key that
 * does not drift as other rows come and go; within a tier the list keeps its requested order.
 */
export const searchRank = (name: string, search: ClientSearch): number => {
  const searchable = searchableName(name);
  if (searchable === search.phrase) return 0;
  return searchable.startsWith(search.phrase) ? 1 : 2;
};
