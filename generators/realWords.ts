import { ALL_STATEMENTS } from './statements/allStatements.js';
import { BENIGN_SENTENCES as AROUND } from './statements/benignSentences.js';
import { BENIGN_SENTENCES, HOSTILE_TEXTS } from './symptomPhrases.js';

/**
 * Every word the generator's own texts use, lower case. Why: a typo that spells one of them
 * ("sight" typed "tight") is a real-word error, which no reader can tell from the word itself,
 * so the generator does not make one; this list is the generator's, not the rules'.
 */
export const REAL_WORDS: ReadonlySet<string> = new Set(
  [
    ...ALL_STATEMENTS.flatMap((s) => [
      s.firstPerson,
      s.thirdPerson,
      s.negated,
      s.past,
      s.familyHistory,
      s.hypothetical,
    ]),
    ...AROUND,
    ...BENIGN_SENTENCES,
    ...HOSTILE_TEXTS,
  ].flatMap(
    (t) =>
      t
        .toLowerCase()
        .replace(/['\u2019]/g, '')
        .match(/[a-z]+/g) ?? [],
  ),
);
