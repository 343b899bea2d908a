import type { GoalInfo, GoalSet } from './GoalSet.js';
import type { Verdict, WorldModel } from './WorldModel.js';

/** What a goal sees of one step: the world before, the step, the model's verdict, the world after. */
export interface GoalStep<W, S, V> {
  before: W;
  step: S;
  verdict: V;
  after: W;
  /** The step's position in the trace, from 0. */
  index: number;
}

/** A sometimes-goal judged on one step of a model's replay of the trace. */
export interface ModelGoal<W, S, V> extends GoalInfo {
  reached(at: GoalStep<W, S, V>): boolean;
}

/**
 * Goals over a world model: the trace is replayed through `model` (judge, apply) and every
 * goal is asked at every step. Why the model and not the system: a goal says what the
 * generator must reach, so it must not depend on what the system under test answers.
 */
export function modelGoals<W, S, V extends Verdict>(
  model: WorldModel<W, S, V>,
  goals: readonly ModelGoal<W, S, V>[],
): GoalSet<S> {
  return {
    goals: goals.map(({ name, kind }) => ({ name, kind })),
    observe(steps, reach) {
      let world = model.init();
      steps.forEach((step, index) => {
        const verdict = model.judge(world, step);
        const after = model.apply(world, step, verdict);
        const at = { before: world, step, verdict, after, index };
        for (const goal of goals) if (goal.reached(at)) reach(goal.name);
        world = after;
      });
    },
  };
}
