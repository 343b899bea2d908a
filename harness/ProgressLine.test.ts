import { expect, test } from 'vitest';
import { ProgressLine } from './ProgressLine.js';
import { progressText } from './runFromOptions.js';

function clock() {
  const c = { now: 0 };
  return { c, now: () => c.now };
}

test('on a terminal, redraws in place at most every 100 ms and clears at the end', () => {
  const written: string[] = [];
  const { c, now } = clock();
  const line = new ProgressLine('tty', (t) => written.push(t), now);
  let built = 0;
  const text = () => `run ${++built}`;
  line.update(text);
  c.now = 99;
  line.update(text);
  c.now = 100;
  line.update(text);
  c.now = 150;
  line.update(text);
  line.done();
  expect(written).toEqual(['\r\u001b[Krun 1', '\r\u001b[K']);
  // Why count builds: the text is built only when drawn, so a run pays nothing in between.
  expect(built).toBe(1);
});

test('in a log, writes whole lines, seldom; off writes nothing', () => {
  const written: string[] = [];
  const { c, now } = clock();
  const lines = new ProgressLine('lines', (t) => written.push(t), now);
  const off = new ProgressLine('off', (t) => written.push(`off ${t}`), now);
  for (c.now = 0; c.now <= 25_000; c.now += 100) {
    lines.update(() => `at ${c.now}`);
    off.update(() => 'never');
  }
  lines.done();
  off.done();
  expect(written).toEqual(['at 10000\n', 'at 20000\n']);
});

test('a progress line reads as figures', () => {
  expect(
    progressText(
      'conversation',
      { runs: 1200, steps: 16_500, elapsedMs: 2000, edgesCovered: 7, edgesTotal: 8, shrinks: 0 },
      ' of 60 s',
    ),
  ).toBe('conversation: 1200 runs, 16.5k steps, 8250 steps/s, edges 7/8, 2.0 s of 60 s');
  expect(
    progressText(
      'x',
      { runs: 3, steps: 9, elapsedMs: 1000, edgesCovered: 1, edgesTotal: 2, shrinks: 40 },
      '',
    ),
  ).toContain('shrinking (40 attempts)');
});
