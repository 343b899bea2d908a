import fc from 'fast-check';
import { expect, test } from 'vitest';
import { canonicalJson } from './canonicalJson.js';

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain | undefined };

/** Plain data whose objects often hold undefined fields (never inside arrays: out of contract). */
const { plain } = fc.letrec<{ plain: Plain; field: Plain | undefined }>((tie) => ({
  plain: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.string(),
    fc.array(tie('plain')),
    fc
      .uniqueArray(fc.tuple(fc.string(), tie('field')), { selector: ([key]) => key })
      .map((entries) => Object.fromEntries(entries)),
  ),
  field: fc.option(tie('plain'), { nil: undefined, freq: 3 }),
}));

/** The same value with the keys of every object inserted in another order, drawn by `order`. */
function reordered(value: Plain | undefined, order: number[]): Plain | undefined {
  if (Array.isArray(value)) return value.map((v) => reordered(v, order) as Plain);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const shuffled: [string, Plain | undefined][] = [];
  entries.forEach((entry, i) => {
    shuffled.splice((order[i % order.length] ?? 0) % (shuffled.length + 1), 0, entry);
  });
  return Object.fromEntries(shuffled.map(([k, v]) => [k, reordered(v, order)]));
}

// Why this test: an event is hashed as appended (undefined fields and all) and re-hashed as
// stored (a JSON round trip drops them); both must give the same text, or the chain breaks.
test('a value and its stored JSON copy have the same canonical JSON', () => {
  fc.assert(
    fc.property(plain, (value) => {
      const stored = JSON.parse(JSON.stringify(value)) as unknown;
      expect(canonicalJson(value)).toBe(canonicalJson(stored));
      // Why also this: a constant function passes the line above; the text must be the value.
      expect(JSON.parse(canonicalJson(value))).toStrictEqual(stored);
    }),
    { seed: 11, numRuns: 500 },
  );
});

test('equal values with their keys in different orders have the same canonical JSON', () => {
  let reorderedRuns = 0;
  fc.assert(
    fc.property(plain, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (value, order) => {
      const other = reordered(value, order);
      if (JSON.stringify(other) !== JSON.stringify(value)) reorderedRuns++;
      expect(canonicalJson(other)).toBe(canonicalJson(value));
    }),
    { seed: 12, numRuns: 500 },
  );
  // Why: a shuffle that kept every order would make this test vacuous.
  expect(reorderedRuns).toBeGreaterThan(50);
});
