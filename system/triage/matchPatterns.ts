import type { CompiledPattern, CompiledRules, CompiledTerm } from './compileRules.js';
import type { TokenizedMessage } from './tokenizeMessage.js';

/** Where one concept of a pattern occurs: tokens [start, end). */
export type Occurrence = { readonly concept: number; readonly start: number; readonly end: number };

/** A message indexed for pattern search: rule words at each token, and where each occurs. */
export interface PatternIndex {
  readonly message: TokenizedMessage;
  readonly readsExactly: (token: string, id: number) => boolean;
  readonly wordsAt: readonly (readonly number[])[];
  readonly positions: ReadonlyMap<number, readonly number[]>;
  /** Per pattern id, the bits of the concepts with a term starting somewhere in the message. */
  readonly present: Uint32Array;
}

// Why a bound: hostile text can repeat a word thousands of times; the first chains found
// are as good as any, and a finding needs only one.
const MAX_CHAINS = 64;

/** Indexes a tokenized message for the compiled rules. */
export function indexMessage(message: TokenizedMessage, compiled: CompiledRules): PatternIndex {
  const wordsAt = message.tokens.map(compiled.wordsOf);
  const positions = new Map<number, number[]>();
  wordsAt.forEach((ids, at) => {
    for (const id of ids) {
      const list = positions.get(id);
      if (list === undefined) positions.set(id, [at]);
      else list.push(at);
    }
  });
  const present = new Uint32Array(compiled.patternCount);
  for (const id of positions.keys()) {
    // Stryker disable next-line ArrayDeclaration: a made-up entry names no pattern, so it sets no bit that is read
    for (const [pattern, concept] of compiled.startsOf.get(id) ?? []) {
      present[pattern]! |= 1 << concept;
    }
  }
  return { message, wordsAt, positions, present, readsExactly: compiled.readsExactly };
}

/**
 * The first chain of occurrences, one per concept, in one segment and within the pattern's
 * window, that no `unless` word cancels and that `accept` takes; null when there is none.
 */
export function findPattern(
  pattern: CompiledPattern,
  index: PatternIndex,
  accept: (chain: readonly Occurrence[]) => boolean = () => true,
): Occurrence[] | null {
  // Stryker disable next-line ConditionalExpression: a fast path; the search finds no occurrence of a missing concept either
  if (index.present[pattern.id] !== 2 ** pattern.concepts.length - 1) return null;
  const { segmentOf } = index.message;
  const perConcept: Occurrence[][] = [];
  for (const [concept, terms] of pattern.concepts.entries()) {
    const found = occurrences(terms, index).map((o) => ({ concept, ...o }));
    // Stryker disable next-line ConditionalExpression: a fast path; both searches return null when a concept has no occurrence
    if (found.length === 0) return null;
    perConcept.push(found.sort((a, b) => a.start - b.start));
  }
  const segments = new Set(perConcept[0]!.map((o) => segmentOf[o.start]!));
  let tried = 0;
  for (const segment of segments) {
    const inSentence = perConcept.map((list) => list.filter((o) => segmentOf[o.start] === segment));
    if (inSentence.some((list) => list.length === 0)) continue;
    const chains = pattern.ordered
      ? inOrder(inSentence, pattern.within)
      : anyOrder(inSentence, pattern.within);
    for (const chain of chains) {
      if (++tried > MAX_CHAINS) return null;
      if (!cancelled(pattern, chain, index) && accept(chain)) return chain;
    }
  }
  // Why a second search: punctuation between the words of one phrase ("chest!!! pain",
  // "can't\nbreathe") is noise, not a new sentence; words that stand that close still count.
  const tight = Math.min(pattern.within, pattern.concepts.length + 1);
  const chains = pattern.ordered ? inOrder(perConcept, tight) : anyOrder(perConcept, tight);
  for (const chain of chains) {
    if (++tried > MAX_CHAINS) return null;
    if (!cancelled(pattern, chain, index) && accept(chain)) return chain;
  }
  return null;
}

/** Each place a term occurs, its words on consecutive tokens. */
function occurrences(
  terms: readonly CompiledTerm[],
  { wordsAt, positions }: PatternIndex,
): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const term of terms) {
    // Stryker disable next-line ArrayDeclaration: a made-up start is no token position, so no term reads there
    for (const start of positions.get(term[0]!) ?? []) {
      const end = start + term.length;
      if (term.every((id, k) => wordsAt[start + k]?.includes(id))) found.push({ start, end });
    }
  }
  return found;
}

function cancelled(pattern: CompiledPattern, chain: readonly Occurrence[], index: PatternIndex) {
  if (pattern.unless.length === 0) return false;
  // Why the sentence, not the segment: "I cut my finger, but it has stopped bleeding" still
  // says whose bleeding it is.
  const { sentenceOf } = index.message;
  const sentence = sentenceOf[chain[0]!.start];
  const from = Math.min(...chain.map((o) => o.start)) - pattern.unlessWithin;
  const to = Math.max(...chain.map((o) => o.end)) + pattern.unlessWithin;
  // Why read with no typo: a cancelling word lowers urgency, so it must be there as written
  // ("daughtera" is no typo of "laughing").
  const { tokens } = index.message;
  return pattern.unless.some((term) =>
    occurrences([term], index).some(
      (o) =>
        sentenceOf[o.start] === sentence &&
        o.end > from &&
        o.start < to &&
        term.every((id, k) => index.readsExactly(tokens[o.start + k]!, id)),
    ),
  );
}

function* anyOrder(perConcept: Occurrence[][], within: number): Generator<Occurrence[]> {
  // Sweep by start: the tightest window ending at an occurrence uses the latest occurrence
  // seen so far of every other concept.
  const events = perConcept.flat().sort((a, b) => a.start - b.start);
  const latest: (Occurrence | undefined)[] = perConcept.map(() => undefined);
  for (const event of events) {
    latest[event.concept] = event;
    if (latest.some((o) => o === undefined)) continue;
    const chosen = latest as Occurrence[];
    if (event.start - Math.min(...chosen.map((o) => o.start)) <= within) yield [...chosen];
  }
}

function* inOrder(perConcept: Occurrence[][], within: number): Generator<Occurrence[]> {
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
      yield chain;
  }
}
