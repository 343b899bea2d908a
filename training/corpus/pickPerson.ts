import type { Rng } from './createRng.js';
import type { Person, Stage, WhoKind } from './person.js';
import {
  ADULT_RELATIONS,
  adultNoun,
  childNoun,
  infantNoun,
  OLDER_RELATIONS,
  PREGNANT_RELATIONS,
  teenNoun,
  youngInfantNoun,
} from './relativeNouns.js';

type Slot = 'self' | Stage;

const WEIGHTS: Record<WhoKind, readonly [Slot, number][]> = {
  any: [
    ['self', 45],
    ['adult', 25],
    ['older', 15],
    ['child', 10],
    ['teen', 5],
  ],
  anyAge: [
    ['self', 30],
    ['adult', 15],
    ['older', 10],
    ['teen', 10],
    ['child', 20],
    ['infant', 10],
    ['youngInfant', 5],
  ],
  adult: [
    ['self', 50],
    ['adult', 30],
    ['older', 20],
  ],
  older: [
    ['self', 35],
    ['older', 65],
  ],
  adultOrTeen: [
    ['self', 50],
    ['adult', 20],
    ['older', 10],
    ['teen', 20],
  ],
  child: [['child', 1]],
  childOrInfant: [
    ['child', 55],
    ['infant', 30],
    ['youngInfant', 15],
  ],
  infant: [
    ['infant', 70],
    ['youngInfant', 30],
  ],
  youngInfant: [['youngInfant', 1]],
  pregnant: [
    ['self', 60],
    ['adult', 40],
  ],
  female: [
    ['self', 55],
    ['adult', 30],
    ['older', 15],
  ],
  male: [
    ['self', 45],
    ['adult', 20],
    ['older', 10],
    ['teen', 17],
    ['child', 8],
  ],
  self: [['self', 1]],
};

function weighted(rng: Rng, options: readonly [Slot, number][]): Slot {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [slot, w] of options) {
    roll -= w;
    if (roll < 0) return slot;
  }
  return options[options.length - 1]![0];
}

function sexFor(rng: Rng, who: WhoKind): 'f' | 'm' {
  if (who === 'pregnant' || who === 'female') return 'f';
  if (who === 'male') return 'm';
  return rng.chance(0.5) ? 'f' : 'm';
}

/** Picks who a message is about, with a noun phrase that matches their age and sex. */
export function pickPerson(rng: Rng, who: WhoKind, needsAge = false): Person {
  const slot = weighted(rng, WEIGHTS[who]);
  const sex = sexFor(rng, who);
  const pregnant = who === 'pregnant';
  const base = { sex, pregnant, self: false };
  switch (slot) {
    case 'self': {
      const older = who === 'older' || (who !== 'pregnant' && rng.chance(0.15));
      const years = older ? rng.int(66, 91) : rng.int(pregnant ? 19 : 18, pregnant ? 42 : 64);
      return {
        ...base,
        self: true,
        noun: 'I',
        stage: older ? 'older' : 'adult',
        ageMonths: years * 12,
        ageStated: false,
      };
    }
    case 'adult':
    case 'older': {
      const years =
        slot === 'older' ? rng.int(66, 94) : rng.int(pregnant ? 19 : 19, pregnant ? 43 : 64);
      const relation = pregnant
        ? rng.pick(PREGNANT_RELATIONS)
        : rng.pick((slot === 'older' ? OLDER_RELATIONS : ADULT_RELATIONS)[sex]);
      const [noun, ageStated] = adultNoun(rng, relation, years);
      return { ...base, noun, stage: slot, ageMonths: years * 12, ageStated };
    }
    case 'teen': {
      const years = rng.int(13, 17);
      const [noun, ageStated] = teenNoun(rng, sex, years, needsAge);
      return { ...base, noun, stage: 'teen', ageMonths: years * 12, ageStated };
    }
    case 'child': {
      const years = rng.int(1, 12);
      const [noun, ageStated] = childNoun(rng, sex, years, needsAge);
      return { ...base, noun, stage: 'child', ageMonths: years * 12 + rng.int(0, 11), ageStated };
    }
    case 'infant': {
      const months = rng.int(3, 11);
      const [noun, ageStated] = infantNoun(rng, sex, months, needsAge);
      return { ...base, noun, stage: 'infant', ageMonths: months, ageStated };
    }
    case 'youngInfant': {
      const days = rng.int(5, 80);
      const [noun, ageStated] = youngInfantNoun(rng, sex, days, needsAge);
      return { ...base, noun, stage: 'youngInfant', ageMonths: days / 30.4, ageStated };
    }
  }
}
