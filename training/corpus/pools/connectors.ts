import type { Stage } from '../person.js';

const ANY_INTROS: readonly string[] = [
  "I'm messaging on behalf of {O}",
  "I'm writing about {O}",
  'This is about {O}, not me',
  'Asking for {O}',
  "I'm worried about {O}",
  "It's about {O}",
  'Question about {O}',
  'I need advice about {O}',
];

const GROWN_INTROS: readonly string[] = [
  ...ANY_INTROS,
  "I'm writing for {O} as {s} {don't|doesn't} use the app",
  '{O} asked me to message for {o}',
];

const OLDER_INTROS: readonly string[] = [...GROWN_INTROS, 'I look after {O}', "I'm {P} carer"];

/** Sentences that introduce the person a relative writes about; afterwards pronouns follow. */
export function relativeIntrosFor(stage: Stage): readonly string[] {
  if (stage === 'older') return OLDER_INTROS;
  return stage === 'adult' ? GROWN_INTROS : ANY_INTROS;
}

/** Sentences in which writers introduce themselves. */
export const SELF_INTROS: readonly string[] = [
  "I'm {age}",
  "I'm a {age} year old {man}",
  '{age} year old {man} here',
  "I'm {age} and a patient with you",
];

/** Lead-ins for a second, minor complaint. */
export const SECOND_COMPLAINT_LEADS: readonly string[] = [
  'Also',
  'Also,',
  'On another note,',
  'Separately,',
  'Unrelated, but',
  'Oh and',
  'And',
  "While I'm here,",
  'Another thing,',
  'PS',
  'Not as important but',
];

/** Lead-ins for a negated red flag. */
export const NEGATION_LEADS: readonly string[] = [
  '',
  '',
  '',
  'But ',
  'Just to say, ',
  'To be clear, ',
  'FYI ',
];
