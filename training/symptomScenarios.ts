import type { Acuity } from '../system/domain/acuity.js';
import type { RedFlagFamily } from '../system/triage/redFlagFamily.js';

/**
 * A kind of presentation and the message templates that voice it. `{name}` is a slot: the
 * grammar slots (`subj`, `be`, `have`, `poss`, `obj`, `pron`, `does`, `refl`, `s`) come from who is
 * affected, the others from `SLOT_VALUES`.
 */
export interface SymptomScenario {
  name: string;
  acuity: Acuity;
  family: RedFlagFamily | null;
  /** Who may be affected: the writer, someone they care for, either, or a woman (either). */
  voice: 'self' | 'other' | 'any' | 'woman';
  templates: readonly string[];
}

/** Values for the slots that do not depend on who is affected. */
export const SLOT_VALUES: Readonly<Record<string, readonly string[]>> = {
  short: ['just now', 'a few minutes ago', 'about ten minutes ago', 'in the last half hour'],
  medium: ['since this morning', 'for a few hours', 'since last night', 'all day', 'for 12 hours'],
  long: ['for two days', 'for three days', 'since last week', 'for a few days', 'for about a week'],
  limb: ['arm', 'leg', 'hand', 'wrist', 'thigh', 'forearm'],
  site: ['knee', 'elbow', 'shin', 'hand', 'ankle', 'forearm', 'back'],
  allergen: ['peanuts', 'a cashew', 'shellfish', 'prawns', 'penicillin', 'sesame'],
  sting: ['bee sting', 'wasp sting', 'hornet sting'],
  side: ['left', 'right'],
  mild: ['a mild', 'a slight', 'a bit of a', 'some'],
  severe: ['severe', 'really bad', 'terrible', 'excruciating', 'very bad'],
  med: ['blood pressure tablets', 'inhaler', 'thyroid tablets', 'contraceptive pill', 'statins'],
  weeks: ['8', '10', '12', '14', '20', '28'],
  fever: ['38', '38.2', '37.9', '38.5'],
  highFever: ['39.5', '40', '39.8', '40.2'],
};

