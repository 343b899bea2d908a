import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { chainProperty } from './fixtures/chainProperty.js';
import { readRegressionCases } from './readRegressionCases.js';
import { replayShrinkLog } from './replayShrinkLog.js';
import { runFromOptions } from './runFromOptions.js';
import { runProperty } from './runProperty.js';
import { ShrinkLog } from './ShrinkLog.js';

const root = mkdtempSync(join(tmpdir(), 'medassist-harness-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = (name: string) => join(root, name);

describe('statistics', () => {
  test('labels and steps per run count runs, never shrink attempts', async () => {
    const report = await runProperty(chainProperty({ labels: true }), {
      seed: 5,
      runs: 300,
      variant: 'stuck-at-s1',
      shrinkLogDir: null,
    });
    expect(report.failure).not.toBeNull();
    expect(report.statistics.runs).toBe(report.runs);
    const event = report.statistics.labels.find((l) => l.name === 'event')!;
    // Why at most: every step of a run labels its event once (the failing run stops early,
    // short of at most one trace); shrinking ran more steps than that, so counting them would
    // overshoot.
    expect(report.shrinkSteps).toBeGreaterThan(12);
    expect(event.occurrences).toBeLessThanOrEqual(report.steps);

    const passing = await runProperty(chainProperty({ labels: true }), {
      seed: 5,
      runs: 300,
      shrinkLogDir: null,
    });
    const events = passing.statistics.labels.find((l) => l.name === 'event')!;
    expect(events.occurrences).toBe(passing.steps);
    expect(events.values.map((v) => v.value)).toContain('ADVANCE');
    const deepest = passing.statistics.labels.find((l) => l.name === 'deepest state')!;
    expect(deepest.runs).toBe(300);
    expect(passing.statistics.stepsPerRun.max).toBeLessThanOrEqual(12);
  });

  test('without shrinking, the first failing trace is reported as found', async () => {
    const config = { seed: 5, runs: 300, variant: 'stuck-at-s1', shrinkLogDir: null };
    const shrunk = await runProperty(chainProperty({ labels: true }), config);
    const found = await runProperty(chainProperty({ labels: true }), { ...config, shrink: false });
    expect(found.failure).not.toBeNull();
    expect(found.shrinkSteps).toBe(0);
    expect(found.runs).toBe(shrunk.runs);
    expect(found.failure!.steps.length).toBeGreaterThanOrEqual(shrunk.failure!.steps.length);
  });

  test('the same seed gives the same report figures, guided or not', async () => {
    for (const untilCoverage of [undefined, 100]) {
      const config = {
        seed: 11,
        runs: 200,
        shrinkLogDir: null,
        ...(untilCoverage ? { untilCoverage } : {}),
      };
      const a = await runProperty(chainProperty({ labels: true }), config);
      const b = await runProperty(chainProperty({ labels: true }), config);
      expect(b.digest).toBe(a.digest);
      expect(b.statistics).toEqual(a.statistics);
      expect(b.coverage).toEqual(a.coverage);
    }
  });
});

describe('coverage-guided mode', () => {
  test('stops once the target is reached, long before the budget', async () => {
    const report = await runProperty(chainProperty(), {
      seed: 3,
      runs: 2000,
      untilCoverage: 100,
      shrinkLogDir: null,
    });
    expect(report.stoppedBy).toBe('coverage');
    expect(report.coverage[0]!.edges.covered).toBe(report.coverage[0]!.edges.total);
    expect(report.guided).toEqual({ target: 100, reachedAtRun: report.runs, walkUsesGuide: true });
    expect(report.runs).toBeLessThan(200);
    expect(report.failure).toBeNull();
  });

  // Why this test: the far end of the chain is where an unguided walk seldom goes.
  test('covers edges an unguided walk misses in the same number of runs', async () => {
    const guided = await runProperty(chainProperty(), {
      seed: 8,
      runs: 2000,
      untilCoverage: 100,
      shrinkLogDir: null,
    });
    const unguided = await runProperty(chainProperty(), {
      seed: 8,
      runs: guided.runs,
      shrinkLogDir: null,
    });
    expect(unguided.coverage[0]!.edges.covered).toBeLessThan(guided.coverage[0]!.edges.covered);
  });

  test('a property that drops the guide still stops, and the report says it went unbiased', async () => {
    const report = await runProperty(chainProperty({ guided: false }), {
      seed: 3,
      runs: 50,
      untilCoverage: 100,
      shrinkLogDir: null,
    });
    expect(report.guided?.walkUsesGuide).toBe(false);
    expect(report.guided?.reachedAtRun).toBeNull();
    expect(report.stoppedBy).toBe('runs');
  });
});

describe('failures', () => {
  test('a guided walk finds a deep bug, shrinks it, and logs expected beside actual', async () => {
    const report = await runProperty(chainProperty(), {
      seed: 1,
      runs: 1000,
      untilCoverage: 100,
      variant: 'stuck-at-s3',
      shrinkLogDir: dir('found'),
    });
    const failure = report.failure!;
    expect(failure.steps).toHaveLength(4);
    expect(failure.detail).toEqual({
      stepIndex: 3,
      invariant: 'model',
      expected: { ok: true, state: 's4' },
      actual: { ok: true, state: 's3' },
    });
    expect(failure.replay).toBe(`npm run props -- --replay ${failure.shrinkLog}`);
    const log = ShrinkLog.parse(JSON.parse(readFileSync(failure.shrinkLog!, 'utf8')));
    expect(log.failure).toEqual(failure.detail);
    expect(log.variant).toBe('stuck-at-s3');

    const again = await replayShrinkLog(failure.shrinkLog!, chainProperty());
    expect(again.failure?.detail).toEqual(failure.detail);
    expect((await replayShrinkLog(failure.shrinkLog!, chainProperty(), null)).failure).toBeNull();
  });

  test('without a shrink log, a guided failure replays by seed and target, not by path', async () => {
    const report = await runProperty(chainProperty(), {
      seed: 1,
      runs: 1000,
      untilCoverage: 100,
      maxSteps: 20,
      variant: 'stuck-at-s3',
      shrinkLogDir: null,
    });
    expect(report.failure!.replay).toBe(
      'npm run props -- --property chain --seed 1 --until-coverage 100 --max-steps 20 --variant stuck-at-s3',
    );
  });
});

describe('regression cases', () => {
  test('run first; a generated failure keeps a path that replays without them', async () => {
    const shrinkLogs = dir('regressions');
    mkdirSync(shrinkLogs, { recursive: true });
    cpSync(dir('found'), shrinkLogs, { recursive: true });
    const { cases, stale } = readRegressionCases(shrinkLogs, chainProperty());
    expect(stale).toEqual([]);
    expect(cases).toHaveLength(1);

    const passing = await runProperty(chainProperty(), {
      seed: 2,
      runs: 20,
      regressions: cases,
      shrinkLogDir: null,
    });
    expect(passing.regressions).toEqual([cases[0]!.file]);
    expect(passing.runs).toBe(21);

    const withCases = await runProperty(chainProperty(), {
      seed: 4,
      runs: 500,
      variant: 'stuck-at-s1',
      regressions: [{ file: 'a-passing-case.json', steps: [{ lane: 0, type: 'NOISE_0' }] }],
      shrinkLogDir: null,
    });
    const byPath = await runProperty(chainProperty(), {
      seed: 4,
      path: withCases.failure!.path,
      variant: 'stuck-at-s1',
      shrinkLogDir: null,
    });
    expect(byPath.failure!.steps).toEqual(withCases.failure!.steps);
  });

  test('a regression case that fails again points at its log and writes no new one', async () => {
    const shrinkLogs = dir('regressions');
    const { cases } = readRegressionCases(shrinkLogs, chainProperty());
    const report = await runProperty(chainProperty(), {
      seed: 2,
      runs: 20,
      variant: 'stuck-at-s3',
      regressions: cases,
      shrinkLogDir: dir('unused'),
    });
    expect(report.failure!.regression).toBe(cases[0]!.file);
    expect(report.failure!.error).toMatch(/^regression case .* fails again: invariant model/);
    expect(report.failure!.replay).toBe(`npm run props -- --replay ${cases[0]!.file}`);
    expect(report.failure!.detail?.stepIndex).toBe(3);
  });

  test('a stale log fails the run by name, after the generated runs', async () => {
    const shrinkLogs = dir('stale');
    mkdirSync(join(shrinkLogs, 'chain'), { recursive: true });
    const good = readRegressionCases(dir('regressions'), chainProperty()).cases[0]!.file;
    const log = JSON.parse(readFileSync(good, 'utf8'));
    writeFileSync(
      join(shrinkLogs, 'chain', '1.json'),
      JSON.stringify({ ...log, steps: [{ lane: 7, type: 'ADVANCE' }] }),
    );
    writeFileSync(join(shrinkLogs, 'chain', '2.json'), '{ not json');
    const report = await runFromOptions(
      chainProperty(),
      { runs: 10 },
      { defaultSeed: 1, defaultRuns: 10, shrinkLogDir: shrinkLogs },
    );
    expect(report.runs).toBe(10);
    expect(report.failure!.error).toContain(
      `stale shrink log ${join(shrinkLogs, 'chain', '1.json')}: step 1`,
    );
    expect(report.failure!.error).toContain('2.json: not JSON');
  });
});
