import { CLINIC_GOALS } from '../../generators/clinicGoals.js';
import type { GoalSet } from '../../harness/GoalSet.js';
import { type ModelGoal, modelGoals } from '../../harness/modelGoals.js';
import type { WorldModel } from '../../harness/WorldModel.js';
import type { ClinicStep } from '../../models/clinicStep.js';
import { type ClinicVerdict, type ClinicWorld, clinicWorld } from '../../models/clinicWorld.js';
import { type HttpStep, printHttpStep, WireKind } from './httpStep.js';

/** The clinic world, with wire steps judged as changing nothing (they are refused or replayed). */
const overWire: WorldModel<ClinicWorld, HttpStep, ClinicVerdict> = {
  init: clinicWorld.init,
  judge: (w, step) =>
    step.type === 'WIRE'
      ? { accepted: false, moves: [], rejection: null }
      : clinicWorld.judge(w, step),
  apply: (w, step, verdict) => (step.type === 'WIRE' ? w : clinicWorld.apply(w, step, verdict)),
  print: printHttpStep,
};

type Goal = ModelGoal<ClinicWorld, HttpStep, ClinicVerdict>;

/** A clinic goal, asked only of clinic steps. */
const clinicOnly = (goal: ModelGoal<ClinicWorld, ClinicStep, ClinicVerdict>): Goal => ({
  ...goal,
  reached: (at) =>
    at.step.type !== 'WIRE' && goal.reached(at as Parameters<typeof goal.reached>[0]),
});

/**
 * The http property's goals: every wire request kind, and the clinic's own goals (the walk is the clinic's, with half its steps: the few
 * the http budget cannot reach are left to the clinic property).
 */
export const HTTP_GOALS: readonly Goal[] = [
  ...WireKind.options.map(
    (kind): Goal => ({
      name: `a wire request of kind ${kind}`,
      kind: 'boundary',
      reached: ({ step }) => step.type === 'WIRE' && step.kind === kind,
    }),
  ),
  ...CLINIC_GOALS.filter((g) =>
    [
      'the clock landing exactly on a deadline',
      'the clock stopping 1 ms before a deadline',
      'a queue read with every filter set',
    ].includes(g.name),
  ).map(clinicOnly),
];

/** The http property's sometimes-goals, judged on the clinic world model. */
export const httpGoals: GoalSet<HttpStep> = modelGoals(overWire, HTTP_GOALS);
