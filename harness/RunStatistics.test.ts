import { expect, test } from 'vitest';
import { distribution } from './distribution.js';
import { RunStatistics } from './RunStatistics.js';

test('counts label values by occurrence and by run', () => {
  const s = new RunStatistics();
  s.beginRun();
  s.label('acuity', 5);
  s.label('acuity', 5);
  s.label('acuity', 2);
  s.endRun(3);
  s.beginRun();
  s.label('acuity', 2);
  s.label('fault', 'store-write');
  s.endRun(1);
  s.beginRun();
  s.endRun(0);
  const summary = s.summary();
  expect(summary.runs).toBe(3);
  expect(summary.labels).toEqual([
    {
      name: 'acuity',
      occurrences: 4,
      runs: 2,
      values: [
        { value: '2', count: 2, runs: 2 },
        { value: '5', count: 2, runs: 1 },
      ],
    },
    {
      name: 'fault',
      occurrences: 1,
      runs: 1,
      values: [{ value: 'store-write', count: 1, runs: 1 }],
    },
  ]);
  expect(summary.stepsPerRun).toEqual({ min: 0, median: 1, p90: 3, max: 3, mean: 4 / 3 });
});

test('a distribution names values some run really had', () => {
  const histogram = new Map([
    [10, 9],
    [30, 1],
  ]);
  expect(distribution(histogram)).toEqual({ min: 10, median: 10, p90: 10, max: 30, mean: 12 });
  expect(distribution(new Map())).toEqual({ min: 0, median: 0, p90: 0, max: 0, mean: 0 });
});

test('summarizes each measured quantity over all runs, to a tenth', () => {
  const s = new RunStatistics();
  s.beginRun();
  s.measure('recovery ms', 212.04);
  s.measure('recovery ms', 180);
  s.endRun(2);
  s.beginRun();
  s.measure('recovery ms', 600);
  s.endRun(1);
  const [recovery] = s.summary().measures;
  expect(recovery?.name).toBe('recovery ms');
  expect(recovery?.samples).toBe(3);
  expect(recovery?.total).toBeCloseTo(992);
  expect(recovery?.distribution).toMatchObject({ min: 180, median: 212, max: 600 });
});
