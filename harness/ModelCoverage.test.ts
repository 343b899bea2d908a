import { expect, test } from 'vitest';
import { chainModel } from './fixtures/chainProperty.js';
import { ModelCoverage } from './ModelCoverage.js';

test('counts edges, refusals and states against the machine', () => {
  const c = new ModelCoverage(chainModel);
  c.record('s0', 'ADVANCE', true, 's1');
  c.record('s0', 'ADVANCE', true, 's1');
  c.record('s0', 'RESET', false, 's0');
  const s = c.summary();
  expect(s.edges).toEqual({ covered: 1, total: chainModel.edges.size });
  expect(s.edgeCounts).toEqual({ 's0 --ADVANCE--> s1': 2 });
  expect(s.refusals.seen).toBe(1);
  expect(s.refusalCounts).toEqual({ 's0 --RESET--x': 1 });
  expect(s.states).toEqual({ covered: 2, total: 5 });
  expect(s.missingEdges).not.toContain('s0 --ADVANCE--> s1');
  expect(c.edgesCovered).toBe(1);
});

test('pairs chain per instance and never across runs', () => {
  const c = new ModelCoverage(chainModel);
  c.beginRun();
  c.record('s0', 'ADVANCE', true, 's1', 'a');
  c.record('s0', 'ADVANCE', true, 's1', 'b');
  c.record('s1', 'ADVANCE', true, 's2', 'a');
  c.beginRun();
  c.record('s2', 'RESET', true, 's0', 'a');
  const s = c.summary();
  expect(s.pairs.byInstance).toBe(true);
  expect(s.pairs.covered).toBe(1);
  expect(s.missingPairs).not.toContain('s0 --ADVANCE--> s1 --ADVANCE--> s2');
  // Why this total: every edge into a state, times every edge out of it.
  const edges = [...chainModel.edges].map((e) => e.split(/ --\w+--> /));
  const expected = edges.reduce((n, [, to]) => n + edges.filter(([from]) => from === to).length, 0);
  expect(s.pairs.total).toBe(expected);
});

test('without instances, only moves that chain make pairs', () => {
  const c = new ModelCoverage(chainModel);
  c.record('s0', 'ADVANCE', true, 's1');
  c.record('s0', 'ADVANCE', true, 's1');
  c.record('s1', 'RESET', true, 's0');
  const s = c.summary();
  expect(s.pairs.byInstance).toBe(false);
  expect(s.pairs.covered).toBe(1);
});

test('hands out each newly seen key once, for a guide', () => {
  const c = new ModelCoverage(chainModel);
  c.record('s0', 'ADVANCE', true, 's1');
  c.record('s0', 'RESET', false, 's0');
  expect(c.drainFresh().sort()).toEqual(['s0 --ADVANCE--> s1', 's0 --RESET--x']);
  c.record('s0', 'ADVANCE', true, 's1');
  expect(c.drainFresh()).toEqual([]);
});
