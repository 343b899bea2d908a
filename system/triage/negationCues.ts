import { phrases, set, tolerant } from './cueLists.js';

// Negation triggers (NegEx, ConText), read only on exact tokens: a misspelt cue leaves the
// finding urgent, which is the safe way to be wrong.
export const NEGATIONS = phrases(
  'no|not|never|without|denies|denied|none|nor|neither|didnt|doesnt|dont|hasnt|havent|hadnt|isnt|arent|wasnt|werent|free of|negative for|no sign of|no signs of',
);
// Words after a trigger that make it no negation ("not sure", "no idea", "not only").
export const PSEUDO_NEGATION = set(
  'sure certain idea only know knows clue just matter convinced better improving improvement relief helping change longer normal like think one able seem seems want wants remember stop stopping',
);
// Words that end a negation's scope (ConText's termination terms) and words that start a new
// predicate ("no, she can't breathe"): a negation never reaches past either.
export const TERMINATORS = set(
  'but however although though yet except apart aside now then today tonight still which who whereas while because cos so until unless and also plus',
);
export const PREDICATE = set(
  'i im ive id me he hes him she shes it its they theyre them we were you youre is are am was has have feel feels felt feeling got get gets getting can cant could will wont would keeps keep just think thinks says said looks look seems seem started came comes went goes',
);
// After a negated finding, words that say it is here now after all ("never had pain like this").
export const AFFIRMING_AFTER = phrases(
  'like this|like that|this bad|so bad|as bad|before|until now|till now',
);
export const NEGATION_REACH = 8;
export const endsNegation = tolerant(new Set([...TERMINATORS, ...PREDICATE]));
