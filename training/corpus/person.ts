/** Life stage of the person a message is about. */
export type Stage = 'adult' | 'older' | 'teen' | 'child' | 'infant' | 'youngInfant';

/** Who a scenario can be about; `self` means only the writer. */
export type WhoKind =
  | 'any'
  | 'anyAge'
  | 'adult'
  | 'older'
  | 'adultOrTeen'
  | 'child'
  | 'childOrInfant'
  | 'infant'
  | 'youngInfant'
  | 'pregnant'
  | 'female'
  | 'male'
  | 'self';

/** The person a message is about: the writer (`self`) or someone the writer speaks for. */
export type Person = {
  self: boolean;
  /** Noun phrase on first mention: "I", "my husband", "my 6 week old". */
  noun: string;
  sex: 'f' | 'm';
  stage: Stage;
  ageMonths: number;
  /** True when the noun already says the age, so no age sentence is added. */
  ageStated: boolean;
  pregnant: boolean;
};

const STAGES: Record<WhoKind, readonly Stage[]> = {
  any: ['adult', 'older', 'teen', 'child'],
  anyAge: ['adult', 'older', 'teen', 'child', 'infant', 'youngInfant'],
  adult: ['adult', 'older'],
  older: ['older'],
  adultOrTeen: ['adult', 'older', 'teen'],
  child: ['child'],
  childOrInfant: ['child', 'infant', 'youngInfant'],
  infant: ['infant', 'youngInfant'],
  youngInfant: ['youngInfant'],
  pregnant: ['adult'],
  female: ['adult', 'older'],
  male: ['adult', 'older', 'teen', 'child'],
  self: ['adult', 'older'],
};

/** Whether a person can be the subject of a scenario written for `who`. */
export function personFits(who: WhoKind, person: Person): boolean {
  if (!STAGES[who].includes(person.stage)) return false;
  if (who === 'self') return person.self;
  if (who === 'pregnant') return person.pregnant;
  if (who === 'female') return person.sex === 'f';
  if (who === 'male') return person.sex === 'm';
  return true;
}

/** Whether the person is a baby (under a year). */
export function isBaby(person: Person): boolean {
  return person.stage === 'infant' || person.stage === 'youngInfant';
}
