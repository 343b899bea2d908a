import { expect, test } from 'vitest';
import { createSystem, RULES_ONLY_VERSION } from '../index.js';
import { DEFAULT_GATE_POLICY } from '../release/releaseGate.js';

// Why: an engineer's first look at a new system must show the gate that will judge a version,
// all traffic on the rules-only baseline, and no flag, not an empty or missing policy.
test('a new system shows the default gate, the baseline taking all traffic and no flag', () => {
  const view = createSystem({ seed: 1 }).deployment();
  expect(view).toMatchObject({
    versions: [],
    production: null,
    previous: [],
    staging: null,
    canary: null,
    canaryWeight: 0,
    weights: { [RULES_ONLY_VERSION]: 100 },
    gatePolicy: DEFAULT_GATE_POLICY,
    breakers: [],
    alerts: [],
    flag: null,
  });
});
