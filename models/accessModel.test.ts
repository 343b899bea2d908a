import { expect, test } from 'vitest';
import { COMMAND_ACTIONS } from '../system/index.js';
import { MAY_RUN, OPEN_COMMANDS } from './accessModel.js';

// Why: a command the reference does not name would never be tried by the access property.
test('the reference names every command of the system, governed or open', () => {
  const named = [...Object.keys(MAY_RUN), ...OPEN_COMMANDS].sort();
  expect(named).toEqual(Object.keys(COMMAND_ACTIONS).sort());
});
