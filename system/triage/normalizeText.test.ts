import fc from 'fast-check';
import { expect, test } from 'vitest';
import { normalizeText } from './normalizeText.js';

// Printable ASCII and the whitespace the fast path accepts, weighted toward letters so that
// tokens form, with every separator and both apostrophes in play.
const asciiText = fc.string({
  unit: fc.oneof(
    { arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0189'), weight: 6 },
    {
      arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      weight: 3,
    },
    { arbitrary: fc.constantFrom('\t', '\n', '\r', "'", '`'), weight: 1 },
  ),
  maxLength: 40,
});

// Why a differential: plain ASCII takes a fast path, anything else the general one; a word
// must split the same way whichever path reads it, or a red flag matches only in one of them.
test('plain ASCII splits the same on the fast path and on the general one', () => {
  fc.assert(
    fc.property(asciiText, (text) => {
      const fast = normalizeText(text);
      // "é" forces the general path, and folds to the token "e" of its own.
      expect(normalizeText(`\u00e9 ${text}`)).toEqual(['e', ...fast]);
      expect(normalizeText(`${text} \u00e9`)).toEqual([...fast, 'e']);
      for (const tokens of [fast, normalizeText(`\u00e9 ${text}`)])
        for (const token of tokens) expect(token).toMatch(/^[a-z0-9]+$/);
    }),
    { numRuns: 1000, seed: 17 },
  );
});
