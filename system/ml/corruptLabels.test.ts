import fc from 'fast-check';
import { expect, test } from 'vitest';
import { corruptLabels } from './corruptLabels.js';
import type { LabelledExample } from './labelledExample.js';

const example = fc.record({
  text: fc.string({ maxLength: 5 }),
  acuity: fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<LabelledExample['acuity']>,
  family: fc.constant(null),
});

test('corruption moves exactly the fraction asked of acuity 1-4 labels, only toward less urgent', () => {
  fc.assert(
    fc.property(
      fc.array(example, { maxLength: 80 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.nat(),
      (examples, fraction, seed) => {
        const corrupted = corruptLabels(examples, fraction, seed);
        const movable = examples.filter((e) => e.acuity < 5).length;
        let moved = 0;
        corrupted.forEach((c, i) => {
          const original = examples[i] as LabelledExample;
          expect(c.text).toBe(original.text);
          expect(c.acuity).toBeGreaterThanOrEqual(original.acuity);
          if (c.acuity !== original.acuity) moved++;
        });
        expect(moved).toBe(Math.round(fraction * movable));
        expect(corruptLabels(examples, fraction, seed)).toEqual(corrupted);
      },
    ),
  );
});
