import { expect, test } from 'vitest';
import { formatScript } from './formatScript.js';
import { formatShrinkLog } from './formatShrinkLog.js';
import type { ShrinkLog } from './ShrinkLog.js';
import { sideBySide } from './sideBySide.js';

test('puts expected and actual side by side, field by field, marking differences', () => {
  const rows = sideBySide(
    { ok: true, state: 'escalated', assessment: { acuity: 2 } },
    { ok: true, state: 'routine', assessment: { acuity: 5 }, extra: [1] },
  );
  expect(rows).toEqual([
    '                     model expects  system answered',
    '  ok                 true           true',
    '≠ state              "escalated"    "routine"',
    '≠ assessment.acuity  2              5',
    '≠ extra[0]           -              1',
  ]);
});

test('compares plain values and cuts long ones', () => {
  const [, row] = sideBySide('x'.repeat(80), null);
  expect(row).toMatch(/^≠ \(value\) {2}"x+… {2}null$/);
  expect(row!.length).toBeLessThan(80);
});

test('marks the failing step of a script and shows both sides under it', () => {
  const lines = formatScript('  1. open(lane=0)\n  2. advance(lane=0)\n  3. reset(lane=1)', {
    stepIndex: 1,
    invariant: 'model',
    expected: { state: 's4' },
    actual: { state: 's3' },
  });
  expect(lines).toEqual([
    '    1. open(lane=0)',
    '>   2. advance(lane=0)',
    '       ^ invariant model broken here',
    '                model expects  system answered',
    '       ≠ state  "s4"           "s3"',
    '    3. reset(lane=1)',
  ]);
  expect(formatScript('  1. a', null)).toEqual(['    1. a']);
});

test('a shrink log prints as a script with its replay command', () => {
  const log: ShrinkLog = {
    property: 'chain',
    variant: 'stuck-at-s3',
    seed: 7,
    path: '3:1',
    steps: [{}, {}],
    script: '  1. advance(lane=0)\n  2. advance(lane=0)',
    error: 'invariant model broken at step 2: the system disagrees',
    failure: { stepIndex: 1, invariant: 'model', expected: 's4', actual: 's3' },
    version: '0.1.0',
    commit: 'abcdef0123456789abcdef0123456789abcdef01',
    recordedAt: '2026-01-01T00:00:00.000Z',
  };
  const text = formatShrinkLog('shrink-logs/chain.stuck-at-s3/7.json', log);
  expect(text).toContain('property chain on variant stuck-at-s3, seed 7, path 3:1');
  expect(text).toContain('at commit abcdef012345');
  expect(text).toContain('>   2. advance(lane=0)');
  expect(text).toContain('≠ (value)  "s4"           "s3"');
  expect(
    text.endsWith('replay: npm run props -- --replay shrink-logs/chain.stuck-at-s3/7.json'),
  ).toBe(true);
});
