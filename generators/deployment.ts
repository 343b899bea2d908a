import fc from 'fast-check';
import type { WorldModel } from '../harness/WorldModel.js';
import { DEPLOYMENT_PATIENTS, DEPLOYMENT_RULES } from '../models/deploymentRoster.js';
import type { DeploymentVerdict, DeploymentWorld } from '../models/deploymentState.js';
import { ArtifactName, type DeploymentStep, TrainedArtifact } from '../models/deploymentStep.js';
import type { WalkSpec } from './machineWalk.js';
import { type SymptomText, symptomText } from './symptomText.js';

const weighted = <T>(common: T, rare: T, commonWeight: number) =>
  fc.oneof(
    { arbitrary: fc.constant(common), weight: commonWeight },
    { arbitrary: fc.constant(rare), weight: 1 },
  );

// Why only the text shrinks: every choice carries the whole payload, most of it unused by
// the step the choice takes, and shrinking each unused field costs a replay of the trace;
// the steps themselves shrink through the choices' kind, action and pick.
const payloadOf = (texts: number) =>
  fc.record({
    text: fc.nat({ max: texts - 1 }),
    rest: fc.noShrink(
      fc.record({
        fault: fc.constantFrom('error', 'timeout', 'malformed', 'slow'),
        calls: fc.integer({ min: 1, max: 4 }),
        flagFault: fc.oneof(
          { arbitrary: fc.constant('none' as const), weight: 2 },
          { arbitrary: fc.constantFrom('throw' as const, 'garbage' as const), weight: 1 },
        ),
        enabled: weighted(true, false, 9),
        variant: weighted<'model' | 'rules-only'>('model', 'rules-only', 9),
        gate: fc.constantFrom('lax', 'strict'),
        // Short steps, and steps past the breakers' 30 s cooldown.
        ms: fc.oneof(
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 30_000, max: 120_000 }),
        ),
      }),
    ),
  });

type Payload = ReturnType<typeof payloadOf> extends fc.Arbitrary<infer P> ? P : never;

let corpus: readonly SymptomText[] | undefined;

/**
 * Patient texts drawn once from the symptom text generator (seeded), shortest first. Why not
 * the generator itself: its texts shrink along dozens of dimensions, and shrinking every
 * choice's text (most choices are no message at all) made a deployment counterexample take a
 * minute to shrink; an index into the corpus shrinks in a few tries, toward short texts.
 */
export function deploymentTexts(): readonly SymptomText[] {
  corpus ??= fc
    .sample(symptomText(), { seed: 4242, numRuns: 400 })
    // Why a cap: texts of 100,000 characters test the message limits, the conversation
    // property's business; here they would only slow every step that sends one.
    .filter((t) => t.text.length <= 4000)
    .sort((a, b) => a.text.length - b.text.length || (a.text < b.text ? -1 : 1));
  return corpus;
}

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
 * symptom texts, model and flag faults, the gate and the flag, the clock, and restarts of the
 * system's process. Messages and the
 * rollout are listed more than once: they are what the other steps are for.
 */
export function deploymentWalk(
  model: WorldModel<DeploymentWorld, DeploymentStep, DeploymentVerdict>,
): WalkSpec<DeploymentWorld, DeploymentStep, DeploymentVerdict, Payload> {
  return {
    model,
    payload: payloadOf(deploymentTexts().length),
    // Why this order: an action with no step to take falls through to the next one (the last
    // to the first). The rollout's first stages are a chain, latest stage first (three times,
    // for weight), so a choice of any of them takes the rollout one stage on; canary steps,
    // promotion, aborts and rollbacks fall through to a message, so a canary lives long enough
    // at each weight to be judged. A message comes first: shrinking moves actions toward it.
    actions: [
      'SEND',
      'SET_FLAG',
      'MODEL_FAULT',
      'INCREASE',
      'SEND',
      'PROMOTE',
      'SEND',
      'ADVANCE_CLOCK',
      'START_CANARY',
      'STAGE',
      'VALIDATE',
      'REGISTER',
      'SEND',
      'ROLLBACK',
      'SEND',
      'MODEL_FAULT',
      'ADVANCE_CLOCK',
      'INCREASE',
      'SEND',
      'PROMOTE',
      'SEND',
      'START_CANARY',
      'STAGE',
      'VALIDATE',
      'REGISTER',
      'SEND',
      'ABORT',
      'SEND',
      'RESTART',
      'TRAIN',
      'SET_GATE',
      'FLAG_FAULT',
      'SET_FLAG',
      'START_CANARY',
      'STAGE',
      'VALIDATE',
      'REGISTER',
    ],
    actionOf: (step) => step.type,
    // Why the rollout and messages in every swarm: every fault and serving step needs a version
    // in a canary or production, and traffic to judge it by.
    swarmKeeps: ['SEND', 'REGISTER', 'VALIDATE', 'STAGE', 'START_CANARY'],
    candidates(world, { text: index, rest: p }, swarmed) {
      const texts = deploymentTexts();
      // Why the modulo: a stored trace may come from a longer corpus.
      const text = texts[index % texts.length]!;
      const steps: DeploymentStep[] = [
        { type: 'SET_GATE', policy: p.gate },
        { type: 'SET_FLAG', enabled: p.enabled, variant: p.variant },
        { type: 'MODEL_FAULT', kind: p.fault, calls: p.calls },
        { type: 'FLAG_FAULT', kind: p.flagFault },
        { type: 'ADVANCE_CLOCK', ms: p.ms },
        { type: 'RESTART' },
      ];
      // Time as a nemesis: while a breaker is open, the clock also lands exactly where its
      // cooldown ends and 1 ms short of it, the two sides of the timer. Why in swarmed runs
      // only: the broken variants' budgets were measured on the unswarmed walk, whose clock
      // steps near a breaker these would change.
      for (const b of swarmed ? world.breakers : []) {
        if (b?.state !== 'open') continue;
        const left = b.openedAt + DEPLOYMENT_RULES.cooldownMs - world.now;
        if (left > 0)
          steps.push({ type: 'ADVANCE_CLOCK', ms: left }, { type: 'ADVANCE_CLOCK', ms: left - 1 });
      }
      for (const artifact of ArtifactName.options) steps.push({ type: 'REGISTER', artifact });
      for (const artifact of TrainedArtifact.options) steps.push({ type: 'TRAIN', artifact });
      // Why p0 three times: only p0 is in a canary at its first step, which needs traffic.
      for (const patient of [0, 0, ...DEPLOYMENT_PATIENTS.keys()])
        steps.push({ type: 'SEND', patient, text });
      world.versions.forEach((_, version) => {
        for (const type of LIFECYCLE) steps.push({ type, version });
      });
      return steps;
    },
  };
}
