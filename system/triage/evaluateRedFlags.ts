import { type Acuity, moreUrgent } from '../domain/acuity.js';
import { type CompiledPattern, type CompiledRules, compileRules } from './compileRules.js';
import { normalizeText } from './normalizeText.js';
import { RED_FLAG_RULES, type RedFlagRule } from './redFlagRules.js';
import type { RuleHit, RuleVerdict } from './ruleVerdict.js';

type Occurrence = { readonly concept: number; readonly start: number; readonly end: number };

const compiledByRules = new WeakMap<readonly RedFlagRule[], CompiledRules>();
// Why a second cache, by content: a caller that filters the rules afresh for every system it
// builds would otherwise pay the ~5 ms compile each time. Bounded, since keys are large.
const compiledByContent = new Map<string, CompiledRules>();

/**
 * Finds the red flags in a patient message; deterministic and pure.
 * WARNING: negation is deliberately not read ("no chest pain" still flags cardiac chest pain):
 * over-triage costs a nurse a minute, under-triage can cost a life, and negation scope in free
 * text ("not sure if it's chest pain") is exactly where a cheap parser gets it wrong.
 */
export function evaluateRedFlags(
  text: string,
  rules: readonly RedFlagRule[] = RED_FLAG_RULES,
): RuleVerdict {
  const compiled = compiledFor(rules);
  const tokens = normalizeText(text);
  const wordsAt = tokens.map(compiled.wordsOf);
  const positions = new Map<number, number[]>();
  wordsAt.forEach((ids, at) => {
    for (const id of ids) {
      const list = positions.get(id);
      if (list === undefined) positions.set(id, [at]);
      else list.push(at);
    }
  });
  // Only patterns whose every concept has a term starting somewhere in the text are tried.
  const present = new Uint32Array(compiled.patternCount);
  for (const id of positions.keys()) {
    // Stryker disable next-line ArrayDeclaration: a made-up entry names no pattern, so it sets no bit that is read
    for (const [pattern, concept] of compiled.startsOf.get(id) ?? []) {
      present[pattern]! |= 1 << concept;
    }
  }
  const hits: RuleHit[] = [];
  for (const rule of compiled.rules) {
    for (const pattern of rule.patterns) {
      // Stryker disable next-line ConditionalExpression: a fast path; the search finds no occurrence of a missing concept either
      if (present[pattern.id] !== 2 ** pattern.concepts.length - 1) continue;
      const found = findPattern(pattern, wordsAt, positions);
      if (found === null) continue;
      // Stryker disable ArithmeticOperator,ArrowFunction,StringLiteral: the matched words as shown, display only
      const matched = found
        .toSorted((a, b) => a.start - b.start)
        .map((o) => tokens.slice(o.start, o.end).join(' '))
        .join(' + ');
      // Stryker restore ArithmeticOperator,ArrowFunction,StringLiteral
      hits.push({ family: rule.family, acuity: rule.acuity, matched });
      break;
    }
  }
  return verdictOf(hits);
}

function compiledFor(rules: readonly RedFlagRule[]): CompiledRules {
  const known = compiledByRules.get(rules);
  // Stryker disable next-line ConditionalExpression: a cache; the rules compile the same again
  if (known !== undefined) return known;
  const key = JSON.stringify(rules);
  const compiled = compiledByContent.get(key) ?? compileRules(rules);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound, memory only
  if (compiledByContent.size < 16) compiledByContent.set(key, compiled);
  compiledByRules.set(rules, compiled);
  return compiled;
}

function verdictOf(hits: RuleHit[]): RuleVerdict {
  if (hits.length === 0) {
    return { acuity: 5, hits, rationale: 'No red flag found: no red-flag phrase in the message.' };
  }
  const acuity = hits.reduce<Acuity>((a, hit) => moreUrgent(a, hit.acuity), 5);
  // Stryker disable next-line StringLiteral: the separator of the rationale's list, display only
  const found = hits.map((h) => `${h.family} (acuity ${h.acuity}) on "${h.matched}"`).join(', ');
  return { acuity, hits, rationale: `Red flags found: ${found}; rules acuity ${acuity}.` };
}

/** The occurrences, one per concept, that satisfy the pattern, or null. */
function findPattern(
  pattern: CompiledPattern,
  wordsAt: readonly (readonly number[])[],
  positions: ReadonlyMap<number, readonly number[]>,
): Occurrence[] | null {
  const perConcept: Occurrence[][] = [];
  for (const [concept, terms] of pattern.concepts.entries()) {
    const found: Occurrence[] = [];
    for (const term of terms) {
      // Stryker disable next-line ArrayDeclaration: a made-up start is no token position, so no term reads there
      for (const start of positions.get(term[0]!) ?? []) {
        if (term.every((id, k) => wordsAt[start + k]?.includes(id))) {
          found.push({ concept, start, end: start + term.length });
        }
      }
    }
    // Stryker disable next-line ConditionalExpression: a fast path; both searches return null when a concept has no occurrence
    if (found.length === 0) return null;
    // Stryker disable next-line ArrowFunction,ArithmeticOperator,MethodExpression: both searches try every occurrence; the order picks among equal chains only
    perConcept.push(found.sort((a, b) => a.start - b.start));
  }
  return pattern.ordered
    ? inOrder(perConcept, pattern.within)
    : anyOrder(perConcept, pattern.within);
}

function anyOrder(perConcept: Occurrence[][], within: number): Occurrence[] | null {
  // Sweep by start: the tightest window ending at an occurrence uses the latest occurrence
  // seen so far of every other concept.
  const events = perConcept.flat().sort((a, b) => a.start - b.start);
  const latest: (Occurrence | undefined)[] = perConcept.map(() => undefined);
  for (const event of events) {
    latest[event.concept] = event;
    if (latest.some((o) => o === undefined)) continue;
    const chosen = latest as Occurrence[];
    if (event.start - Math.min(...chosen.map((o) => o.start)) <= within) return [...chosen];
  }
  return null;
}

function inOrder(perConcept: Occurrence[][], within: number): Occurrence[] | null {
  // Greedy: from each first occurrence, each middle concept takes the occurrence that ends
  // first after the chain so far (it leaves the most room for the rest), and the last concept
  // the one that starts first, which gives the shortest chain starting there. Why by end and
  // not by start: a long alternative starting early ("alpha beta") must not hide a short one
  // ("alpha") that leaves room for the next concept.
  const last = perConcept.length - 1;
  for (const first of perConcept[0]!) {
    const chain = [first];
    for (let c = 1; c <= last && chain.length === c; c++) {
      const from = chain[c - 1]!.end;
      const keyOf = (o: Occurrence) => (c === last ? o.start : o.end);
      let best: Occurrence | undefined;
      for (const o of perConcept[c]!) {
        // Stryker disable next-line EqualityOperator: on a tie the chain goes on from the same end, or the window ends at the same start
        if (o.start >= from && (best === undefined || keyOf(o) < keyOf(best))) best = o;
      }
      if (best !== undefined) chain.push(best);
    }
    if (chain.length === perConcept.length && chain[last]!.start - first.start <= within)
      return chain;
  }
  return null;
}
