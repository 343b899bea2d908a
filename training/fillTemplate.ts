import type { SymptomScenario } from './symptomScenarios.js';
import { SLOT_VALUES } from './symptomScenarios.js';

/** Who a message is about, as the grammar slots of a template need it. */
interface Voice {
  subj: string;
  be: string;
  have: string;
  poss: string;
  obj: string;
  pron: string;
  does: string;
  refl: string;
  s: string;
  woman: boolean;
}

const SELF: Voice = {
  subj: 'I',
  be: 'am',
  have: 'have',
  poss: 'my',
  obj: 'me',
  pron: 'I',
  does: "don't",
  refl: 'myself',
  s: '',
  woman: true,
};

const other = (subj: string, woman: boolean): Voice => ({
  subj,
  be: 'is',
  have: 'has',
  poss: woman ? 'her' : 'his',
  obj: woman ? 'her' : 'him',
  pron: woman ? 'she' : 'he',
  does: "doesn't",
  refl: woman ? 'herself' : 'himself',
  s: 's',
  woman,
});

const OTHERS: readonly Voice[] = [
  other('my husband', false),
  other('my wife', true),
  other('my son', false),
  other('my daughter', true),
  other('my dad', false),
  other('my mum', true),
  other('my grandad', false),
  other('my grandma', true),
  other('my partner', true),
  other('my brother', false),
  other('my flatmate', false),
  other('my 7 year old', false),
];

// Shared by every acuity, so that the model learns symptoms rather than tone.
const OPENINGS = [
  '',
  '',
  '',
  '',
  'hi, ',
  'hello, ',
  'please help, ',
  'sorry to bother you but ',
  'quick question, ',
  'not sure if this matters but ',
  'hi there. ',
  'good morning, ',
];
const CLOSINGS = [
  '',
  '',
  '',
  '',
  ' what should I do?',
  ' is this serious?',
  ' please advise.',
  ' any advice?',
  ' should I be worried?',
  ' what do you suggest?',
];

const TYPO_RATE = 0.08;
const LOWER_CASE_RATE = 0.2;

/** Fills one of a scenario's templates with seeded choices: who, slots, wording, a typo. */
export function fillTemplate(scenario: SymptomScenario, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const voice = pickVoice(scenario.voice, random, pick);
  const body = pick(scenario.templates).replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot in voice) return String(voice[slot as keyof Voice]);
    const values = SLOT_VALUES[slot];
    if (values === undefined) throw new Error(`template slot {${slot}} has no values`);
    return pick(values);
  });
  let text = `${pick(OPENINGS)}${body}.${pick(CLOSINGS)}`;
  if (random() < TYPO_RATE) text = dropOneLetter(text, random);
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return random() < LOWER_CASE_RATE ? text.toLowerCase() : text;
}

function pickVoice(
  kind: SymptomScenario['voice'],
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): Voice {
  const candidates = kind === 'woman' ? OTHERS.filter((v) => v.woman) : OTHERS;
  if (kind === 'self' || (kind !== 'other' && random() < 0.55)) return SELF;
  return pick(candidates);
}

// A dropped letter inside a longer word: the commonest typo, and the reason for char n-grams.
function dropOneLetter(text: string, random: () => number): string {
  const words = [...text.matchAll(/[a-z]{6,}/g)];
  if (words.length === 0) return text;
  const word = words[Math.floor(random() * words.length)] as RegExpMatchArray;
  const at = (word.index ?? 0) + 1 + Math.floor(random() * (word[0].length - 2));
  return text.slice(0, at) + text.slice(at + 1);
}
