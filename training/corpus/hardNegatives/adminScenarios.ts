import type { Scenario } from '../scenario.js';

const admin = (id: string, findings: readonly string[]): Scenario => ({
  id,
  acuity: 5,
  family: null,
  who: 'anyAge',
  hardNegative: 'administrative',
  findings,
});

/** Hard negatives: administrative messages with no clinical content (ESI 5). */
export const adminScenarios: readonly Scenario[] = [
  admin('admin_appointments', [
    'Can I book an appointment for {O} {~next week|on Thursday|sometime this month}',
    'I need to cancel {P} appointment on {~Monday|Friday|the 14th}',
    'Can {P} appointment be moved to the afternoon',
    'Is there a {~telephone|video} appointment available for {O} this week',
    'How do I book {P} annual {~asthma|diabetes|blood pressure} review',
    'I missed {P} appointment this morning, sorry, can we rebook',
    "What time is {P} appointment tomorrow, I've lost the letter",
    'Can {S} see the same doctor as last time',
    "I'd like to register {O} at the practice",
    'Is it possible to book a {~health check|flu jab|medication review} for {O}',
  ]),
  admin('admin_documents', [
    'I:I need a sick note for {~work|my employer} {~for last week|backdated to Monday}',
    'Can {S} get {p} fit note extended',
    'Could you write a letter confirming {P} condition for {~the council|the gym|college}',
    'I need a copy of {P} medical records',
    'Can you fill in a form for {P} {~insurance|travel insurance|school trip}',
    '{S} {need|needs} a letter for {~jury service|the DVLA|work}',
    'Where do I send the form for {P} blue badge',
    'Can I get a copy of {P} vaccination history',
    'Can you confirm {P} NHS number',
    'I need a letter for {P} school about {p} allergy plan',
  ]),
  admin('admin_results', [
    'Have {P} blood test results come back',
    'I:I had {~an x-ray|a scan|bloods} last week, are the results in',
    'Can someone explain {P} results in plain English',
    'The app says {P} results are normal with no action needed, does that mean all is fine',
    'When will {P} {~urine|swab|cholesterol} results be ready',
    'I got a text saying {P} results are back, can I see them',
    'Is there any news on {P} referral to {~dermatology|physio|ENT}',
    'How long is the wait for {P} {~physio|hearing test|eye clinic} appointment',
    'Has the hospital sent {P} discharge letter through',
    'Can I get {P} ECG result from last month',
  ]),
  admin('admin_practical', [
    'What are your opening hours {~on Saturday|over Easter|this bank holiday}',
    'Is there parking at the surgery',
    'How much does a private {~medical|letter|travel vaccine} cost',
    "I've been charged twice for {P} prescription, can I get a refund",
    'I got a bill for {P} last visit, I thought it was covered by insurance',
    'How do I change {P} address and phone number',
    "I:I can't log in to the patient portal",
    'Is the pharmacy open late tonight',
    'Do you accept {~Aetna|Blue Cross|my insurance}',
    'Can I pay the invoice online',
    'Is the building wheelchair accessible',
    'How do I update {P} email address on the system',
  ]),
];
