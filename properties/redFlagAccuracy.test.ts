import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type SymptomText, symptomText } from '../generators/symptomText.js';
import { evaluateRedFlags } from '../system/triage/evaluateRedFlags.js';

// Why one fixed sample for both properties: the generator's texts carry the truth they were
// built with, so the same texts measure misses and false alarms, deterministically. Why 15,000:
// about 7,300 red-flag and 5,400 benign valid texts, sampled and read in about 1.3 s.
const valid = fc
  .sample(symptomText(), { seed: 7, numRuns: 15_000 })
  .filter((s) => s.textClass === 'ok');

const familiesOf = (s: SymptomText) => evaluateRedFlags(s.text).hits.map((h) => h.family);

describe('red-flag accuracy on generated patient messages', () => {
  test('every valid text built with a red flag raises that family (sensitivity)', () => {
    const flagged = valid.filter((s) => s.redFlag !== null);
    const misses = flagged.filter((s) => !familiesOf(s).includes(s.redFlag!));
    expect(flagged.length).toBeGreaterThan(6_000);
    expect(misses).toEqual([]);
  });

  test('few benign valid texts raise any family (specificity)', () => {
    const benign = valid.filter((s) => s.redFlag === null);
    const raised = benign.filter((s) => familiesOf(s).length > 0);
    expect(benign.length).toBeGreaterThan(4_500);
    // Why 0.5%: today 6 of 5,421 (0.11%; 0.17% on 20,000 runs) are raised, by a typo of a
    // benign word landing one edit from a red-flag word ("choping" read as choking), or by two
    // benign sentences run together inside one window, both allowed by RED_FLAGS.md. The bound
    // leaves room for new phrasings in the generator or the rules, yet fails if typo tolerance
    // loosens (two edits, short words) or a window stops binding.
    const shown = raised.slice(0, 5).map((s) => JSON.stringify(s.text));
    expect(raised.length / benign.length, shown.join('\n')).toBeLessThan(0.005);
  });
});
