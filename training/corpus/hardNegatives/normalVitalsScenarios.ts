import type { RenderContext } from '../renderTemplate.js';
import type { Scenario } from '../scenario.js';
import { normalBreathingRate, normalHeartRate } from '../scenarios/childVitalRanges.js';

const hr = (c: RenderContext) => normalHeartRate(c.rng, c.person.ageMonths);
const rr = (c: RenderContext) => normalBreathingRate(c.rng, c.person.ageMonths);

/** Hard negatives: normal vital signs written as numbers, with no complaint (ESI 5). */
export const normalVitalsScenarios: readonly Scenario[] = [
  {
    id: 'normal_vitals_adult',
    acuity: 5,
    family: null,
    who: 'adult',
    hardNegative: 'normal_vitals',
    findings: [
      'I just checked {P} blood pressure, {n:112-132}/{n:68-82}, is that OK',
      '{P} sats are {n:96-99}% and pulse {n:60-84}, {s} {feel|feels} fine, just curious',
      'Home BP readings this week for {O} have been around {n:115-130}/{n:70-84}, do you want them',
      'Temp {d:36.4-37.3}, sats {n:96-99}, bp {n:110-130}/{n:70-82}, all fine? We just got a new monitor for {O}',
      '{P} fasting blood sugar was {d:4.4-5.6} mmol/L this morning, is that normal',
      '{P} glucose is {n:82-110} mg/dL fasting, is that a good number',
      '{P} resting heart rate on {p} watch is {n:55-72}, is that healthy',
      '{P} temperature is {d:36.6-37.3} and {s} {feel|feels} fine, can {s} go back to work',
      'Oxygen level {n:96-99}% on the finger monitor for {O}, is that normal',
      '{S} measured {p} temperature at {d:97.7-99.1}F, is that a fever',
      'bp {n:118-128}/{n:76-82}, pulse {n:64-78}, sats {n:97-99}, {do|does} {s} need to send these in before {p} review',
    ],
  },
  {
    id: 'normal_vitals_child',
    acuity: 5,
    family: null,
    who: 'childOrInfant',
    needsAge: true,
    hardNegative: 'normal_vitals',
    findings: [
      (c) => `{P} heart rate is ${hr(c)} while asleep, is that normal for {p} age`,
      'B:{P} temperature is {d:36.5-37.4}, {s} {am|is} teething, is that a fever',
      (c) => `{S} {am|is} breathing about ${rr(c)} times a minute asleep, is that normal`,
      '{P} sats on the pharmacy monitor were {n:97-100}%',
      (c) =>
        `I counted {P} pulse at ${hr(c)}, {s} {am|is} happy and playing, just checking that is OK`,
      '{P} temp is {d:97.7-99.0}F, {s} felt warm but seems fine',
      (c) =>
        `Our monitor says {P} breathing rate is ${rr(c)} and heart rate ${hr(c)}, is that in range`,
      '{P} temperature was {d:36.6-37.3} under the arm this morning, all good?',
    ],
  },
];