/** The scenarios per acuity, following the label policy in `data/symptoms/README.md`. */
export const SYMPTOM_SCENARIOS: readonly SymptomScenario[] = [
  {
    name: 'not breathing or choking',
    acuity: 1,
    family: 'breathing_difficulty',
    voice: 'other',
    templates: [
      '{subj} {be} not breathing and {poss} lips are going blue',
      "{subj} can't breathe at all and {be} turning blue",
      "{subj} {be} choking on food and can't get any air in",
      "{subj} {be} gasping for breath and can't say a word",
      '{subj} stopped breathing {short}',
      "{subj} {be} having an asthma attack, the inhaler isn't working and {pron} can't speak",
    ],
  },
  {
    name: 'anaphylaxis',
    acuity: 1,
    family: 'anaphylaxis',
    voice: 'any',
    templates: [
      '{subj} ate {allergen} {short} and {poss} throat is closing up',
      '{poss} face and tongue are swelling after a {sting} and {subj} can barely breathe',
      'allergic reaction to {allergen}, {poss} throat is tight and {subj} {be} wheezing badly',
      "{subj} used {poss} epipen but {poss} lips are still swelling and {pron} can't breathe",
      '{subj} {be} covered in hives after {allergen} and {poss} tongue feels thick',
    ],
  },
  {
    name: 'massive bleeding',
    acuity: 1,
    family: 'severe_bleeding',
    voice: 'any',
    templates: [
      "{subj} cut {poss} {limb} badly and the blood won't stop, it's spurting out",
      'there is blood everywhere, {subj} {be} bleeding heavily from {poss} {limb}',
      '{subj} {be} vomiting large amounts of blood {short}',
      "{subj} {have} a deep wound on {poss} {limb} and it's soaked through three towels",
      '{subj} {be} losing so much blood from {poss} {limb}, it keeps pouring out',
    ],
  },
  {
    name: 'unresponsive or fitting',
    acuity: 1,
    family: 'fainting',
    voice: 'other',
    templates: [
      '{subj} collapsed {short} and {be} not responding',
      "{subj} {be} unconscious and won't wake up",
      "I can't wake {obj} up and {pron} {be} barely breathing",
      '{subj} collapsed and has no pulse, we are doing CPR',
      '{subj} went limp and {be} unresponsive on the floor',
    ],
  },
  {
    name: 'prolonged seizure',
    acuity: 1,
    family: null,
    voice: 'other',
    templates: [
      "{subj} {have} been having a seizure for over five minutes and it won't stop",
      "{subj} {be} fitting and shaking all over and it's not stopping",
      '{subj} had one seizure after another {short} without waking in between',
    ],
  },
  {
    name: 'chest pain, cardiac features',
    acuity: 2,
    family: 'cardiac_chest_pain',
    voice: 'any',
    templates: [
      '{subj} {have} crushing chest pain going down {poss} {side} arm, started {short}',
      '{subj} {have} tight pressure in {poss} chest spreading to {poss} jaw and {pron} {be} sweating',
      '{subj} {have} chest pain and {be} pale, cold and clammy',
      '{subj} {have} a heavy feeling on {poss} chest like a weight pressing down {medium}',
      '{subj} {have} a squeezing pain in the middle of {poss} chest that goes into {poss} back',
    ],
  },
  {
    name: 'stroke signs',
    acuity: 2,
    family: 'stroke',
    voice: 'any',
    templates: [
      '{poss} face is drooping on one side and {poss} speech is slurred',
      "{subj} suddenly can't lift {poss} {side} arm and {poss} words are coming out wrong",
      '{subj} {have} sudden numbness down the {side} side of {poss} body {short}',
      '{subj} suddenly lost the vision in one eye {short}',
      "{subj} can't get {poss} words out and {poss} smile looks lopsided",
    ],
  },
  {
    name: 'suicidal thoughts',
    acuity: 2,
    family: 'suicidal_ideation',
    voice: 'self',
    templates: [
      'I keep thinking about killing myself',
      "I don't want to be alive anymore and I have been thinking about ways to end it",
      'I have had thoughts of ending my life {long}',
      'everyone would be better off without me, I have been planning how to do it',
      'I want to die and I have been thinking about taking all my pills',
      "I've been hurting myself {long} and I feel like I might go further",
    ],
  },
  {
    name: 'suicidal thoughts, reported by someone else',
    acuity: 2,
    family: 'suicidal_ideation',
    voice: 'other',
    templates: [
      '{subj} told me {pron} wants to kill {refl}',
      '{subj} keeps saying {pron} wants to end {poss} life',
      '{subj} says {pron} {does} want to be alive anymore and {be} giving things away',
    ],
  },
  {
    name: 'fainting',
    acuity: 2,
    family: 'fainting',
    voice: 'any',
    templates: [
      '{subj} fainted {short} and hit {poss} head',
      '{subj} passed out twice today and still feel{s} dizzy',
      '{subj} blacked out while standing up {medium}',
      '{subj} fainted and {be} still very pale and shaky',
    ],
  },
  {
    name: 'sudden confusion',
    acuity: 2,
    family: 'confusion',
    voice: 'other',
    templates: [
      '{subj} {be} suddenly very confused and {does} know where {pron} {be}',
      '{subj} {be} talking nonsense and {does} recognise us',
      '{subj} woke up disorientated and agitated and {be} not making sense',
      '{subj} {be} very drowsy and confused {medium}, not {refl} at all',
    ],
  },
  {
    name: 'struggling to breathe',
    acuity: 2,
    family: 'breathing_difficulty',
    voice: 'any',
    templates: [
      '{subj} {be} really short of breath even sitting still',
      "{poss} asthma is bad {medium}, the inhaler isn't helping and {pron} {be} struggling to breathe",
      '{subj} can hardly breathe when {pron} lie{s} down and {poss} breathing is getting faster',
    ],
  },
  {
    name: 'meningitis, thunderclap headache, sick infant',
    acuity: 2,
    family: null,
    voice: 'any',
    templates: [
      "{subj} {have} a high fever, a stiff neck and a rash that doesn't fade under a glass",
      '{subj} {have} the worst headache of {poss} life, it came on all at once {short}',
      'my baby has a fever of {highFever} and is floppy and not feeding',
    ],
  },
  {
    name: 'pre-eclampsia signs',
    acuity: 2,
    family: null,
    voice: 'woman',
    templates: [
      '{subj} {be} {weeks} weeks pregnant with a severe headache and a swollen face',
      '{subj} {be} {weeks} weeks pregnant and {have} flashing lights in {poss} eyes and a headache',
      '{subj} {be} {weeks} weeks pregnant and the baby has stopped moving {medium}',
    ],
  },
  {
    name: 'severe abdominal pain',
    acuity: 3,
    family: null,
    voice: 'any',
    templates: [
      '{subj} {have} {severe} pain in {poss} lower right belly {medium}',
      "{subj} {have} {severe} stomach cramps and can't stand up straight",
      '{severe} pain in {poss} side going round to the groin, it comes in waves',
      "{subj} can't pee at all {medium} and {poss} lower belly is very painful",
    ],
  },
  {
    name: 'persistent vomiting, dehydration',
    acuity: 3,
    family: null,
    voice: 'any',
    templates: [
      "{subj} {have} been vomiting {medium} and can't keep any fluids down",
      '{subj} {be} very thirsty and dizzy and {have} barely passed urine {medium}',
      '{subj} {have} had diarrhoea and vomiting {long} and {be} getting weak',
      '{poss} mouth is dry, {pron} {be} weak and {have} not kept water down {medium}',
    ],
  },
  {
    name: 'broken bone',
    acuity: 3,
    family: null,
    voice: 'any',
    templates: [
      '{subj} fell and {poss} {limb} looks bent and very swollen, I think it is broken',
      "{subj} heard a crack when {pron} fell on {poss} wrist and can't move it",
      "{subj} fell off a ladder and can't put any weight on {poss} ankle, it looks deformed",
    ],
  },
  {
    name: 'pregnancy bleeding',
    acuity: 3,
    family: null,
    voice: 'woman',
    templates: [
      '{subj} {be} {weeks} weeks pregnant and {have} some spotting and cramping',
      '{subj} {be} {weeks} weeks pregnant and {have} had light bleeding {medium}',
      '{subj} {be} pregnant and {have} period-like pains and a little blood {medium}',
    ],
  },
  {
    name: 'high fever, deep cut, bad burn, head knock',
    acuity: 3,
    family: null,
    voice: 'any',
    templates: [
      "{subj} {have} a fever of {highFever} that won't come down with paracetamol {medium}",
      "deep cut on {poss} {limb} from a knife, the bleeding has stopped but it's gaping and needs stitches",
      '{subj} burned {poss} {limb} with boiling water and there are big blisters',
      '{subj} hit {poss} head {medium}, did not black out but {have} a headache and feel{s} sick',
      '{subj} {have} a red, hot, spreading swelling on {poss} {limb} and a temperature',
      'something flew into {poss} eye while grinding metal and it is very painful and red',
    ],
  },
  {
    name: 'fever, earache, sore throat, UTI',
    acuity: 4,
    family: null,
    voice: 'any',
    templates: [
      '{subj} {have} had a temperature of {fever} {medium} but {be} drinking fine',
      '{subj} {have} {mild} earache {long}',
      '{subj} {have} a sore throat and swollen glands {long}',
      '{subj} {have} burning when {pron} pee{s} and need{s} to go all the time {medium}',
      '{subj} {have} a cough with green phlegm and a slight temperature {long}',
      '{poss} eye is red and sticky with yellow discharge {medium}',
    ],
  },
  {
    name: 'rash, sprain, back pain, toothache',
    acuity: 4,
    family: null,
    voice: 'any',
    templates: [
      '{subj} {have} an itchy rash on {poss} {site} {long}',
      '{subj} twisted {poss} ankle playing football, it is swollen but {pron} can walk on it',
      '{subj} {have} {mild} back pain after lifting boxes {medium}',
      '{subj} {have} had toothache {long}, painkillers help a bit',
      '{subj} {have} a headache that comes and goes {long}, paracetamol helps',
      '{subj} {have} had diarrhoea {medium} but {be} keeping fluids down',
      '{subj} burned {poss} finger on the oven, a small red sore patch',
    ],
  },
  {
    name: 'cold, mild cough',
    acuity: 5,
    family: null,
    voice: 'any',
    templates: [
      '{subj} {have} a runny nose and sneezing {long}',
      '{subj} {have} {mild} cold, nothing else',
      '{subj} {have} {mild} dry cough {long} but otherwise feel{s} fine',
      'no chest pain and no trouble breathing, just a blocked nose {long}',
      '{subj} {have} hay fever, itchy eyes and sneezing {long}',
    ],
  },
  {
    name: 'prescriptions and admin',
    acuity: 5,
    family: null,
    voice: 'self',
    templates: [
      'I need a repeat prescription for my {med}',
      'can I get more of my {med} before I run out',
      'I need a sick note for work, I am over the flu now',
      'how do I book a routine blood test',
      'is it ok to take vitamin D with my {med}',
      'when should I get the flu jab this year',
    ],
  },
  {
    name: 'minor scrape, bite, aches',
    acuity: 5,
    family: null,
    voice: 'any',
    templates: [
      '{subj} grazed {poss} {site}, it is a small scrape and already scabbing over',
      '{subj} {have} an itchy mosquito bite on {poss} {site}',
      '{subj} {have} sore muscles after the gym {medium}',
      '{subj} {have} {mild} dry skin on {poss} {site}',
      '{subj} {have} a paper cut on {poss} finger, just a small one',
    ],
  },
];
