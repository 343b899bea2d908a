import type { Acuity } from '../domain/acuity.js';
import type { RedFlagFamily } from './redFlagFamily.js';
import type { RedFlagRule } from './redFlagRules.js';
import { withinOneEdit } from './withinOneEdit.js';

/** Rule words (and stems) of this many letters or more tolerate one typo in a token. */
export const TYPO_MIN_LETTERS = 5;

/** A phrase as the ids of its words, matched against consecutive tokens. */
export type CompiledTerm = readonly number[];

/** A pattern whose concepts are lists of alternative terms. */
export type CompiledPattern = {
  readonly concepts: readonly (readonly CompiledTerm[])[];
  readonly within: number;
  readonly ordered: boolean;
};

/** A family's rule, ready to run. */
export type CompiledRule = {
  readonly family: RedFlagFamily;
  readonly acuity: Acuity;
  readonly patterns: readonly CompiledPattern[];
};

/** Rules with their word index: `wordsOf(token)` lists the ids of the rule words it matches. */
export type CompiledRules = {
  readonly rules: readonly CompiledRule[];
  readonly wordsOf: (token: string) => readonly number[];
};

const RULE_WORD = /^[a-z0-9]+\*?$/;
// Why a bound: the memo makes repeated vocabulary free, but hostile text must not grow it forever.
const MEMO_LIMIT = 20_000;

/**
 * Turns rule data into an indexed matcher.
 * WARNING: throws on malformed rule data (a word with punctuation, a stem under 5 letters),
 * since such a word could never honour the typo contract of RED_FLAGS.md.
 */
export function compileRules(rules: readonly RedFlagRule[]): CompiledRules {
  const ids = new Map<string, number>();
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const fuzzyWords = new Map<string, number[]>();
  const fuzzyStems = new Map<string, number[]>();
  const texts: string[] = [];
  const intern = (word: string): number => {
    const known = ids.get(word);
    if (known !== undefined) return known;
    if (!RULE_WORD.test(word)) throw new Error(`red-flag rule word ${JSON.stringify(word)}`);
    const stem = word.endsWith('*');
    const text = stem ? word.slice(0, -1) : word;
    if (stem && text.length < TYPO_MIN_LETTERS) throw new Error(`red-flag stem too short: ${word}`);
    const id = texts.length;
    texts.push(text);
    ids.set(word, id);
    add(stem ? stems : exact, text, id);
    if (text.length >= TYPO_MIN_LETTERS) {
      for (const key of [text, ...deletions(text)]) add(stem ? fuzzyStems : fuzzyWords, key, id);
    }
    return id;
  };
  const compiled = rules.map((rule) => ({
    family: rule.family,
    acuity: rule.acuity,
    patterns: rule.patterns.map((pattern) => ({
      concepts: pattern.all.map((concept) =>
        concept.split('|').map((term) => term.trim().split(/\s+/).map(intern)),
      ),
      within: pattern.within ?? 0,
      ordered: pattern.ordered ?? false,
    })),
  }));
  const stemLengths = [...new Set([...stems.keys()].map((s) => s.length))];
  const maxWord = Math.max(0, ...texts.map((t) => t.length));

  const match = (token: string): number[] => {
    const found = new Set<number>(exact.get(token));
    for (const n of stemLengths) {
      if (token.length >= n) for (const id of stems.get(token.slice(0, n)) ?? []) found.add(id);
      // A typo inside the stem: compare the token's prefixes one shorter, as long and one longer.
      for (const len of [n - 1, n, n + 1]) {
        if (len > token.length) continue;
        const prefix = token.slice(0, len);
        for (const id of lookup(fuzzyStems, prefix)) {
          if (texts[id]!.length === n && withinOneEdit(prefix, texts[id]!)) found.add(id);
        }
      }
    }
    if (token.length >= TYPO_MIN_LETTERS - 1 && token.length <= maxWord + 1) {
      for (const id of lookup(fuzzyWords, token)) {
        if (withinOneEdit(token, texts[id]!)) found.add(id);
      }
    }
    return [...found];
  };
  const memo = new Map<string, readonly number[]>();
  const wordsOf = (token: string): readonly number[] => {
    const known = memo.get(token);
    if (known !== undefined) return known;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const found = match(token);
    memo.set(token, found);
    return found;
  };
  return { rules: compiled, wordsOf };
}

function add(index: Map<string, number[]>, key: string, id: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

// Symmetric deletion lookup: two words one edit apart always share the word or a one-letter
// deletion of it, so the candidates are found by hashing, then confirmed by withinOneEdit.
function lookup(index: Map<string, number[]>, key: string): Set<number> {
  const out = new Set<number>(index.get(key));
  for (const d of deletions(key)) for (const id of index.get(d) ?? []) out.add(id);
  return out;
}
