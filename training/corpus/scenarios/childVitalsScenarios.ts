import type { RenderContext } from '../renderTemplate.js';
import type { Scenario } from '../scenario.js';
import { dangerBreathingRate, dangerHeartRate } from './childVitalRanges.js';

const hr = (c: RenderContext) => dangerHeartRate(c.rng, c.person.ageMonths);
const rr = (c: RenderContext) => dangerBreathingRate(c.rng, c.person.ageMonths);

/** Children's danger-zone vitals by age band, and fever of 38C or more under 3 months (ESI 2). */
export const childVitalsScenarios: readonly Scenario[] = [
  {
    id: 'vitals_child_by_age',
    acuity: 2,
    family: 'abnormal_vitals',
    who: 'childOrInfant',
    needsAge: true,
    findings: [
      (c) =>
        `{P} heart rate is ${hr(c)} and {s} {am|is} {~lying quietly|resting|just sitting on my lap}`,
      (c) => `{S} {am|is} breathing ${rr(c)} times a minute, I counted`,
      (c) => `I counted {P} breaths at ${rr(c)} a minute while {s} was calm`,
      (c) => `{P} pulse on the oximeter is ${hr(c)} and {s} {am|is} not crying`,
      (c) => `The monitor shows a heart rate of ${hr(c)} for {O}`,
      (c) => `{S} {am|is} taking ${rr(c)} breaths per minute even asleep`,
      (c) => `{P} heart is beating ${hr(c)} times a minute while {s} {am|is} resting`,
      (c) => `Resp rate ${rr(c)} and pulse ${hr(c)}, {S} {seem|seems} tired`,
      () => '{P} sats are {n:86-91}% on the home monitor',
    ],
  },
  {
    id: 'vitals_young_infant_fever',
    acuity: 2,
    family: 'abnormal_vitals',
    who: 'youngInfant',
    needsAge: true,
    findings: [
      '{P} temperature is {d:38.0-39.6}C',
      '{S} {have|has} a temp of {d:100.4-103.0}F',
      '{S} feels hot and the thermometer says {d:38.0-39.2}',
      '{S} {have|has} a fever of {d:38.1-39.0} degrees',
      '{P} temperature is reading {d:38.0-38.8} under the arm',
      '{S} {am|is} a bit hot, {d:38.0-38.6} on the ear thermometer, but otherwise {seem|seems} OK',
      'I took {P} temp twice and got {d:38.2-39.4} both times',
      '{P} forehead is hot and {p} temp is {d:100.4-102.2}F',
      '{S} {have|has} a temperature of {d:38.0-38.9} and {am|is} a bit grizzly',
    ],
    details: ['{s} {am|is} feeding OK', '{s} {am|is} a bit more sleepy than usual', 'no rash'],
  },
];
