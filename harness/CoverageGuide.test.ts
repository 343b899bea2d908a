import fc from 'fast-check';
import { expect, test } from 'vitest';
import { type Choice, GUIDED_BIAS, preferFresh, walk } from '../generators/machineWalk.js';
import { CoverageGuide } from './CoverageGuide.js';
import { chainModel } from './fixtures/chainProperty.js';
import { ModelCoverage } from './ModelCoverage.js';
import { Rank, type WalkGuide } from './WalkGuide.js';
import type { MachineMove, Verdict } from './WorldModel.js';

const move = (from: string, type: string, accepted: boolean, to: string): MachineMove => ({
  machine: 'chain',
  from,
  type,
  accepted,
  to,
});

function guideThatKnows(moves: MachineMove[]): CoverageGuide {
  const guide = new CoverageGuide([chainModel]);
  const coverage = new ModelCoverage(chainModel);
  for (const m of moves) coverage.record(m.from, m.type, m.accepted, m.to);
  guide.learn([coverage]);
  return guide;
}

test('ranks new edges and refusals first, then moves toward the nearest state with something new', () => {
  const guide = guideThatKnows([
    move('s0', 'NOISE_0', true, 's0'),
    move('s0', 'ADVANCE', true, 's1'),
    move('s0', 'RESET', false, 's0'),
  ]);
  expect(guide.rank(move('s0', 'NOISE_1', true, 's0'))).toBe(Rank.NEW);
  expect(guide.rank(move('s0', 'NOISE_0', true, 's0'))).toBe(Rank.NEUTRAL);
  expect(guide.rank(move('s0', 'RESET', false, 's0'))).toBe(Rank.NEUTRAL);
  expect(guide.rank(move('s4', 'ADVANCE', false, 's4'))).toBe(Rank.NEW);
  // s0 still has untaken noise loops, so s0 is itself a frontier: advancing gets no closer.
  expect(guide.rank(move('s0', 'ADVANCE', true, 's1'))).toBe(Rank.NEUTRAL);
});

test('once a state is exhausted, the move toward the frontier ranks CLOSER', () => {
  const s0 = [
    move('s0', 'ADVANCE', true, 's1'),
    move('s0', 'RESET', false, 's0'),
    ...Array.from({ length: 6 }, (_, i) => move('s0', `NOISE_${i}`, true, 's0')),
  ];
  const guide = guideThatKnows(s0);
  expect(guide.rank(move('s0', 'ADVANCE', true, 's1'))).toBe(Rank.CLOSER);
  expect(guide.rank(move('s0', 'NOISE_3', true, 's0'))).toBe(Rank.NEUTRAL);
});

test('a frozen guide learns nothing more, so shrinking sees the walk the failing run saw', () => {
  const guide = new CoverageGuide([chainModel]);
  guide.freeze();
  const coverage = new ModelCoverage(chainModel);
  coverage.record('s0', 'ADVANCE', true, 's1');
  guide.learn([coverage]);
  expect(guide.rank(move('s0', 'ADVANCE', true, 's1'))).toBe(Rank.NEW);
});

const pool: Array<[string, Verdict]> = [
  ['noise', { accepted: true, moves: [move('s0', 'NOISE_0', true, 's0')] }],
  ['advance', { accepted: true, moves: [move('s0', 'ADVANCE', true, 's1')] }],
  ['clock', { accepted: true, moves: [] }],
];
const onlyAdvanceIsNew: WalkGuide = {
  rank: (m) => (m.type === 'ADVANCE' ? Rank.NEW : Rank.NEUTRAL),
};

test('a guided choice takes a new step, except on one pick in GUIDED_BIAS', () => {
  fc.assert(
    fc.property(fc.nat({ max: 0x7fffffff }), (pick) => {
      const chosen = preferFresh(pool, onlyAdvanceIsNew, pick);
      if (pick % GUIDED_BIAS === 0) expect(chosen).toBeUndefined();
      else expect(chosen?.[0]).toBe('advance');
    }),
    { seed: 1, numRuns: 200 },
  );
  expect(preferFresh(pool, { rank: () => Rank.NEUTRAL }, 1)).toBeUndefined();
});

test('the walk follows the guide: steps that only the guide prefers get chosen', () => {
  const spec = {
    model: {
      init: () => 0,
      judge: (_: number, step: string): Verdict => pool.find(([s]) => s === step)![1],
      apply: (w: number) => w + 1,
      print: (step: string) => step,
    },
    candidates: () => pool.map(([s]) => s),
    actions: ['any'],
    actionOf: () => 'any',
    payload: fc.constant(null),
  };
  const choices: Choice<null>[] = Array.from({ length: 50 }, (_, i) => ({
    kind: 'valid',
    action: 0,
    pick: i,
    payload: null,
  }));
  const unguided = walk(spec, choices).steps.filter((s) => s === 'advance').length;
  const guided = walk(spec, choices, onlyAdvanceIsNew).steps.filter((s) => s === 'advance').length;
  expect(unguided).toBeLessThan(25);
  expect(guided).toBeGreaterThanOrEqual(50 - Math.ceil(50 / GUIDED_BIAS) - 1);
});
