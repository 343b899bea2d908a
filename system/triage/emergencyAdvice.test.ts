import { expect, test } from 'vitest';
import { emergencyAdvice, refusedEmergencyAdvice } from './emergencyAdvice.js';

// Why: issue 16's finding. Guidance says to call for a suspected heart attack or stroke; the
// old advice told those patients a nurse would contact them.
test('a suspected heart attack, stroke, anaphylaxis or suicide plan calls now, even at acuity 2', () => {
  for (const family of [
    'cardiac_chest_pain',
    'stroke',
    'anaphylaxis',
    'suicidal_ideation',
  ] as const)
    expect(emergencyAdvice(2, [family])).toMatch(/^Call emergency services \(911\) now\./);
  expect(emergencyAdvice(2, ['stroke'])).toContain('A nurse has also been alerted');
});

test('any other acuity 2 goes to an emergency department now; acuity 1 always calls', () => {
  expect(emergencyAdvice(2, ['sepsis'])).toMatch(/^Go to an emergency department now/);
  expect(emergencyAdvice(2, [])).toMatch(/^Go to an emergency department now/);
  expect(emergencyAdvice(1, ['severe_bleeding'])).toMatch(/^Call emergency services \(911\) now\./);
});

test('a refused emergency message says what to do and that nobody was alerted', () => {
  for (const advice of [
    refusedEmergencyAdvice(1, []),
    refusedEmergencyAdvice(2, ['stroke']),
    refusedEmergencyAdvice(2, ['sepsis']),
  ]) {
    expect(advice).toMatch(
      /^(Call emergency services \(911\) now|Go to an emergency department now)/,
    );
    expect(advice).toContain('Your message was not sent, so no nurse has seen it.');
    expect(advice).not.toMatch(/alerted/);
  }
});
