import { describe, expect, test } from 'vitest';
import { type ChainStep, chainProperty, type World } from './fixtures/chainProperty.js';
import { formatGoals } from './formatGoals.js';
import { GoalTally } from './GoalTally.js';
import type { ModelGoal } from './modelGoals.js';
import { runFromOptions } from './runFromOptions.js';
import { runProperty } from './runProperty.js';
import type { Verdict } from './WorldModel.js';

type Goal = ModelGoal<World, ChainStep, Verdict>;

const atEnd: Goal = {
  name: 'a lane at the end of its chain',
  kind: 'goal',
  reached: ({ after, before }) => after.includes('s4') && !before.includes('s4'),
};
const refused: Goal = {
  name: 'a reset refused at the start',
  kind: 'boundary',
  reached: ({ step, verdict }) => step.type === 'RESET' && !verdict.accepted,
};
// Why a goal no walk can reach: the chain never moves past s4, so this stands for a corner the
// generator does not reach, which must fail a default budget rather than pass unseen.
const beyond: Goal = {
  name: 'a lane past the end',
  kind: 'goal',
  reached: ({ after }) => after.includes('s5'),
};

describe('sometimes-goals', () => {
  test('each goal is counted in the runs and steps that reach it, and reported', async () => {
    const report = await runProperty(chainProperty({ goals: [atEnd, refused] }), {
      seed: 3,
      runs: 300,
      maxSteps: 30,
      shrinkLogDir: null,
      requireGoals: true,
    });
    expect(report.failure).toBeNull();
    const [end, refusal] = report.goals;
    expect(end).toMatchObject({ name: atEnd.name, kind: 'goal' });
    expect(end!.runs).toBeGreaterThan(0);
    expect(end!.runs).toBeLessThanOrEqual(report.runs);
    expect(end!.steps).toBeGreaterThanOrEqual(end!.runs);
    expect(refusal!.runs).toBeGreaterThan(0);
    expect(formatGoals(report.goals)[0]).toBe(
      'data coverage: goals 1/1 reached, boundary classes 1/1 reached',
    );
  });

  test('a goal never reached fails a run that requires goals, and only that', async () => {
    const def = chainProperty({ goals: [atEnd, beyond] });
    const config = { seed: 3, runs: 100, maxSteps: 30, shrinkLogDir: null };
    const required = await runProperty(def, { ...config, requireGoals: true });
    expect(required.failure?.error).toBe(
      'sometimes-goals never reached in 100 runs: a lane past the end',
    );
    expect(formatGoals(required.goals)).toContain('  goal a lane past the end: NEVER reached');
    const reported = await runProperty(def, config);
    expect(reported.failure).toBeNull();
    expect(reported.goals.find((g) => g.name === beyond.name)?.runs).toBe(0);
  });

  test('the options of a default budget require the goals; a variant run does not', async () => {
    const def = chainProperty({ goals: [atEnd, beyond] });
    const settings = { defaultSeed: 3, defaultRuns: 50, shrinkLogDir: 'no-such-dir' };
    const required = await runFromOptions(def, { requireGoals: true }, settings);
    expect(required.failure?.error).toMatch(/^sometimes-goals never reached in 50 runs/);
    const variant = await runFromOptions(
      def,
      { requireGoals: true, variant: 'stuck-at-s3', shrink: false },
      settings,
    );
    expect(variant.failure?.error ?? '').not.toMatch(/sometimes-goals/);
  });

  test('shrink attempts are not counted; a failing run keeps its own failure', async () => {
    const report = await runProperty(chainProperty({ goals: [refused, beyond] }), {
      seed: 5,
      runs: 300,
      variant: 'stuck-at-s1',
      shrinkLogDir: null,
      requireGoals: true,
    });
    expect(report.failure?.error).toContain('invariant model broken');
    expect(report.goals.every((g) => g.runs <= report.runs)).toBe(true);
  });

  test('a goal the property did not declare throws', () => {
    const tally = new GoalTally([{ name: 'declared', kind: 'goal' }]);
    tally.beginRun();
    tally.reach('declared');
    expect(() => tally.reach('misspelt')).toThrow(/no goal "misspelt"/);
    expect(tally.summary()).toEqual([{ name: 'declared', kind: 'goal', steps: 1, runs: 1 }]);
  });
});
