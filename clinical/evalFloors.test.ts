import { expect, test } from 'vitest';
import { checkFloors, readFloors } from './evalFloors.js';
import { runEval } from './runEval.js';

// Why in `npm test`: a change that loses an emergency of the locked part, in any
// configuration a patient can meet, fails CI by the emergency's id. No timing is asserted.
test('every configuration holds its floor on the locked part of the reference set', async () => {
  const results = await runEval(['locked']);
  const { broken, stale } = checkFloors(results, readFloors());
  expect(broken, 'floors broken').toEqual([]);
  // A result better than its floor must raise it (npm run eval -- --write-floors), so that
  // the improvement cannot be lost again unnoticed.
  expect(stale, 'floors that must be raised').toEqual([]);
});
