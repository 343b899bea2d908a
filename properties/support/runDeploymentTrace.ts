import type { RunProbe } from '../../harness/PropertyDefinition.js';
import type { WorldModel } from '../../harness/WorldModel.js';
import type { DeploymentVerdict, DeploymentWorld } from '../../models/deploymentState.js';
import type { DeploymentStep } from '../../models/deploymentStep.js';
import { INITIAL_FLAG } from '../../models/deploymentWorld.js';
import { type Answer, createSystem, RULES_ONLY_VERSION, type Store } from '../../system/index.js';
import { checkAuditStep } from './checkAuditStep.js';
import { checkDeploymentSend } from './checkDeploymentSend.js';
import { checkDeploymentState } from './checkDeploymentState.js';
import { REASON } from './clinicTexts.js';
import { deploymentCatalog, GATES } from './deploymentArtifacts.js';
import type { DeploymentCast } from './deploymentSetup.js';
import {
  DEPLOYMENT_SYSTEM_CONFIG,
  type DeploymentPorts,
  type DeploymentRig,
  deploymentRig,
} from './deploymentSystem.js';
import { check } from './InvariantViolation.js';

/** What a deployment trace runs on. */
export interface DeploymentRun {
  ports: DeploymentPorts;
  /** The store itself, unwrapped: read-outs must see what was stored, not what a bug shows. */
  raw: Store;
  cast: DeploymentCast;
  model: WorldModel<DeploymentWorld, DeploymentStep, DeploymentVerdict>;
  /** The id seed the cast was set up with; a run's system takes another, so ids never meet. */
  seed: number;
}

/**
 * Runs one deployment trace: each step's answer must match the deployment world's verdict;
 * every message is checked for how it was served, and the whole deployment after every step;
 * the audit chain is verified at the end.
 */
export async function runDeploymentTrace(
  steps: readonly DeploymentStep[],
  run: DeploymentRun,
  probe: RunProbe,
): Promise<void> {
  const rig = deploymentRig(run.ports, run.seed + 7919);
  const reader = createSystem({
    store: run.raw,
    clock: rig.clock,
    config: DEPLOYMENT_SYSTEM_CONFIG,
  });
  const versions: string[] = [];
  const flag = await rig.system.execute({
    type: 'setFlag',
    session: run.cast.engineer.session,
    key: 'triage-model',
    ...INITIAL_FLAG,
  });
  if (!flag.ok) throw new Error('could not set the flag every run starts with');
  let world = run.model.init();
  let audit = rig.system.lastAuditEvent();
  let view = reader.deployment();

  for (const [i, step] of steps.entries()) {
    const verdict = run.model.judge(world, step);
    for (const m of verdict.moves)
      probe.coverage.get(m.machine)?.record(m.from, m.type, m.accepted, m.to, m.instance);
    const target =
      verdict.serving?.target == null ? RULES_ONLY_VERSION : versions[verdict.serving.target]!;
    const callsBefore = rig.faults.callsTo(target);
    const answer = await perform(rig, run.cast, versions, step);
    probe.digest(`${run.model.print(step)}\n${JSON.stringify(answer ?? null)}\n`);
    if (answer !== undefined) {
      check(
        answer.ok === verdict.accepted,
        'model',
        i,
        () =>
          `the model ${verdict.accepted ? 'accepts' : `refuses (${verdict.rejection})`} ${run.model.print(step)}, the system answered ${JSON.stringify(answer)}`,
      );
      if (!answer.ok) {
        check(
          answer.error.code === verdict.rejection,
          'model',
          i,
          () => `expected error ${verdict.rejection}, got ${JSON.stringify(answer.error)}`,
        );
      }
      audit = checkAuditStep(
        rig.system,
        audit,
        answer,
        agentOf(run.cast, step),
        rig.clock.now(),
        i,
      );
    }
    if (step.type === 'REGISTER' && answer?.ok)
      versions.push(deploymentCatalog().artifacts[step.artifact].version);
    if (step.type === 'SEND' && answer) {
      const callsToTarget = rig.faults.callsTo(target) - callsBefore;
      const context = { expected: verdict.serving, versions, before: view, callsToTarget };
      checkDeploymentSend(rig.system, step, answer, context, i);
      if (verdict.serving) probe.label('served', verdict.serving.outcome);
    }
    if (verdict.accepted && step.type !== 'SEND') probe.label('step', step.type);
    world = run.model.apply(world, step, verdict);
    view = reader.deployment();
    checkDeploymentState(view, world, versions, i);
  }
  const chain = rig.system.verifyAudit();
  check(
    chain.ok,
    '18',
    Math.max(steps.length - 1, 0),
    () => `audit chain does not verify: ${JSON.stringify(chain)}`,
  );
}

function agentOf(cast: DeploymentCast, step: DeploymentStep): string {
  switch (step.type) {
    case 'ADVANCE_CLOCK':
      return 'system';
    case 'SEND':
      return cast.patients[step.patient]!.userId;
    case 'SET_GATE':
      return cast.admin.userId;
    default:
      return cast.engineer.userId;
  }
}

async function perform(
  rig: DeploymentRig,
  cast: DeploymentCast,
  versions: readonly string[],
  step: DeploymentStep,
): Promise<Answer<unknown> | undefined> {
  const { system } = rig;
  const session = cast.engineer.session;
  switch (step.type) {
    case 'TRAIN':
      rig.trained.add(step.artifact);
      return undefined;
    case 'MODEL_FAULT':
      rig.faults.inject(step.kind, step.calls);
      return undefined;
    case 'FLAG_FAULT':
      rig.flagFault.kind = step.kind;
      return undefined;
    case 'ADVANCE_CLOCK':
      rig.clock.advance(step.ms);
      return system.tick();
    case 'REGISTER': {
      const version = deploymentCatalog().artifacts[step.artifact].version;
      return system.execute({ type: 'registerModel', session, version });
    }
    case 'SET_GATE':
      return system.execute({
        type: 'setGatePolicy',
        session: cast.admin.session,
        ...GATES[step.policy],
        minEmergencyExamples: GATES[step.policy].minEmergencyExamples ?? 0,
      });
    case 'SET_FLAG':
      return system.execute({
        type: 'setFlag',
        session,
        key: 'triage-model',
        enabled: step.enabled,
        variant: step.variant,
      });
    case 'SEND': {
      const patient = cast.patients[step.patient]!;
      return system.execute({
        type: 'sendMessage',
        session: patient.session,
        conversationId: patient.conversationId,
        text: step.text.text,
      });
    }
    case 'ABORT':
    case 'ROLLBACK': {
      const type = step.type === 'ABORT' ? 'abortRollout' : 'rollbackModel';
      return system.execute({ type, session, version: versions[step.version]!, reason: REASON });
    }
    default: {
      const type = COMMANDS[step.type];
      return system.execute({ type, session, version: versions[step.version]! });
    }
  }
}

const COMMANDS = {
  VALIDATE: 'validateModel',
  STAGE: 'stageModel',
  START_CANARY: 'startCanary',
  INCREASE: 'advanceCanary',
  PROMOTE: 'promoteModel',
} as const;
