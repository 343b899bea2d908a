import { readFileSync } from 'node:fs';

/**
 * A message the rules-only baseline triages at acuity 3 without a red flag: it opens a review
 * case and notifies every nurse, and raises no escalation.
 */
export const CASE_TEXT = 'I have been vomiting since this morning and I feel weak';

/**
 * Patient messages of every acuity, from the held-out split of the labelled data set
 * (`data/symptoms/test.jsonl`): emergencies, red flags, review cases and self-care.
 */
export function symptomTexts(): string[] {
  return readFileSync('data/symptoms/test.jsonl', 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => String((JSON.parse(line) as { text: string }).text));
}
