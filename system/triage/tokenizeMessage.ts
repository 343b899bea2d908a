import { normalizeText } from './normalizeText.js';

/** A message as the rules read it: word tokens, and the sentence and clause of each. */
export interface TokenizedMessage {
  readonly tokens: readonly string[];
  /** The sentence index of each token: a finding's words must share one. */
  readonly sentenceOf: readonly number[];
  /** The clause index of each token: the scope in which context cues apply. */
  readonly clauseOf: readonly number[];
  /**
   * The segment index of each token: a sentence, cut at contrasting conjunctions ("but",
   * "however"). A finding's words must share one, so "got into the cupboard but the tablets
   * are still sealed" is no ingestion.
   */
  readonly segmentOf: readonly number[];
}

// A full stop between digits is a decimal point ("38.5"), never a sentence break.
// Why an ellipsis breaks too: "I get dizzy if I stand up... my chest is crushing" is two
// thoughts, and the "if" of one must not make the other hypothetical.
const SENTENCE_BREAK = /(?:\.{2,}|\u2026|(?<!\d)\.|\.(?!\d)|[!?;\n\r\u2028\u2029\u3002])+/;
const CLAUSE_BREAK = /[,:()[\]{}|]+|\s[-\u2013\u2014]+\s/;
// Why these open a clause and a segment: a context cue before them ("no fever but ...") must
// not reach a finding after them (ConText's termination terms), nor may a finding's words
// straddle them.
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'although',
  'though',
  'except',
  'whereas',
  'yet',
]);

/**
 * Splits a message into sentences and clauses on its punctuation (read after NFKD, so
 * fullwidth marks count), then into the word tokens of `normalizeText`.
 */
export function tokenizeMessage(text: string): TokenizedMessage {
  const tokens: string[] = [];
  const sentenceOf: number[] = [];
  const clauseOf: number[] = [];
  const segmentOf: number[] = [];
  let clause = 0;
  let segment = 0;
  text
    .normalize('NFKD')
    .split(SENTENCE_BREAK)
    .forEach((sentence, s) => {
      for (const part of sentence.split(CLAUSE_BREAK)) {
        const words = normalizeText(part);
        if (words.length === 0) continue;
        words.forEach((word, i) => {
          if (CLAUSE_WORDS.has(word)) {
            if (i > 0) clause++;
            segment++;
          }
          tokens.push(word);
          sentenceOf.push(s);
          clauseOf.push(clause);
          segmentOf.push(segment);
        });
        clause++;
      }
      segment++;
    });
  return { tokens, sentenceOf, clauseOf, segmentOf };
}
