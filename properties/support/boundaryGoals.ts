import type { GoalSet } from '../../harness/GoalSet.js';
import { type ModelGoal, modelGoals } from '../../harness/modelGoals.js';
import type { Verdict, WorldModel } from '../../harness/WorldModel.js';
import { BOUNDARY_LIMITS, MAX_FILTER_VALUES } from '../../models/boundaryModel.js';
import { type BoundaryStep, EMERGENCY_REFUSALS, printBoundaryStep } from './boundaryStep.js';

type Keyed = Extract<BoundaryStep, { type: 'KEYED' }>;

/** What the goals remember of a boundary trace: the keyed requests so far. */
interface Seen {
  keyed: readonly Keyed[];
}

/** Remembers every keyed request; judges nothing (the boundary model judges the system). */
const seen: WorldModel<Seen, BoundaryStep, Verdict> = {
  init: () => ({ keyed: [] }),
  judge: () => ({ accepted: true, moves: [] }),
  apply: (w, step) => (step.type === 'KEYED' ? { keyed: [...w.keyed, step] } : w),
  print: printBoundaryStep,
};

type Goal = ModelGoal<Seen, BoundaryStep, Verdict>;

/** A keyed request reusing a key an earlier one used, with `differs` telling how. */
const reused = (name: string, differs: (first: Keyed, now: Keyed) => boolean): Goal => ({
  name,
  kind: 'goal',
  reached: ({ before, step }) =>
    step.type === 'KEYED' &&
    before.keyed.some((k) => k.key === step.key && k.actor === step.actor && differs(k, step)),
});

const listOf = (length: number, what: string): Goal => ({
  name: `a list filter of ${length} values (${what})`,
  kind: 'boundary',
  reached: ({ step }) => step.type === 'LIST' && step.length === length,
});

/**
 * The boundary property's goals, in the model's terms: the same idempotency key reused with
 * another body, for another command, by another patient; list filters at the maximum and one
 * past; sign-in bursts at and past a peer's bucket; every reason a red-flag message is refused.
 */
export const BOUNDARY_GOALS: readonly Goal[] = [
  reused(
    'the same idempotency key reused with another body',
    (a, b) => a.command === b.command && a.body !== b.body,
  ),
  reused('the same idempotency key reused for another command', (a, b) => a.command !== b.command),
  {
    name: 'the same idempotency key used by two patients',
    kind: 'goal',
    reached: ({ before, step }) =>
      step.type === 'KEYED' &&
      before.keyed.some((k) => k.key === step.key && k.actor !== step.actor),
  },
  listOf(MAX_FILTER_VALUES, 'the maximum'),
  listOf(MAX_FILTER_VALUES + 1, 'one past it'),
  {
    name: `a sign-in burst of exactly a peer's bucket (${BOUNDARY_LIMITS.peer.capacity})`,
    kind: 'boundary',
    reached: ({ step }) => step.type === 'SIGN_IN' && step.count === BOUNDARY_LIMITS.peer.capacity,
  },
  {
    name: "a sign-in burst one past a peer's bucket",
    kind: 'boundary',
    reached: ({ step }) =>
      step.type === 'SIGN_IN' && step.count === BOUNDARY_LIMITS.peer.capacity + 1,
  },
  {
    name: `a burst of wrong passwords reaching the lockout (${BOUNDARY_LIMITS.lockout.threshold})`,
    kind: 'boundary',
    reached: ({ step }) =>
      step.type === 'SIGN_IN' &&
      step.password === 'wrong' &&
      step.count >= BOUNDARY_LIMITS.lockout.threshold,
  },
  ...EMERGENCY_REFUSALS.map(
    (refusal): Goal => ({
      name: `a red-flag message with refusal ${refusal}`,
      kind: 'boundary',
      reached: ({ step }) => step.type === 'EMERGENCY' && step.refusal === refusal,
    }),
  ),
];

/** The boundary property's sometimes-goals. */
export const boundaryGoals: GoalSet<BoundaryStep> = modelGoals(seen, BOUNDARY_GOALS);
