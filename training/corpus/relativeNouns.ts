import type { Rng } from './createRng.js';

type Sex = 'f' | 'm';

/** Relations of adults the writer might message about, by sex. */
export const ADULT_RELATIONS: Record<Sex, readonly string[]> = {
  m: [
    'husband',
    'partner',
    'boyfriend',
    'brother',
    'son',
    'flatmate',
    'friend',
    'housemate',
    'colleague',
    'fiancé',
    'brother-in-law',
    'neighbour',
    'stepson',
    'cousin',
  ],
  f: [
    'wife',
    'partner',
    'girlfriend',
    'sister',
    'daughter',
    'flatmate',
    'friend',
    'housemate',
    'colleague',
    'fiancée',
    'sister-in-law',
    'neighbour',
    'stepdaughter',
    'cousin',
  ],
};

/** Relations of older people, by sex. */
export const OLDER_RELATIONS: Record<Sex, readonly string[]> = {
  m: [
    'dad',
    'father',
    'grandad',
    'grandpa',
    'father-in-law',
    'uncle',
    'elderly neighbour',
    'stepdad',
    'husband',
    'granddad',
  ],
  f: [
    'mum',
    'mom',
    'mother',
    'nan',
    'gran',
    'grandma',
    'mother-in-law',
    'aunt',
    'elderly neighbour',
    'wife',
    'nana',
  ],
};

/** Women who might be pregnant, as the writer would name them. */
export const PREGNANT_RELATIONS: readonly string[] = [
  'wife',
  'partner',
  'girlfriend',
  'daughter',
  'sister',
  'daughter-in-law',
  'fiancée',
  'friend',
];

const CHILD_WORD: Record<Sex, readonly string[]> = {
  m: ['son', 'boy', 'grandson', 'nephew', 'stepson'],
  f: ['daughter', 'girl', 'granddaughter', 'niece', 'stepdaughter'],
};

// Why a list: "our mum" and "our neighbour" are natural, "our husband" is not.
const SHARED = new Set([
  'son',
  'daughter',
  'neighbour',
  'flatmate',
  'housemate',
  'friend',
  'mum',
  'dad',
  'nan',
  'gran',
  'grandad',
  'nana',
  'elderly neighbour',
  'stepson',
  'stepdaughter',
]);

/** Names an adult relative, sometimes with the age in the noun. */
export function adultNoun(rng: Rng, relation: string, years: number): [string, boolean] {
  if (rng.chance(0.2)) return [`my ${years} year old ${relation}`, true];
  return [`${SHARED.has(relation) && rng.chance(0.2) ? 'our' : 'my'} ${relation}`, false];
}

/** Names a teenager, with or without the age. */
export function teenNoun(rng: Rng, sex: Sex, years: number, needsAge: boolean): [string, boolean] {
  const word = rng.pick(CHILD_WORD[sex]).replace(/^(boy|girl)$/, sex === 'm' ? 'son' : 'daughter');
  const withAge = [
    `my ${years} year old ${word}`,
    `my ${years} year old`,
    `my ${years}yo ${word}`,
    `our ${years} year old`,
  ];
  const without = [`my ${word}`, `my teenage ${word}`, `our teenage ${word}`];
  if (needsAge || rng.chance(0.5)) return [rng.pick(withAge), true];
  return [rng.pick(without), false];
}

/** Names a child aged 1 to 12. */
export function childNoun(rng: Rng, sex: Sex, years: number, needsAge: boolean): [string, boolean] {
  const word = rng.pick(CHILD_WORD[sex]);
  const kid = word === 'boy' || word === 'girl' ? `little ${word}` : word;
  const withAge = [
    `my ${years} year old`,
    `my ${years} year old ${kid}`,
    `our ${years} year old`,
    `my ${years}yo`,
    `my ${years} yr old ${kid}`,
    `our ${years} year old ${kid}`,
  ];
  const without = [
    `my ${kid}`,
    `our ${kid}`,
    `my little ${sex === 'm' ? 'boy' : 'girl'}`,
    years <= 3 ? 'my toddler' : `our youngest`,
    `my ${kid}`,
  ];
  if (needsAge || rng.chance(0.55)) return [rng.pick(withAge), true];
  return [rng.pick(without), false];
}

/** Names a baby from 3 to 11 months. */
export function infantNoun(
  rng: Rng,
  sex: Sex,
  months: number,
  needsAge: boolean,
): [string, boolean] {
  const kid = sex === 'm' ? rng.pick(['son', 'boy']) : rng.pick(['daughter', 'girl']);
  const withAge = [
    `my ${months} month old`,
    `our ${months} month old`,
    `my ${months} month old ${kid}`,
    `my ${months}-month-old`,
    `our ${months} month old baby`,
  ];
  const without = [
    'my baby',
    'our baby',
    `my baby ${sex === 'm' ? 'boy' : 'girl'}`,
    'our little one',
    'the baby',
  ];
  if (needsAge || rng.chance(0.6)) return [rng.pick(withAge), true];
  return [rng.pick(without), false];
}

/** Names a baby under 3 months; the age is given in days, weeks or (from 8 weeks) months. */
export function youngInfantNoun(
  rng: Rng,
  sex: Sex,
  days: number,
  needsAge: boolean,
): [string, boolean] {
  const weeks = Math.max(1, Math.floor(days / 7));
  const kid = sex === 'm' ? 'son' : 'daughter';
  const withAge = [
    `my ${weeks} week old`,
    `our ${weeks} week old`,
    `my ${weeks} week old ${kid}`,
    `my ${weeks}-week-old baby`,
  ];
  if (days < 28) withAge.push(`our ${days} day old`, `my ${days} day old baby`);
  if (weeks >= 8) withAge.push('my 2 month old', 'our 2 month old');
  const without = days < 42 ? ['my newborn', 'our newborn', 'my baby'] : ['my baby', 'our baby'];
  if (needsAge || rng.chance(0.7)) return [rng.pick(withAge), true];
  return [rng.pick(without), false];
}
