import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type MessageViolation, messageViolation } from '../system/conversation/messageLimits.js';
import { evaluateRedFlags } from '../system/triage/evaluateRedFlags.js';
import { ALL_STATEMENTS } from './statements/allStatements.js';
import { type SymptomText, SymptomTextSchema, symptomText } from './symptomText.js';

const VIOLATION: Record<SymptomText['textClass'], MessageViolation | null> = {
  ok: null,
  empty: 'message_empty',
  oversize: 'message_too_long',
  invalid_characters: 'message_invalid_characters',
};

/** Valid red-flag texts the central property checks, at the least. */
const CENTRAL_RUNS = 20_000;

describe('symptomText', () => {
  test('the class a text was built to be is the one messageLimits gives it', () => {
    fc.assert(
      fc.property(symptomText(), (s) => {
        expect(messageViolation(s.text)).toBe(VIOLATION[s.textClass]);
      }),
      { numRuns: 5_000, seed: 20_251 },
    );
  });

  test('every valid red-flag text escalates (acuity 2 or more urgent) on a red-flag rule', () => {
    fc.assert(
      fc.property(symptomText(), (s) => {
        // Runs skipped here do not count toward numRuns: 20,000 red-flag texts are checked.
        fc.pre(s.textClass === 'ok' && s.redFlag !== null);
        const verdict = evaluateRedFlags(s.text);
        expect(verdict.acuity).toBeLessThanOrEqual(2);
        expect(verdict.hits.length).toBeGreaterThan(0);
      }),
      { numRuns: CENTRAL_RUNS, seed: 7_331 },
    );
  });

  test('benign valid texts are rarely flagged (over-triage is allowed, but kept low)', () => {
    const benign = fc
      .sample(symptomText(), { numRuns: 20_000, seed: 4_242 })
      .filter((s) => s.textClass === 'ok' && s.redFlag === null);
    const flagged = benign.filter((s) => evaluateRedFlags(s.text).hits.length > 0);
    const rate = flagged.length / benign.length;
    console.info(
      `false positives: ${flagged.length} of ${benign.length} (${(rate * 100).toFixed(2)}%)`,
    );
    expect(benign.length).toBeGreaterThan(5_000);
    expect(rate).toBeLessThan(0.02);
  });

  test('the mix covers every class and every family', () => {
    const samples = fc.sample(symptomText(), { numRuns: 4_000, seed: 99 });
    const share = (c: SymptomText['textClass']) =>
      samples.filter((s) => s.textClass === c).length / samples.length;
    expect(share('ok')).toBeGreaterThan(0.8);
    for (const c of ['empty', 'oversize', 'invalid_characters'] as const) {
      expect(share(c)).toBeGreaterThan(0.03);
    }
    const seen = new Set(samples.filter((s) => s.textClass === 'ok').map((s) => s.redFlag));
    for (const family of new Set(ALL_STATEMENTS.map((s) => s.family)))
      expect(seen).toContain(family);
    expect(samples.some((s) => s.textClass === 'oversize' && s.redFlag !== null)).toBe(true);
    expect(samples.some((s) => s.textClass === 'invalid_characters' && s.redFlag !== null)).toBe(
      true,
    );
  });

  test('generated values replay through the schema unchanged', () => {
    for (const s of fc.sample(symptomText(), { numRuns: 500, seed: 5 })) {
      expect(SymptomTextSchema.parse(s)).toEqual(s);
    }
  });

  test('a failure shrinks to a short benign valid text', () => {
    // Why this test? Counterexamples must read like a patient's message, not like noise.
    const details = fc.check(
      fc.property(symptomText(), () => false),
      { seed: 3 },
    );
    expect(details.counterexample?.[0]).toEqual({
      text: 'I have a mild headache',
      textClass: 'ok',
      redFlag: null,
    });
  });
});
