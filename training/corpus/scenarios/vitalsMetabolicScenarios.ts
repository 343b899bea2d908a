import type { Scenario } from '../scenario.js';

/** Danger-zone temperature and glucose readings, in both unit systems. */
export const vitalsMetabolicScenarios: readonly Scenario[] = [
  {
    id: 'vitals_temperature_extreme',
    acuity: 2,
    family: 'abnormal_vitals',
    who: 'adult',
    findings: [
      '{P} temperature is only {d:32.0-34.8}C and {s} {am|is} {~shivering|very cold}',
      '{S} {am|is} burning up with a temp of {d:41.0-42.0} degrees',
      "{P} temperature is {d:105.8-107.6}F and {s} {am|is}n't sweating",
      '{S} {have|has} been out in the heat and {p} temperature is {d:41.0-41.9}C',
      '{P} temp is reading {d:90.0-94.5}F and {s} {am|is} shivering and pale',
      'R:{S} was found in a cold house, temperature {d:33.0-34.9}°C',
      '{P} thermometer says {d:41.1-42.0} and {s} {feel|feels} terrible',
      '{P} core temp is {d:32.5-34.5} after {~a swim in the sea|a night on the floor}',
      'Temp {d:41.0-41.8}C even after paracetamol, {S} {am|is} red hot',
    ],
  },
  {
    id: 'vitals_glucose_low',
    acuity: 2,
    family: 'abnormal_vitals',
    who: 'adult',
    findings: [
      '{P} blood sugar is {d:1.8-2.9} mmol/L and {s} {am|is} shaky and sweaty',
      '{P} sugar is {n:32-52} mg/dL and {s} {am|is} trembling',
      "{S} {am|is} type 1 and {p} glucose is {d:2.0-2.9}, {s} {have|has} had juice but it's not coming up",
      '{P} Libre {~says|is showing} {d:1.9-2.8} with a down arrow',
      'BG {n:35-50} mg/dl and falling, {S} {feel|feels} {~weak|wobbly}',
      '{S} {have|has} taken too much insulin and {p} sugar is {d:2.1-2.9} mmol',
      '{P} blood glucose reads {n:38-52} and {s} {am|is} pale and sweating',
      '{S} {am|is} hypo, {d:2.2-2.9} on the meter, and it keeps dropping after two lots of sweets',
    ],
  },
  {
    id: 'vitals_glucose_high',
    acuity: 2,
    family: 'abnormal_vitals',
    who: 'adultOrTeen',
    findings: [
      '{P} blood sugar is {d:25.0-33.3} mmol/L and {s} {am|is} vomiting',
      '{P} glucose meter just says HI and {s} {am|is} really thirsty and being sick',
      '{S} {am|is} type 1, {p} sugar is {n:450-600} mg/dL and {p} ketones are {d:1.6-5.0}',
      '{P} ketones are {d:3.0-5.5} and blood sugar {d:22.5-30.0}, and {s} {am|is} breathing heavily',
      "BG {n:480-590} and {S} {have|has} tummy pain and can't keep fluids down",
      '{P} sugars have been over {n:25-30} all day and {s} {am|is} peeing constantly and vomiting',
      '{S} {am|is} type 1 with a tummy bug, sugar {d:24.0-33.0} and ketones {d:2.0-4.5}',
      '{P} blood sugar is {n:500-600} mg/dl and {p} breath smells {~fruity|like pear drops}',
    ],
  },
];
