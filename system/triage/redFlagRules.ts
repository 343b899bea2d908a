import type { Acuity } from '../domain/acuity.js';
import { RED_FLAG_CONCEPTS as V } from './redFlagConcepts.js';
import type { RedFlagFamily } from './redFlagFamily.js';

/**
 * Concepts that must all occur in a message. A concept is alternatives separated by `|`; an
 * alternative is one or more words matched on consecutive tokens; a word ending in `*` is a
 * stem (5 letters or more) that matches any token it begins.
 */
export type RedFlagPattern = {
  readonly all: readonly string[];
  /** Largest distance in tokens between the first and the last concept found (0 if one). */
  readonly within?: number;
  /** Whether the concepts must occur in the order listed. */
  readonly ordered?: boolean;
};

/**
 * A red-flag family: its acuity and the patterns any one of which raises it. Why only acuity 1
 * or 2: a red flag is an emergency by definition, so a hit escalates by its acuity alone.
 */
export type RedFlagRule = {
  readonly family: RedFlagFamily;
  readonly acuity: Extract<Acuity, 1 | 2>;
  readonly patterns: readonly RedFlagPattern[];
};

const near = (within: number, ...all: string[]): RedFlagPattern => ({ all, within });
const then = (within: number, ...all: string[]): RedFlagPattern => ({ all, within, ordered: true });
const word = (concept: string): RedFlagPattern => ({ all: [concept] });

/** The rules as data, in the order their hits are reported; documented in RED_FLAGS.md. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    family: 'breathing_difficulty',
    acuity: 1,
    patterns: [
      near(4, V.NOT_ABLE, V.BREATH),
      word(V.GASP),
      near(5, V.SKIN_SITES, V.BLUE),
      then(2, V.TURNING, 'blue|bluish|purple'),
      near(4, 'breath*', V.LABOURED),
      then(2, 'not|isnt|stopped|hasnt|no longer|wasnt', 'breathing|breathe'),
      near(6, 'wheez*', `${V.NOT_ABLE}|badly|severe|really bad`),
      // Breathlessness at rest or while talking (learned from the training data's phrasings).
      near(
        8,
        'short of breath|breathless*|out of breath',
        'sitting|resting|at rest|lying down|sitting still',
      ),
    ],
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    patterns: [
      word(V.ANAPHYLAXIS),
      then(5, 'throat', V.CLOSING),
      then(3, 'throat', `${V.TIGHT}|${V.SWELL}`),
      near(2, V.TONGUE_LIPS, `${V.SWELL}|${V.BIGGER}`),
      near(12, V.ALLERGEN, V.HIVES, V.AIRWAY),
      then(12, V.ALLERGEN, 'throat|tongue|lips|lip|mouth', `${V.SWELL}|${V.TIGHT}|closing|thick`),
    ],
  },
  {
    family: 'severe_bleeding',
    acuity: 1,
    patterns: [
      near(8, V.BLEED, V.NOT_STOPPING),
      then(4, 'bleed*|bled', V.A_LOT),
      then(2, V.HEAVY, 'bleed*|blood loss|haemorrhag*|hemorrhag*'),
      word(V.HAEMORRHAGE),
      then(3, V.MUCH_OF, 'blood'),
      near(4, 'blood', V.GUSHING),
      then(5, V.BRING_UP, 'blood|bloody'),
      then(1, V.COUGH, 'blood|bloody'),
      then(3, 'blood', V.SPUTUM),
      near(10, V.SOAKED, V.DRESSING, V.BLEED),
      near(8, 'wound|cut|gash', V.SOAKED, `${V.DRESSING}|towel|towels|cloth|through`),
    ],
  },
  {
    family: 'stroke',
    acuity: 2,
    patterns: [
      word('stroke|strokes|tia'),
      near(6, V.FACE, V.DROOP),
      near(6, V.WEAK_NUMB, V.ONE_SIDE),
      near(8, V.WEAK_NUMB, V.LIMB, V.SUDDEN),
      near(6, V.NOT_ABLE_TO, V.USE_LIMB, V.LIMB, V.SUDDEN_OR_SIDE),
      word(V.SLURRING),
      near(4, V.SPEECH, V.STRANGE_SPEECH),
      near(3, V.NOT_ABLE, V.SPEAK),
      near(4, V.LOSE, V.VISION),
      near(3, 'blind', 'eye|eyes|suddenly|sudden|went|gone|going'),
      near(5, V.CANT_SEE, V.EYE_OR_SUDDEN),
      near(6, V.WENT, V.DARK, V.ONE_EYE),
      word('double vision|seeing double'),
      near(5, 'sudden*', 'vision|sight|eye|eyes|blind'),
    ],
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    patterns: [
      word(V.HEART_ATTACK),
      near(8, V.CHEST, V.CHEST_PAIN, V.RADIATES),
      near(12, V.CHEST, V.CHEST_PAIN, V.SWEATY),
      near(8, V.CHEST, V.CRUSHING),
    ],
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    patterns: [
      word(V.SUICIDE),
      near(2, `${V.KILL}|${V.OTHER_MEANS}`, V.SELF),
      near(2, `${V.WISH}|${V.INTENT}`, 'kms'),
      near(6, V.INTENT, V.HURT, V.SELF),
      near(2, 'end|ending', V.A_LIFE),
      near(2, 'take|taking|took', V.OWN_LIFE),
      near(4, V.WISH, 'die|dead|dying|not exist'),
      near(5, 'better off', V.BETTER_OFF),
      near(2, V.NEGATED, V.WANT_TO_GO_ON),
      near(5, `${V.NEGATED}|doesnt|does not`, 'want|wants|wanting', 'alive'),
      near(8, V.WISH, V.NEVER_WAKE),
      near(3, V.NO_POINT, V.LIVING),
      near(8, V.PILLS, V.ON_PURPOSE),
      near(4, V.HOARD, V.PILLS),
      near(3, V.IT_ALL, V.OVER),
      near(5, V.JUMP, V.HEIGHT),
    ],
  },
  {
    family: 'fainting',
    acuity: 2,
    patterns: [
      word(`${V.FAINTED}|${V.FEEL_FAINT}|${V.OUT_COLD}`),
      then(1, V.PASSED, 'out'),
      then(1, 'keeled|keel|keels', 'over'),
      near(5, V.CAME_TO, V.FLOOR),
      near(5, V.NO_MEMORY, V.FALLING),
      near(8, V.WENT_BLACK, V.DOWN),
      then(2, V.CANT_WAKE, 'him|her|them'),
      near(3, V.PERSON, V.WONT_WAKE_UP),
      near(3, V.PERSON, V.NOT_RESPONDING),
    ],
  },
  {
    family: 'confusion',
    acuity: 2,
    patterns: [
      word(V.DELIRIUM),
      near(4, V.PERSON, V.CONFUSED),
      near(3, V.SUDDENLY, 'confus*'),
      near(5, V.NOT, 'recogni*|recognis*', V.KNOWN_PEOPLE),
      near(5, `${V.PERSON}|${V.SAYS}`, V.NO_SENSE),
      near(4, V.KNOW, V.WHERE_WHO),
      near(4, V.GETTING_LOST, V.OWN_HOME),
    ],
  },
];
