import { compileMachine } from '../harness/compileMachine.js';
import type { MachineMove } from '../harness/WorldModel.js';
import {
  DEPLOYMENT_EVENTS,
  type DeploymentEvent,
  deploymentMachine,
  deploymentRejection,
} from './deployment.js';
import {
  type DeploymentFacts,
  type DeploymentVerdict,
  type DeploymentWorld,
  EMPTY_WINDOW,
  versionIn,
} from './deploymentState.js';
import type { LifecycleStep } from './deploymentStep.js';

/** The compiled deployment (version lifecycle) machine. */
export const deploymentModel = compileMachine(deploymentMachine, DEPLOYMENT_EVENTS);

/** An accepted step's verdict. */
export const accepted = (moves: MachineMove[], next: DeploymentWorld): DeploymentVerdict => ({
  accepted: true,
  moves,
  rejection: null,
  serving: null,
  next,
});

/** A refused step's verdict: the world stays as it was. */
export const refused = (
  moves: MachineMove[],
  rejection: string,
  world: DeploymentWorld,
): DeploymentVerdict => ({ accepted: false, moves, rejection, serving: null, next: world });

/** Moves a version to a state, in a copy of the versions being built. */
const setState = (
  versions: Array<DeploymentWorld['versions'][number]>,
  i: number,
  state: string,
): void => {
  versions[i] = { ...versions[i]!, state };
};

/** A version's move in the deployment machine. */
export const move = (from: string, event: DeploymentEvent, version: number): MachineMove => {
  const { accepted, to } = deploymentModel.step(from, event);
  return {
    machine: deploymentModel.id,
    from,
    type: event.type,
    accepted,
    to,
    instance: `v${version}`,
  };
};

/** A lifecycle command on a version, with the moves it makes other versions take. */
export function judgeLifecycle(
  world: DeploymentWorld,
  step: LifecycleStep,
  facts: DeploymentFacts,
  moves: MachineMove[],
): DeploymentVerdict {
  const target = world.versions[step.version];
  if (!target) throw new Error(`step names version v${step.version}, which does not exist`);
  const event = lifecycleEvent(world, step, facts);
  const own = move(target.state, event, step.version);
  moves.push(own);
  if (!own.accepted) {
    const rejection = deploymentRejection(target.state, event);
    return { accepted: false, moves, rejection, serving: null, next: world };
  }
  const versions = world.versions.slice();
  setState(versions, step.version, own.to);
  let { production, previous, window } = world;
  if (step.type === 'START_CANARY') window = EMPTY_WINDOW;
  if (step.type === 'PROMOTE') {
    if (production !== null) {
      moves.push(move(world.versions[production]!.state, { type: 'ARCHIVE' }, production));
      setState(versions, production, 'archived');
      previous = [...previous, production];
    }
    production = step.version;
  }
  if (step.type === 'ROLLBACK') {
    const restored = previous.at(-1)!;
    for (const active of [versionIn(world, 'staging'), versionIn(world, 'canary')]) {
      if (active === null) continue;
      moves.push(move(world.versions[active]!.state, { type: 'ABORT' }, active));
      setState(versions, active, 'aborted');
    }
    moves.push(move(world.versions[restored]!.state, { type: 'RESTORE' }, restored));
    setState(versions, restored, 'production');
    production = restored;
    previous = previous.slice(0, -1);
  }
  return {
    accepted: true,
    moves,
    rejection: null,
    serving: null,
    next: { ...world, versions, production, previous, window },
  };
}

function lifecycleEvent(
  world: DeploymentWorld,
  step: LifecycleStep,
  facts: DeploymentFacts,
): DeploymentEvent {
  switch (step.type) {
    case 'VALIDATE':
      return {
        type: 'VALIDATE',
        gatePasses: facts.passesGate(
          world.versions[step.version]!.artifact,
          world.gate,
          world.production === null ? null : world.versions[world.production]!.artifact,
        ),
      };
    case 'STAGE':
      return {
        type: 'STAGE',
        rolloutFree: versionIn(world, 'staging') === null && versionIn(world, 'canary') === null,
      };
    case 'ROLLBACK':
      return { type: 'ROLLBACK', hasPrevious: world.previous.length > 0 };
    default:
      return { type: step.type };
  }
}
