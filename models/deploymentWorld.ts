import { compileMachine } from '../harness/compileMachine.js';
import type { MachineMove, WorldModel } from '../harness/WorldModel.js';
import {
  DEPLOYMENT_EVENTS,
  type DeploymentEvent,
  deploymentMachine,
  deploymentRejection,
} from './deployment.js';
import { DEPLOYMENT_PATIENTS } from './deploymentRoster.js';
import { canaryFails, judgeSend, passTime } from './deploymentServing.js';
import {
  type DeploymentFacts,
  type DeploymentVerdict,
  type DeploymentWorld,
  EMPTY_WINDOW,
  versionIn,
} from './deploymentState.js';
import type { DeploymentStep, LifecycleStep } from './deploymentStep.js';

/** The compiled deployment (version lifecycle) machine. */
export const deploymentModel = compileMachine(deploymentMachine, DEPLOYMENT_EVENTS);

const REJECTIONS: Record<string, string> = {
  empty: 'message_empty',
  oversize: 'message_too_long',
  invalid_characters: 'message_invalid_characters',
};

const move = (from: string, event: DeploymentEvent, version: number): MachineMove => {
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

/**
 * The deployment world: an ML engineer trains, registers and rolls out versions, an admin sets
 * the gate, patients send messages routed by the flag and their traffic bucket, model and flag
 * faults strike, and the clock runs the breakers' cooldowns and the canary analysis. Judged
 * with the deployment and breaker machines; what only running a model can tell comes from
 * `facts`.
 */
export function deploymentWorld(
  facts: DeploymentFacts,
): WorldModel<DeploymentWorld, DeploymentStep, DeploymentVerdict> {
  return {
    init: () => ({
      now: 0,
      trained: [],
      versions: [],
      production: null,
      previous: [],
      gate: 'strict',
      flag: null,
      flagFault: 'none',
      fault: null,
      breakers: [],
      window: EMPTY_WINDOW,
      cache: new Set(),
      alerts: 0,
    }),

    judge(world, step) {
      const moves: MachineMove[] = [];
      const accept = (next: DeploymentWorld): DeploymentVerdict => ({
        accepted: true,
        moves,
        rejection: null,
        serving: null,
        next,
      });
      const refuse = (rejection: string): DeploymentVerdict => ({
        accepted: false,
        moves,
        rejection,
        serving: null,
        next: world,
      });
      switch (step.type) {
        case 'TRAIN':
          return accept(
            world.trained.includes(step.artifact)
              ? world
              : { ...world, trained: [...world.trained, step.artifact] },
          );
        case 'REGISTER': {
          if (world.versions.some((v) => v.artifact === step.artifact))
            return refuse('invalid_state');
          const shipped = step.artifact === 'good' || step.artifact === 'corrupted';
          if (!shipped && !(world.trained as readonly string[]).includes(step.artifact))
            return refuse('not_found');
          const version = { artifact: step.artifact, state: deploymentModel.initial };
          return accept({ ...world, versions: [...world.versions, version] });
        }
        case 'SET_GATE':
          return accept({ ...world, gate: step.policy });
        case 'SET_FLAG':
          return accept({ ...world, flag: { enabled: step.enabled, variant: step.variant } });
        case 'MODEL_FAULT':
          return accept({ ...world, fault: { kind: step.kind, calls: step.calls } });
        case 'FLAG_FAULT':
          return accept({ ...world, flagFault: step.kind });
        case 'ADVANCE_CLOCK': {
          const later = passTime(world, step.ms, moves);
          const canary = versionIn(later, 'canary');
          if (canary === null || !canaryFails(later)) return accept(later);
          const from = later.versions[canary]!.state;
          moves.push(move(from, { type: 'ANALYSIS_FAILED' }, canary));
          const versions = later.versions.slice();
          versions[canary] = { ...versions[canary]!, state: 'aborted' };
          return accept({ ...later, versions, alerts: later.alerts + 1 });
        }
        case 'SEND': {
          if (!DEPLOYMENT_PATIENTS[step.patient]) throw new Error(`no patient p${step.patient}`);
          if (step.text.textClass !== 'ok') return refuse(REJECTIONS[step.text.textClass]!);
          const { serving, next } = judgeSend(world, step.patient, step.text.text, facts, moves);
          return { ...accept(next), serving };
        }
        default:
          return judgeLifecycle(world, step, facts, moves);
      }
    },

    apply: (world, _step, verdict) => (verdict.accepted ? verdict.next : world),

    print: printDeploymentStep,
  };
}

/** A deployment step as one line of a script, e.g. `promote(v0)`. */
export function printDeploymentStep(step: DeploymentStep): string {
  switch (step.type) {
    case 'TRAIN':
    case 'REGISTER':
      return `${step.type.toLowerCase()}(${step.artifact})`;
    case 'SET_GATE':
      return `setGate(${step.policy}) by admin`;
    case 'SET_FLAG':
      return `setFlag(${step.enabled ? 'on' : 'off'}, ${step.variant})`;
    case 'MODEL_FAULT':
      return `modelFault(${step.kind} x${step.calls})`;
    case 'FLAG_FAULT':
      return `flagFault(${step.kind})`;
    case 'ADVANCE_CLOCK':
      return `advanceClock(${step.ms} ms) + tick`;
    case 'SEND': {
      const text = step.text.text;
      const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
      const flag = step.text.redFlag ? `, red flag ${step.text.redFlag}` : '';
      return `send(p${step.patient}, ${JSON.stringify(shown)}${flag})`;
    }
    default:
      return `${LIFECYCLE_NAMES[step.type]}(v${step.version})`;
  }
}

const LIFECYCLE_NAMES: Record<LifecycleStep['type'], string> = {
  VALIDATE: 'validate',
  STAGE: 'stage',
  START_CANARY: 'startCanary',
  INCREASE: 'increaseCanary',
  PROMOTE: 'promote',
  ABORT: 'abort',
  ROLLBACK: 'rollback',
};

/** A lifecycle command on a version, with the moves it makes other versions take. */
function judgeLifecycle(
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
  const setState = (i: number, state: string) => {
    versions[i] = { ...versions[i]!, state };
  };
  setState(step.version, own.to);
  let { production, previous, window } = world;
  if (step.type === 'START_CANARY') window = { calls: 0, errors: 0, slow: 0, disagreements: 0 };
  if (step.type === 'PROMOTE') {
    if (production !== null) {
      moves.push(move(world.versions[production]!.state, { type: 'ARCHIVE' }, production));
      setState(production, 'archived');
      previous = [...previous, production];
    }
    production = step.version;
  }
  if (step.type === 'ROLLBACK') {
    const restored = previous.at(-1)!;
    for (const active of [versionIn(world, 'staging'), versionIn(world, 'canary')]) {
      if (active === null) continue;
      moves.push(move(world.versions[active]!.state, { type: 'ABORT' }, active));
      setState(active, 'aborted');
    }
    moves.push(move(world.versions[restored]!.state, { type: 'RESTORE' }, restored));
    setState(restored, 'production');
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
        gatePasses: facts.passesGate(world.versions[step.version]!.artifact, world.gate),
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
