import type { Stage } from '../person.js';

const GROWN: readonly string[] = [
  '{s} {have|has} {~high blood pressure|type 2 diabetes|high cholesterol|an underactive thyroid|arthritis|IBS|gout|acid reflux|hay fever|psoriasis|glaucoma|mild asthma}',
  '{s} {take|takes} {~amlodipine|ramipril|a statin|levothyroxine|omeprazole|metformin|vitamin D|sertraline|lansoprazole|an antihistamine}',
  '{s} {am|is} normally fit and well',
  "{s} {don't|doesn't} take any regular medicines",
  '{s} {am|is} allergic to penicillin',
  "{s} {don't|doesn't} smoke",
  '{s} {smoke|smokes} about {n:5-20} a day',
  'No other medical problems',
  '{s} {have|has} no known allergies',
  '{s} {am|is} on {~blood pressure tablets|thyroid tablets|cholesterol tablets|a reflux tablet}',
  '{s} {drink|drinks} {~a bit at weekends|very little alcohol|socially}',
  '{s} {have|has} a dodgy knee from an old sports injury',
];

const CHILD: readonly string[] = [
  '{s} {have|has} no medical problems',
  '{s} {am|is} up to date with {p} jabs',
  '{s} {am|is} normally healthy',
  '{s} {have|has} a bit of eczema',
  '{s} {have|has} no allergies',
  "{s} {am|is}n't on any medicines",
  '{s} started {~nursery|school|a new class} {~this term|recently}',
  '{s} {am|is} usually a healthy kid',
];

const BABY: readonly string[] = [
  '{s} was born at full term',
  '{s} {am|is} {~breastfed|bottle fed|combination fed}',
  '{s} {have|has} no health problems so far',
  '{s} {have|has} had all {p} jabs so far',
  '{s} was born {~by c-section|naturally} with no problems',
  '{s} {am|is} gaining weight well according to the health visitor',
];

/** Background sentences (history, medicines, habits) that do not change the label, by stage. */
export function backgroundFor(stage: Stage): readonly string[] {
  if (stage === 'infant' || stage === 'youngInfant') return BABY;
  if (stage === 'child' || stage === 'teen') return CHILD;
  return GROWN;
}

/** Sentences stating an adult's age, used when the noun did not. */
export const AGE_SENTENCES: readonly string[] = [
  '{s} {am|is} {age}',
  '{s} {am|is} {age} years old',
  'Age {age}',
  '{~For info|FYI}, {s} {am|is} {age}',
];
