import type { Scenario } from '../scenario.js';

/** Hard negatives: red-flag events long past and resolved, with a routine request (ESI 5). */
export const pastEventScenarios: readonly Scenario[] = [
  {
    id: 'past_resolved_events',
    acuity: 5,
    family: null,
    who: 'adult',
    hardNegative: 'past_resolved',
    findings: [
      '{S} had a stroke {~in 2018|back in 2019|{n:3-9} years ago} and {need|needs} {p} repeat {~statins|clopidogrel|blood pressure tablets}',
      '{S} had a heart attack {~in 2016|{n:2-10} years ago} and {am|is} due {p} annual review, can we book it',
      '{S} had sepsis {~last year|in 2021} and {am|is} fully recovered, just wondering if {s} can have the flu jab',
      '{S} had anaphylaxis to {~peanuts|bee stings|sesame} as a child and {need|needs} a new EpiPen prescription as the old one expired',
      '{S} had one seizure {n:8-20} years ago and never since, {do|does} {s} need to tell the DVLA',
      '{S} had a blood clot in {p} lung {~two years ago|in 2020}, finished the blood thinners, is it OK to fly now',
      '{S} had meningitis as a baby, is there any follow-up {s} should have',
      'I:I took an overdose years ago when I was a teenager and I am doing well now, I just need a copy of my records',
      '{S} had {p} appendix out {~in 2015|{n:3-12} years ago} and {need|needs} a letter for {p} insurance',
      '{S} had a TIA {n:2-6} years ago and {have|has} been fine since, the pharmacy needs a new prescription for {p} aspirin',
      '{S} had a cardiac arrest {n:3-8} years ago and {have|has} an ICD, just need to update {p} address',
      '{S} fainted once at a wedding {n:5-15} years ago and {have|has} been fine since, does it need to go on {p} insurance form',
      '{S} had a heart attack {~in 2015|in 2017} and {am|is} fine now, can {s} get {p} cholesterol checked',
      '{S} was in intensive care with pneumonia {~in 2019|a few years back}, completely better, and {need|needs} a fit-to-work letter',
      '{S} had a brain bleed {n:6-12} years ago and made a full recovery, can {s} start going to the gym',
      '{S} had a fit as a toddler with a fever and nothing since, {do|does} {s} need to declare it for {p} new job',
      'I:I used to self harm as a teenager but I am well now, can the note be removed from my record',
      '{S} had pre-eclampsia in {~a previous pregnancy|2019} and {am|is} asking about aspirin for next time',
    ],
  },
];
