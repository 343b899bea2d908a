import type { MachineMove, WorldModel } from '../harness/WorldModel.js';
import { accepted, deploymentModel, judgeLifecycle, move, refused } from './deploymentLifecycle.js';
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

/**
 * The triage flag as every run starts: on, serving the models. Why not the safe default: the
 * world is about deployments, and a flag left off would keep most messages from any model;
 * the safe default is what a trace gets by turning the flag off or breaking it.
 */
export const INITIAL_FLAG = { enabled: true, variant: 'model' } as const;

const REJECTIONS: Record<string, string> = {
  empty: 'message_empty',
  oversize: 'message_too_long',
  invalid_characters: 'message_invalid_characters',
};

/**
 * The deployment world: an ML engineer trains, registers and rolls out versions, an admin sets
 * the gate, patients send messages routed by the flag and their traffic bucket, model and flag
 * faults strike, the clock runs the breakers' cooldowns and the canary analysis, and the
 * process restarts. Judged
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
      flag: INITIAL_FLAG,
      flagFault: 'none',
      fault: null,
      breakers: [],
      window: EMPTY_WINDOW,
      cache: [],
      alerts: 0,
    }),

    judge(world, step) {
      // Why no helper closures here: judge runs for every candidate of every step of a walk.
      const moves: MachineMove[] = [];
      switch (step.type) {
        case 'TRAIN':
          return accepted(
            moves,
            world.trained.includes(step.artifact)
              ? world
              : { ...world, trained: [...world.trained, step.artifact] },
          );
        case 'REGISTER': {
          for (const v of world.versions)
            if (v.artifact === step.artifact) return refused(moves, 'invalid_state', world);
          const shipped = step.artifact === 'good' || step.artifact === 'corrupted';
          if (!shipped && !(world.trained as readonly string[]).includes(step.artifact))
            return refused(moves, 'not_found', world);
          const version = { artifact: step.artifact, state: deploymentModel.initial };
          return accepted(moves, { ...world, versions: [...world.versions, version] });
        }
        case 'SET_GATE':
          return accepted(moves, { ...world, gate: step.policy });
        case 'SET_FLAG':
          return accepted(moves, {
            ...world,
            flag: { enabled: step.enabled, variant: step.variant },
          });
        case 'MODEL_FAULT':
          return accepted(moves, { ...world, fault: { kind: step.kind, calls: step.calls } });
        case 'FLAG_FAULT':
          return accepted(moves, { ...world, flagFault: step.kind });
        case 'ADVANCE_CLOCK': {
          const later = passTime(world, step.ms, moves);
          const canary = versionIn(later, 'canary');
          if (canary === null || !canaryFails(later)) return accepted(moves, later);
          const from = later.versions[canary]!.state;
          moves.push(move(from, { type: 'ANALYSIS_FAILED' }, canary));
          const versions = later.versions.slice();
          versions[canary] = { ...versions[canary]!, state: 'aborted' };
          return accepted(moves, { ...later, versions, alerts: later.alerts + 1 });
        }
        case 'RESTART':
          // Why only the cache: breakers, windows, flags and versions are stored, and the
          // faults live outside the process, at the model server and the flag store.
          return accepted(moves, { ...world, cache: [] });
        case 'SEND': {
          if (!DEPLOYMENT_PATIENTS[step.patient]) throw new Error(`no patient p${step.patient}`);
          if (step.text.textClass !== 'ok')
            return refused(moves, REJECTIONS[step.text.textClass]!, world);
          const { serving, next } = judgeSend(world, step.patient, step.text.text, facts, moves);
          return { ...accepted(moves, next), serving };
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
    case 'RESTART':
      return 'restart the process (memory lost, database kept)';
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
