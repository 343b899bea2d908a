import type { Acuity } from '../domain/acuity.js';
import type { RedFlagFamily } from './redFlagFamily.js';
import { RED_FLAG_CONCEPTS as V } from './redFlagConcepts.js';

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

/** A red-flag family: its acuity and the patterns any one of which raises it. */
export type RedFlagRule = {
  readonly family: RedFlagFamily;
  readonly acuity: Acuity;
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
      word('gasp|gasps|gasped|gasping|choke|chokes|choked|choking|suffocat*|smother*'),
      near(5, V.SKIN_SITES, 'blue|bluish|purple|grey|gray|dusky'),
      near(6, 'wheez*', `${V.NOT_ABLE}|badly|severe|really bad`),
    ],
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    patterns: [
      word('anaphyla*|epipen|epipens|epi pen|adrenaline pen|autoinjector|auto injector'),
      near(4, 'throat', `closing|close|closes|closed|shut|shutting|narrow*|${V.TIGHT}|${V.SWELL}`),
      near(4, 'tongue|tongues|lips|lip|mouth|face|eyelids', `${V.SWELL}|puffing|puffed|thick`),
      near(25, V.ALLERGEN, 'hives|welts|rash|blotch*|itchy|itching|lumps|bumps', V.AIRWAY),
      near(20, V.ALLERGEN, 'throat|tongue|lips|lip|mouth', `${V.SWELL}|${V.TIGHT}|closing|thick`),
    ],
  },
  {
    family: 'severe_bleeding',
    acuity: 1,
    patterns: [
      near(5, V.BLEED, V.NOT_STOPPING),
      then(4, 'bleed*|bled', 'heavily|badly|lot|lots|loads|profusely|everywhere|much|heavy'),
      then(2, V.HEAVY, 'bleed*|blood loss|haemorrhag*|hemorrhag*'),
      word('haemorrhag*|hemorrhag*|coffee grounds'),
      then(1, V.MUCH_OF, 'blood'),
      near(4, 'blood', 'everywhere|pouring|gushing|spurt*|pumping|squirting|streaming|spraying'),
      then(5, V.BRING_UP, 'blood|bloody'),
      then(3, 'blood', 'vomit|sick|phlegm|spit|mucus|sputum|saliva'),
      near(10, 'soaked|soaking|soaks', 'towel*|through|bandage*|dressing*|pad|pads', V.BLEED),
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
      near(6, `${V.NOT_ABLE}|wont`, 'lift|raise|move|hold up|feel|grip', V.LIMB, V.SUDDEN_OR_SIDE),
      word('slur|slurs|slurred|slurring|slurry|garbled|garbling'),
      near(4, 'speech|speaking|talking|words|sentences', V.STRANGE_SPEECH),
      near(3, V.NOT_ABLE, V.SPEAK),
      near(4, V.LOSE, 'vision|sight|eyesight'),
      near(3, 'blind', 'eye|eyes|suddenly|sudden|went|gone|going'),
      near(5, 'cant see|cannot see|can not see|couldnt see|unable to see', V.EYE_OR_SUDDEN),
      near(6, 'went|gone|goes|going|turned', 'black|dark|blank|blurry|grey|white', 'eye|vision|sight'),
      word('double vision|seeing double'),
      near(5, 'sudden*', 'vision|sight|eye|eyes|blind'),
    ],
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    patterns: [
      word('heart attack|heart attacks|cardiac arrest|angina'),
      near(15, V.CHEST, V.CHEST_PAIN, V.RADIATES),
      near(15, V.CHEST, V.CHEST_PAIN, V.SWEATY),
      near(8, V.CHEST, V.CRUSHING),
    ],
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    patterns: [
      word('suicid*|overdos*|self harm|self harming|self harmed|selfharm|self injur*'),
      near(2, 'kill|kills|killing|harm|harming|harmed|hang|hanging|strangl*|poison*', V.SELF),
      near(2, 'drown|drowning|starve|starving|shoot|shooting|stab|stabbing', V.SELF),
      near(6, V.INTENT, 'hurt|hurting|harm|harming|cut|cutting|burn|burning|injure', V.SELF),
      near(2, 'end|ending|take|taking|took', V.A_LIFE),
      near(4, 'want|wanna|wanted|wish|wishing|wished|ready|rather|hope', 'die|dead|dying|not exist'),
      near(3, 'better off', 'without me|dead|gone|wasnt here|werent here|not here|not around'),
      near(2, 'dont|do not|didnt|no longer|not', V.WANT_TO_GO_ON),
      near(8, 'wish|want|hope|hoping|wanted|pray', 'never wake|not wake|not to wake|never to wake'),
      near(3, 'point|reason|nothing|worth', 'living|to live|live for|being alive|carrying on'),
      near(8, V.PILLS, V.ON_PURPOSE),
      near(3, 'it all|everything|all of it|my life', 'to be over|to end|over with|be over'),
      near(5, 'jump|jumping|jumped', 'bridge|train|roof|building|cliff|in front of'),
    ],
  },
  {
    family: 'fainting',
    acuity: 2,
    patterns: [
      word('fainted|fainting|faints|fainty|unconscious*|consciousness|collaps*|unresponsive'),
      word('feel faint|felt faint|feeling faint|going to faint|about to faint|nearly faint*'),
      word('blackout|blackouts|out cold|knocked out|went limp'),
      then(1, 'pass|passed|passing|passes|black|blacked|blacking', 'out'),
      then(1, 'keeled|keel|keels', 'over'),
      near(5, 'woke|came round|came to|came around', 'floor|ground'),
      near(5, V.NO_MEMORY, 'hitting|falling|fall|fell|floor|ground|collaps*'),
      then(2, V.CANT_WAKE, 'him|her|them'),
      near(3, V.PERSON, 'wont wake up|cant wake up|not waking up|isnt waking up|wouldnt wake up'),
    ],
  },
  {
    family: 'confusion',
    acuity: 2,
    patterns: [
      word('disorient*|delirious|delirium|hallucinat*|incoherent'),
      near(4, V.PERSON, 'confus*|muddled|befuddled|not herself|not himself|out of it'),
      near(3, 'suddenly|sudden|acting|agitated|drowsy|completely|totally|woke', 'confus*'),
      near(5, V.NOT, 'recogni*|recognis*', V.KNOWN_PEOPLE),
      near(5, `${V.PERSON}|${V.SPEAK}|talking|talks|saying|says|words`, V.NO_SENSE),
      near(4, 'know|knows|knew|sure|idea|remember|realise|realize', V.WHERE_WHO),
    ],
  },
];
