import type { Acuity } from '../domain/acuity.js';
import type { RedFlagPattern } from './RedFlagPattern.js';
import type { Finding, RedFlagRule } from './RedFlagRule.js';
import type { RedFlagFamily } from './redFlagFamily.js';
import { wordMatcher } from './wordMatcher.js';

/** A phrase as the ids of its words, matched against consecutive tokens. */
export type CompiledTerm = readonly number[];

/** A pattern whose concepts are lists of alternative terms; `id` indexes per-message state. */
export type CompiledPattern = {
  readonly id: number;
  readonly concepts: readonly (readonly CompiledTerm[])[];
  readonly within: number;
  readonly ordered: boolean;
  /** Terms that cancel a match near it, or none. */
  readonly unless: readonly CompiledTerm[];
  readonly unlessWithin: number;
};

/** A family's rule, ready to run. */
export type CompiledRule = {
  readonly family: RedFlagFamily;
  readonly acuity: Acuity;
  readonly patterns: readonly CompiledPattern[];
  readonly when: readonly (readonly string[])[];
};

/** A finding, ready to run. */
export type CompiledFinding = {
  readonly id: string;
  readonly patterns: readonly CompiledPattern[];
  readonly antecedent: boolean | 'event';
  readonly conditionalCounts: boolean | 'always';
};

/** Rules and findings with their indexes, built once per rule set. */
export type CompiledRules = {
  readonly rules: readonly CompiledRule[];
  readonly findings: readonly CompiledFinding[];
  readonly patternCount: number;
  /** The ids of the rule words a token matches (see `wordMatcher`). */
  readonly wordsOf: (token: string) => readonly number[];
  /** Whether a token is a rule word as written. */
  readonly isWord: (token: string) => boolean;
  /** Whether a token reads as the word of an id with no typo. */
  readonly readsExactly: (token: string, id: number) => boolean;
  /** For a word id, the (pattern id, concept index) pairs with a term that starts with it. */
  readonly startsOf: ReadonlyMap<number, readonly (readonly [number, number])[]>;
};

/** Most concepts a pattern may have: their presence is tracked as bits of one integer. */
export const MAX_CONCEPTS = 30;

/**
 * Turns rule and finding data into indexed patterns.
 * WARNING: throws on malformed data (see `wordMatcher`, more than MAX_CONCEPTS concepts, a
 * rule naming a finding that is neither in `findings` nor in `computed`).
 */
export function compileRules(
  rules: readonly RedFlagRule[],
  findings: readonly Finding[] = [],
  computed: ReadonlySet<string> = new Set(),
): CompiledRules {
  const words = wordMatcher();
  const startsOf = new Map<number, [number, number][]>();
  let patternCount = 0;
  const terms = (concept: string) =>
    concept.split('|').map((term) => {
      const parts = term.trim().split(/\s+/);
      return parts.map((w) => words.intern(w, parts.length === 1));
    });
  const compile = (pattern: RedFlagPattern): CompiledPattern => {
    if (pattern.all.length > MAX_CONCEPTS) throw new Error(`red-flag pattern too wide`);
    const id = patternCount++;
    const concepts = pattern.all.map((concept, c) =>
      terms(concept).map((ids) => {
        // Stryker disable next-line ArrayDeclaration: a junk entry names no pattern and sets no bit
        const list = startsOf.get(ids[0]!) ?? [];
        // Stryker disable next-line ConditionalExpression,ArrowFunction: a (pattern, concept) pair listed twice sets the same bit twice
        if (!list.some(([p, k]) => p === id && k === c)) list.push([id, c]);
        startsOf.set(ids[0]!, list);
        return ids;
      }),
    );
    return {
      id,
      concepts,
      within: pattern.within ?? 0,
      ordered: pattern.ordered ?? false,
      unless: pattern.unless === undefined ? [] : terms(pattern.unless),
      unlessWithin: pattern.unlessWithin ?? 0,
    };
  };
  const compiledFindings = findings.map((f) => ({
    id: f.id,
    patterns: f.patterns.map(compile),
    antecedent: f.antecedent ?? false,
    conditionalCounts: f.conditionalCounts ?? false,
  }));
  const known = new Set([...computed, ...findings.map((f) => f.id)]);
  const compiled = rules.map((rule) => {
    for (const id of (rule.when ?? []).flat())
      if (!known.has(id)) throw new Error(`red-flag rule ${rule.family} names no finding ${id}`);
    return {
      family: rule.family,
      acuity: rule.acuity,
      patterns: (rule.patterns ?? []).map(compile),
      when: rule.when ?? [],
    };
  });
  return {
    rules: compiled,
    findings: compiledFindings,
    patternCount,
    wordsOf: words.wordsOf,
    isWord: words.isWord,
    readsExactly: words.readsExactly,
    startsOf,
  };
}
