import { deploymentWalk } from '../generators/deployment.js';
import { DEPLOYMENT_GOALS, deploymentGoals } from '../generators/deploymentGoals.js';
import { machineWalk } from '../generators/machineWalk.js';
import type { GoalSet } from '../harness/GoalSet.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import type { WorldModel } from '../harness/WorldModel.js';
import { deploymentModel } from '../models/deploymentLifecycle.js';
import { breakerModel } from '../models/deploymentServing.js';
import type { DeploymentVerdict, DeploymentWorld } from '../models/deploymentState.js';
import { DeploymentStep } from '../models/deploymentStep.js';
import { deploymentWorld, printDeploymentStep } from '../models/deploymentWorld.js';
import { openSqliteStore } from '../system/index.js';
import { deploymentCatalog } from './support/deploymentArtifacts.js';
import { rosterSeed, setUpDeployment } from './support/deploymentSetup.js';
import { DEPLOYMENT_SYSTEM_CONFIG, deploymentRig } from './support/deploymentSystem.js';
import { DEPLOYMENT_VARIANTS } from './support/deploymentVariants.js';
import { preparedWorld } from './support/preparedWorld.js';
import { runDeploymentTrace } from './support/runDeploymentTrace.js';

let world: WorldModel<DeploymentWorld, DeploymentStep, DeploymentVerdict> | undefined;
// Why on first use: the catalog trains two models, which a CLI listing properties never needs.
const model = () => {
  world ??= deploymentWorld(deploymentCatalog().facts);
  return world;
};

let judged: GoalSet<DeploymentStep> | undefined;
// Why a goal set that builds itself on first use: its model needs the catalog, as above.
const goals: GoalSet<DeploymentStep> = {
  goals: DEPLOYMENT_GOALS.map(({ name, kind }) => ({ name, kind })),
  observe: (steps, reach) => {
    judged ??= deploymentGoals(model());
    judged.observe(steps, reach);
  },
};

/**
 * Model lifecycle and serving against the real system: versions (a good one, one trained on
 * corrupted labels, two trained in the run) registered, gated, rolled out and back, patients'
 * messages routed by the flag and their sticky bucket through cache, breaker and deadline,
 * with model and flag faults and the clock. Checks invariants 1-4, 10-14 and 23 at every step.
 */
export const deploymentProperty: PropertyDefinition<DeploymentStep> = {
  name: 'deployment',
  trace: (maxSteps, guide) =>
    machineWalk(deploymentWalk(model()), { maxSteps, invalidRate: 0.15, guide }),
  print: printDeploymentStep,
  stepSchema: DeploymentStep,
  goals,
  machines: [deploymentModel, breakerModel],
  variants: Object.keys(DEPLOYMENT_VARIANTS),
  defaultMaxSteps: 80,
  runner(variant) {
    const sqlite = openSqliteStore(':memory:');
    const make = variant === undefined ? undefined : DEPLOYMENT_VARIANTS[variant];
    if (variant !== undefined && !make) throw new Error(`no variant "${variant}" of deployment`);
    const ports = make ? make(sqlite) : { store: sqlite };
    let seed = 0;
    const cast = preparedWorld(sqlite, async () => {
      seed = await rosterSeed(DEPLOYMENT_SYSTEM_CONFIG);
      return setUpDeployment(deploymentRig({ store: sqlite }, seed).system);
    });
    return {
      async run(steps, probe) {
        const ready = await cast();
        await runDeploymentTrace(
          steps,
          { ports, raw: sqlite, cast: ready, model: model(), seed },
          probe,
        );
      },
      close: () => sqlite.close(),
    };
  },
};
