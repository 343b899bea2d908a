import type { Scenario } from '../scenario.js';

/** Hard negatives: a relative's history of a red-flag condition, asked about by a well writer (ESI 5). */
export const relativeHistoryScenarios: readonly Scenario[] = [
  {
    id: 'relative_history_questions',
    acuity: 5,
    family: null,
    who: 'self',
    hardNegative: 'relative_history',
    findings: [
      'My {~dad|father|uncle|grandad} had a heart attack at {n:45-60}, should I get my cholesterol checked',
      'My {~mum|sister|nan} had a stroke {~last year|a few years ago}, am I at higher risk',
      'My {~brother|cousin} has epilepsy, could my kids inherit it',
      'My {~dad|mum} died of a heart attack young, what tests should I have',
      'My {~sister|mum} had sepsis last year and it scared me, how would I spot it',
      'My {~brother|dad} had a blood clot, should I avoid the pill',
      'My {~grandad|uncle} had an aortic aneurysm, is there a screening test for me',
      'My {~friend|cousin} had meningitis at uni, should I get the MenACWY jab',
      'My mum had pre-eclampsia when she had me, will I get it in pregnancy',
      "There's a lot of type 1 diabetes in my family, can my children be tested",
      'My {~dad|sister} had bowel cancer, when should I start screening',
      'My {~brother|uncle} died suddenly of a heart problem at {n:30-45}, should I have an ECG',
      'My {~mum|aunt} has just been diagnosed with high blood pressure, should I check mine',
      'My {~grandma|mum} had a brain aneurysm, can I be scanned',
    ],
  },
];
