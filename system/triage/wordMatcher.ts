import { EVERYDAY_WORDS } from './everydayWords.js';
import { withinOneEdit } from './withinOneEdit.js';

/** Rule words (and stems) of this many letters or more tolerate one typo in a token. */
export const TYPO_MIN_LETTERS = 5;

/** The rule vocabulary, indexed: words get ids, tokens get the ids of the words they match. */
export type WordMatcher = {
  /** The id of a rule word (`chest`) or stem (`bleed*`), added on first sight. */
  readonly intern: (word: string, standalone?: boolean) => number;
  /** The ids of the rule words a token matches, exactly, as a stem, or within one typo. */
  readonly wordsOf: (token: string) => readonly number[];
  /** Whether a token is a rule word as written (exactly, or beginning with a stem). */
  readonly isWord: (token: string) => boolean;
  /** Whether a token reads as the word of an id with no typo (exactly, or as a stem's word). */
  readonly readsExactly: (token: string, id: number) => boolean;
};

const RULE_WORD = /^[a-z0-9]+\*?$/;
/** The rule word that reads any token of digits alone ("16 tablets", "sats 88"). */
export const ANY_NUMBER = '#n';
const DIGITS = /^\d+$/;
// Why a bound: the memo makes repeated vocabulary free, but hostile text must not grow it forever.
const MEMO_LIMIT = 20_000;

/**
 * A matcher for the typo contract of RED_FLAGS.md.
 * WARNING: `intern` throws on malformed rule data (punctuation, a stem under 5 letters), since
 * such a word could never honour the contract; intern every word before the first `wordsOf`.
 */
export function wordMatcher(): WordMatcher {
  const ids = new Map<string, number>();
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  // Symmetric deletion index: two words one edit apart always share the word itself or a
  // one-letter deletion of it, so candidates are found by hashing, then confirmed.
  const fuzzyWords = new Map<string, number[]>();
  const fuzzyStems = new Map<string, number[]>();
  // Stryker disable next-line ArrayDeclaration: ids are internal; shifting them all by one changes no match
  const texts: string[] = [];
  const stemLengths = new Set<number>();
  let maxWord = 0;
  const memo = new Map<string, readonly number[]>();

  // Words that are a whole term by themselves ("spotting", "severe"): a token spelling one is
  // read as that word only, never as a typo of another ("spitting", "severed").
  const standalones = new Set<string>();
  const intern = (word: string, standalone = false): number => {
    if (standalone && !word.endsWith('*')) standalones.add(word);
    const known = ids.get(word);
    // Stryker disable next-line ConditionalExpression: a word interned twice gets two ids that match the same tokens
    if (known !== undefined) return known;
    if (word === ANY_NUMBER) {
      const id = texts.length;
      texts.push(word);
      ids.set(word, id);
      memo.clear();
      return id;
    }
    if (!RULE_WORD.test(word)) throw new Error(`red-flag rule word ${JSON.stringify(word)}`);
    const stem = word.endsWith('*');
    const text = stem ? word.slice(0, -1) : word;
    if (stem && text.length < TYPO_MIN_LETTERS) throw new Error(`red-flag stem too short: ${word}`);
    const id = texts.length;
    texts.push(text);
    ids.set(word, id);
    add(stem ? stems : exact, text, id);
    // Stryker disable next-line ConditionalExpression: the stem indexes hold only stems, so a word's length adds lookups that find nothing
    if (stem) stemLengths.add(text.length);
    maxWord = Math.max(maxWord, text.length);
    if (text.length >= TYPO_MIN_LETTERS) {
      for (const key of [text, ...deletions(text)]) add(stem ? fuzzyStems : fuzzyWords, key, id);
    }
    memo.clear();
    return id;
  };

  const match = (token: string): number[] => {
    const found = new Set<number>(exact.get(token));
    const anyNumber = ids.get(ANY_NUMBER);
    if (anyNumber !== undefined && DIGITS.test(token)) found.add(anyNumber);
    for (const n of stemLengths) {
      // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a shorter token's prefix is looked up at its own length anyway; a missing key adds no real id
      if (token.length >= n) for (const id of stems.get(token.slice(0, n)) ?? []) found.add(id);
    }
    // Why: a token that is itself a rule word ("spotting", "severe") is read as that word, never
    // as a typo of another one ("spitting", "severed"), as everyday words are.
    if (EVERYDAY_WORDS.has(token) || standalones.has(token)) return [...found];
    for (const n of stemLengths) {
      // A typo inside the stem: compare the token's prefixes one shorter, as long and one longer.
      for (const len of [n - 1, n, n + 1]) {
        // Stryker disable next-line ConditionalExpression: a prefix longer than the token is the token, tried at its own length
        if (len > token.length) continue;
        const prefix = token.slice(0, len);
        for (const id of lookup(fuzzyStems, prefix)) {
          // Stryker disable next-line ConditionalExpression: a stem of another length is one edit from this prefix only if it is from one tried at its own length
          if (texts[id]!.length === n && withinOneEdit(prefix, texts[id]!)) found.add(id);
        }
      }
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a window withinOneEdit also enforces: no indexed word is one edit from a token outside it
    if (token.length >= TYPO_MIN_LETTERS - 1 && token.length <= maxWord + 1) {
      for (const id of lookup(fuzzyWords, token)) {
        if (withinOneEdit(token, texts[id]!)) found.add(id);
      }
    }
    // A plural with a typo ("lettzrs" for letters): the singular read with one typo.
    const singular =
      token.length > TYPO_MIN_LETTERS && token.endsWith('s') ? token.slice(0, -1) : '';
    if (singular !== '' && singular.length <= maxWord + 1) {
      for (const id of lookup(fuzzyWords, singular)) {
        if (withinOneEdit(singular, texts[id]!)) found.add(id);
      }
    }
    return [...found];
  };

  const wordsOf = (token: string): readonly number[] => {
    const known = memo.get(token);
    // Stryker disable next-line ConditionalExpression: a memo; the match is recomputed the same
    if (known !== undefined) return known;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the memo's bound, memory only
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const found = match(token);
    memo.set(token, found);
    return found;
  };
  const isWord = (token: string): boolean =>
    // A stem reads a word with an ending ("bleeding"), not a run of words ("crushingchest").
    exact.has(token) ||
    [...stemLengths].some((n) => token.length <= n + 4 && stems.has(token.slice(0, n)));
  const readsExactly = (token: string, id: number): boolean =>
    texts[id] === ANY_NUMBER
      ? DIGITS.test(token)
      : stems.get(texts[id]!)?.includes(id)
        ? token.startsWith(texts[id]!)
        : token === texts[id];
  return { intern, wordsOf, isWord, readsExactly };
}

function add(index: Map<string, number[]>, key: string, id: number): void {
  const list = index.get(key) ?? [];
  // Stryker disable next-line ConditionalExpression: a duplicate id in an index list lands in a Set
  if (!list.includes(id)) list.push(id);
  index.set(key, list);
}

function deletions(word: string): string[] {
  // Stryker disable next-line ArrayDeclaration: an extra key no token can be
  const out: string[] = [];
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: the word itself is indexed already, and a NaN key is none a token can be
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function lookup(index: Map<string, number[]>, key: string): Set<number> {
  const out = new Set<number>(index.get(key));
  for (const d of deletions(key)) for (const id of index.get(d) ?? []) out.add(id);
  return out;
}
