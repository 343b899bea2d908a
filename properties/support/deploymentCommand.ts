import type { DeploymentStep } from '../../models/deploymentStep.js';
import type { Answer } from '../../system/index.js';
import type { ExpectedAgent } from './checkAuditStep.js';
import { REASON } from './clinicTexts.js';
import { deploymentCatalog, GATES } from './deploymentArtifacts.js';
import type { DeploymentCast } from './deploymentSetup.js';
import type { DeploymentRig } from './deploymentSystem.js';

/** Who a step's audit event must name: the clock's steps are the system's own. */
export function agentOf(cast: DeploymentCast, step: DeploymentStep): ExpectedAgent {
  const as = (user: { userId: string; role: string }) => ({ who: user.userId, role: user.role });
  switch (step.type) {
    case 'ADVANCE_CLOCK':
      return { who: 'system', role: 'system' };
    case 'SEND':
      return as(cast.patients[step.patient]!);
    case 'SET_GATE':
      return as(cast.admin);
    default:
      return as(cast.engineer);
  }
}

/**
 * Carries out a step: a command as the engineer, the admin or a patient, or (for training,
 * faults, the flag store and restarts) a change to the rig, which answers nothing.
 */
export async function performDeploymentStep(
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
    case 'RESTART':
      rig.restart();
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
