import fc from 'fast-check';
import type { WorldModel } from '../harness/WorldModel.js';
import { DEPLOYMENT_PATIENTS } from '../models/deploymentRoster.js';
import type { DeploymentVerdict, DeploymentWorld } from '../models/deploymentState.js';
import { ArtifactName, type DeploymentStep, TrainedArtifact } from '../models/deploymentStep.js';
import type { WalkSpec } from './machineWalk.js';
import { symptomText } from './symptomText.js';

const weighted = <T>(common: T, rare: T, commonWeight: number) =>
  fc.oneof(
    { arbitrary: fc.constant(common), weight: commonWeight },
    { arbitrary: fc.constant(rare), weight: 1 },
  );

const payload = fc.record({
  text: symptomText(),
  fault: fc.constantFrom('error', 'timeout', 'malformed', 'slow'),
  calls: fc.integer({ min: 1, max: 4 }),
  flagFault: fc.oneof(
    { arbitrary: fc.constant('none' as const), weight: 2 },
    { arbitrary: fc.constantFrom('throw' as const, 'garbage' as const), weight: 1 },
  ),
  enabled: weighted(true, false, 4),
  variant: weighted<'model' | 'rules-only'>('model', 'rules-only', 4),
  gate: fc.constantFrom('lax', 'strict'),
  // Short steps, and steps past the breakers' 30 s cooldown.
  ms: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 30_000, max: 120_000 })),
});

type Payload = typeof payload extends fc.Arbitrary<infer P> ? P : never;

const LIFECYCLE = [
  'VALIDATE',
  'STAGE',
  'START_CANARY',
  'INCREASE',
  'PROMOTE',
  'ABORT',
  'ROLLBACK',
] as const;

/**
 * The deployment world's walk: training and registering versions (the good artifact, the
 * corrupted one and two trained in the run), moving them through the rollout, patients sending
 * symptom texts, model and flag faults, the gate and the flag, and the clock. Messages and the
 * rollout are listed more than once: they are what the other steps are for.
 */
export function deploymentWalk(
  model: WorldModel<DeploymentWorld, DeploymentStep, DeploymentVerdict>,
): WalkSpec<DeploymentWorld, DeploymentStep, DeploymentVerdict, Payload> {
  return {
    model,
    payload,
    // Why this order: an action with no step to take falls through to the next one. The
    // rollout's first stages are listed as a chain (twice, for weight), so choosing one with
    // nothing to do moves the rollout on; canary steps, promotion, aborts and rollbacks fall
    // through to a message instead, so a canary lives long enough at each weight to be judged.
    actions: [
      'REGISTER',
      'VALIDATE',
      'STAGE',
      'START_CANARY',
      'SEND',
      'SET_FLAG',
      'MODEL_FAULT',
      'INCREASE',
      'SEND',
      'PROMOTE',
      'SEND',
      'ADVANCE_CLOCK',
      'MODEL_FAULT',
      'SEND',
      'ROLLBACK',
      'SEND',
      'REGISTER',
      'VALIDATE',
      'STAGE',
      'START_CANARY',
      'SEND',
      'ADVANCE_CLOCK',
      'INCREASE',
      'SEND',
      'PROMOTE',
      'SEND',
      'ABORT',
      'SEND',
      'MODEL_FAULT',
      'ADVANCE_CLOCK',
      'TRAIN',
      'SET_GATE',
      'FLAG_FAULT',
      'SET_FLAG',
    ],
    actionOf: (step) => step.type,
    candidates(world, p) {
      const steps: DeploymentStep[] = [
        { type: 'SET_GATE', policy: p.gate },
        { type: 'SET_FLAG', enabled: p.enabled, variant: p.variant },
        { type: 'MODEL_FAULT', kind: p.fault, calls: p.calls },
        { type: 'FLAG_FAULT', kind: p.flagFault },
        { type: 'ADVANCE_CLOCK', ms: p.ms },
      ];
      for (const artifact of ArtifactName.options) steps.push({ type: 'REGISTER', artifact });
      for (const artifact of TrainedArtifact.options) steps.push({ type: 'TRAIN', artifact });
      // Why p0 twice: only p0 is in a canary at its first step, and a canary needs traffic.
      for (const patient of [0, 0, ...DEPLOYMENT_PATIENTS.keys()])
        steps.push({ type: 'SEND', patient, text: p.text });
      world.versions.forEach((_, version) => {
        for (const type of LIFECYCLE) steps.push({ type, version });
      });
      return steps;
    },
  };
}
