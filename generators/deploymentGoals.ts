import type { GoalSet } from '../harness/GoalSet.js';
import { type ModelGoal, modelGoals } from '../harness/modelGoals.js';
import type { WorldModel } from '../harness/WorldModel.js';
import { DEPLOYMENT_PATIENTS, DEPLOYMENT_RULES } from '../models/deploymentRoster.js';
import {
  type DeploymentVerdict,
  type DeploymentWorld,
  type ExpectedServing,
  versionIn,
} from '../models/deploymentState.js';
import type { DeploymentStep } from '../models/deploymentStep.js';

type Goal = ModelGoal<DeploymentWorld, DeploymentStep, DeploymentVerdict>;

const servedAs = (outcome: ExpectedServing['outcome']): Goal => ({
  name: `a message served with outcome ${outcome}`,
  kind: 'boundary',
  reached: ({ verdict }) => verdict.serving?.outcome === outcome,
});

const canaryServes = (patient: number): Goal => ({
  name: `the canary serving ${DEPLOYMENT_PATIENTS[patient]!.name}`,
  kind: 'boundary',
  reached: ({ before, step, verdict }) =>
    step.type === 'SEND' &&
    step.patient === patient &&
    verdict.serving?.target !== null &&
    verdict.serving?.target === versionIn(before, 'canary'),
});

/** Where a clock step lands relative to the end of each open breaker's cooldown. */
const cooldownLanding = (w: DeploymentWorld, step: DeploymentStep): number[] =>
  step.type !== 'ADVANCE_CLOCK'
    ? []
    : w.breakers.flatMap((b) =>
        b?.state === 'open' ? [w.now + step.ms - (b.openedAt + DEPLOYMENT_RULES.cooldownMs)] : [],
      );

/**
 * The deployment property's goals, in the model's terms: a canary at its last weight and
 * serving the patients of its first two slices, the outcomes of a call, a breaker half-open
 * after its cooldown and the clock landing on that cooldown's end (or 1 ms short), an alert of
 * the canary analysis, a restart during a canary.
 */
export const DEPLOYMENT_GOALS: readonly Goal[] = [
  {
    name: `a canary at its last weight (${DEPLOYMENT_RULES.canarySteps.at(-1)}%)`,
    kind: 'goal',
    reached: ({ before, after }) =>
      versionIn(after, `canary.w${DEPLOYMENT_RULES.canarySteps.at(-1)}`) !== null &&
      versionIn(before, `canary.w${DEPLOYMENT_RULES.canarySteps.at(-1)}`) === null,
  },
  // Why not p2 (the canary's 50% slice), a cached answer or a rollback: the default budget
  // reaches each 2 or 3 times in 1,000 runs, so a goal on them would fail one seed in ten.
  ...[0, 1].map(canaryServes),
  ...(['ok', 'baseline', 'short_circuit', 'error', 'timeout', 'malformed'] as const).map(servedAs),
  {
    name: 'a breaker half-open after its cooldown',
    kind: 'goal',
    reached: ({ before, after }) =>
      after.breakers.some(
        (b, i) => b?.state === 'halfOpen' && before.breakers[i]?.state === 'open',
      ),
  },
  {
    name: 'the clock landing exactly at the end of a cooldown, or 1 ms short of it',
    kind: 'boundary',
    reached: ({ before, step }) => cooldownLanding(before, step).some((d) => d === 0 || d === -1),
  },
  {
    name: 'an alert of the canary analysis',
    kind: 'goal',
    reached: ({ before, after }) => after.alerts > before.alerts,
  },
  {
    name: 'a restart while a canary is live',
    kind: 'goal',
    reached: ({ before, step }) => step.type === 'RESTART' && versionIn(before, 'canary') !== null,
  },
];

/** The deployment property's sometimes-goals, judged on its world model. */
export const deploymentGoals = (
  model: WorldModel<DeploymentWorld, DeploymentStep, DeploymentVerdict>,
): GoalSet<DeploymentStep> => modelGoals(model, DEPLOYMENT_GOALS);
