import type { Scenario } from '../scenario.js';

/** Anaphylaxis: airway compromise (ESI 1); systemic reaction or after adrenaline (ESI 2). */
export const anaphylaxisScenarios: readonly Scenario[] = [
  {
    id: 'anaphylaxis_airway',
    acuity: 1,
    family: 'anaphylaxis',
    who: 'anyAge',
    onset: ['minutes'],
    findings: [
      '{P} lips and tongue are swelling up after {~eating {~peanuts|prawns|a cashew}|a bee sting|a new antibiotic}',
      "{P} throat feels like it's closing after {~eating nuts|a wasp sting|the new tablets}",
      '{S} {am|is} wheezing and {p} face is swelling after {~a bee sting|eating something with nuts in}',
      '{S} {have|has} a severe nut allergy, had something by accident and now {p} voice has gone {~hoarse|croaky}',
      "{S} can't swallow and {p} tongue feels {~huge|thick} after {~eating sesame|a sting}",
      '{S} {am|is} covered in hives and struggling to breathe after {~a wasp sting|eating shellfish}',
      '{P} face and lips have blown up and {s} {am|is} making a whistling noise breathing',
      '{S} used {p} EpiPen but {p} throat is still tight and {s} {am|is} struggling to breathe',
      'R:{S} {am|is} having an allergic reaction, {p} eyes and lips are swollen shut and {s} {am|is} gasping',
      '{P} tongue is swelling and {s} {am|is} drooling after {~a bite of a cake|eating a curry}',
    ],
    details: [
      "{s} {have|has} an EpiPen but I'm not sure it's working",
      '{s} {have|has} had a reaction before but never this bad',
      '{s} {am|is} going very pale',
    ],
  },
  {
    id: 'anaphylaxis_systemic',
    acuity: 2,
    family: 'anaphylaxis',
    who: 'anyAge',
    onset: ['minutes'],
    findings: [
      '{S} {have|has} hives all over {p} body and {feel|feels} {~dizzy|faint} after a {~wasp|bee} sting',
      '{S} came out in a raised itchy rash everywhere after {~eating prawns|a new antibiotic} and {have|has} been sick twice',
      '{S} {am|is} flushed and itchy all over with stomach cramps after eating {~peanuts|sesame|a kiwi}',
      '{S} {have|has} a nut allergy, ate something by mistake and {have|has} hives spreading and {feel|feels} lightheaded',
      '{S} got stung and now {have|has} a blotchy rash spreading over {p} whole body and {feel|feels} weak',
      '{S} {feel|feels} like {s} {am|is} going to pass out and {am|is} covered in hives after {p} first dose of {~amoxicillin|a new antibiotic}',
      '{S} {have|has} swelling and hives on {p} arms, chest and back after {~a bee sting|eating shellfish}, and {am|is} vomiting',
      '{P} whole body has come up in welts after {~eating nuts|a sting} and {s} {feel|feels} faint',
    ],
    details: [
      'breathing is OK for now',
      'no lip swelling yet',
      '{s} {have|has} taken an antihistamine',
    ],
  },
  {
    id: 'anaphylaxis_after_adrenaline',
    acuity: 2,
    family: 'anaphylaxis',
    who: 'anyAge',
    findings: [
      'I used {P} EpiPen {n:10-40} minutes ago and {s} {feel|feels} better now, do we still need to go in',
      '{S} needed {p} adrenaline pen after eating {~nuts|sesame} and the swelling has gone down',
      "We gave {O} {p} auto-injector for a reaction and {s} {am|is} breathing fine now, but I'm not sure what's next",
      '{S} used an EpiPen for a {~wasp|bee} sting reaction, {s} {am|is} improving',
      "{P} lips swelled after {~peanut butter|a cashew} so {s} used {p} Jext pen, it's settled a bit",
      '{S} had an anaphylactic reaction {~an hour ago|just now}, used the adrenaline and {s} {seem|seems} OK',
      "I:I've just had to use my EpiPen for the first time, I feel shaky but better",
      '{S} {have|has} had {p} epipen after eating {~prawns|fish}, {do|does} {s} still need hospital',
    ],
  },
];
