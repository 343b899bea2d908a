import type { RenderContext } from '../renderTemplate.js';
import type { Scenario } from '../scenario.js';

const TOPICS: readonly string[] = [
  'a stroke',
  'a heart attack',
  'sepsis',
  'meningitis',
  'anaphylaxis',
  'a bad asthma attack',
  'a seizure',
  'carbon monoxide poisoning',
  'appendicitis',
  'pre-eclampsia',
  'a hypo',
  'DKA',
  'a blood clot in the lung',
  'concussion',
  'cauda equina syndrome',
  'an overdose',
  'dehydration in babies',
  'hypothermia',
  'heatstroke',
  'an ectopic pregnancy',
  'Guillain-Barre syndrome',
  'a febrile convulsion',
  'a brain haemorrhage',
  'croup',
];

const FRAMES: readonly string[] = [
  'What are the signs of %T?',
  'How would I know if someone was having %T?',
  'What should I do if someone has %T?',
  "I'm doing a first aid course, what are the warning signs of %T?",
  'My kids asked me what %T is, how do I explain it simply?',
  'Is there a checklist for spotting %T?',
  'When should you call an ambulance for %T?',
  'Can you send me some information about %T?',
  'I read an article about %T, how common is it?',
  'How is %T usually treated?',
  'Just curious, what causes %T?',
  'Hypothetically, if my partner showed signs of %T, what would I do first?',
];

const direct: readonly string[] = [
  'At what temperature should I worry about a baby?',
  'What is a normal heart rate for a 2 year old?',
  'What oxygen level is too low on a pulse oximeter?',
  'What blood pressure counts as dangerously high?',
  'How low does blood sugar have to be before it is dangerous?',
  'How do you do the glass test for a rash?',
  'What does FAST stand for with strokes?',
  'How long should a seizure last before you call 999?',
];

const topical = (ctx: RenderContext) => ctx.rng.pick(FRAMES).replace('%T', ctx.rng.pick(TOPICS));

/** Hard negatives: general questions about emergencies, with no one unwell (ESI 5). */
export const hypotheticalScenarios: readonly Scenario[] = [
  {
    id: 'hypothetical_questions',
    acuity: 5,
    family: null,
    who: 'self',
    hardNegative: 'hypothetical',
    findings: [...FRAMES.map(() => topical), ...direct],
  },
];
