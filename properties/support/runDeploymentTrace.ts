import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import { runTrace } from '../../harness/runTrace.js';
import type { WorldModel } from '../../harness/WorldModel.js';
import type { DeploymentVerdict, DeploymentWorld } from '../../models/deploymentState.js';
import type { DeploymentStep } from '../../models/deploymentStep.js';
import { INITIAL_FLAG } from '../../models/deploymentWorld.js';
import { createSystem, RULES_ONLY_VERSION, type Store } from '../../system/index.js';
import { CanaryAlerts } from './CanaryAlerts.js';
import { checkAuditChain, checkAuditStep } from './checkAuditStep.js';
import { checkDeploymentRefusal } from './checkDeploymentRefusal.js';
import { checkDeploymentSend } from './checkDeploymentSend.js';
import { checkDeploymentState } from './checkDeploymentState.js';
import { deploymentCatalog } from './deploymentArtifacts.js';
import { agentOf, performDeploymentStep } from './deploymentCommand.js';
import type { DeploymentCast } from './deploymentSetup.js';
import {
  DEPLOYMENT_SYSTEM_CONFIG,
  type DeploymentPorts,
  deploymentRig,
} from './deploymentSystem.js';
import { InputsLedger } from './InputsLedger.js';
import { VersionHistories } from './VersionHistories.js';

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
  // Why watch at the port: a call to any version, routed or not, must find its breaker shut.
  rig.faults.breakerOpen = (version) =>
    reader.deployment().breakers.some((b) => b.version === version && b.state === 'open');
  const versions: string[] = [];
  const flag = await rig.system.execute({
    type: 'setFlag',
    session: run.cast.engineer.session,
    key: 'triage-model',
    ...INITIAL_FLAG,
  });
  if (!flag.ok) throw new Error('could not set the flag every run starts with');
  const ledger = new InputsLedger();
  const histories = new VersionHistories();
  const canaryAlerts = CanaryAlerts.open(reader, run.cast.engineer.session);
  let audit = rig.system.lastAuditEvent();
  let view = reader.deployment();
  // Why per step: what the model routed to must be read before the step calls it.
  let target = RULES_ONLY_VERSION;
  let callsBefore = 0;

  await runTrace(
    steps,
    {
      model: run.model,
      perform(step, verdict) {
        target =
          verdict.serving?.target == null ? RULES_ONLY_VERSION : versions[verdict.serving.target]!;
        callsBefore = rig.faults.callsTo(target);
        return performDeploymentStep(rig, run.cast, versions, step);
      },
      expectedCode: (verdict) => verdict.rejection,
      check({ step, verdict, answer, before, after, i }) {
        const agent = agentOf(run.cast, step);
        if (answer !== undefined) {
          if (!answer.ok) checkDeploymentRefusal(answer.error, verdict, before, step, versions, i);
          audit = checkAuditStep(rig.system, audit, answer, agent, rig.clock.now(), i);
        }
        if (step.type === 'REGISTER' && answer?.ok) {
          versions.push(deploymentCatalog().artifacts[step.artifact].version);
          histories.registered(agent.who, rig.clock.now());
        }
        if (verdict.accepted) histories.moved(verdict.moves, agent.who, rig.clock.now());
        if (step.type === 'SEND' && answer) {
          const callsToTarget = rig.faults.callsTo(target) - callsBefore;
          const context = {
            expected: verdict.serving,
            versions,
            before: view,
            callsToTarget,
            ledger,
          };
          checkDeploymentSend(rig.system, step, answer, context, i);
          const serving = verdict.serving;
          if (serving) probe.label('served', serving.outcome);
          // Which artifact answered: invariant 1 must hold under each, the corrupted one included.
          if (serving?.target != null && serving.modelAcuity !== null)
            probe.label('answered by', before.versions[serving.target]!.artifact);
        }
        check(
          rig.faults.callsWhileOpen.length === 0,
          '23',
          i,
          () =>
            `a call reached ${rig.faults.callsWhileOpen.join(', ')} while its circuit breaker was open`,
        );
        if (verdict.accepted && step.type !== 'SEND') probe.label('step', step.type);
        view = reader.deployment();
        checkDeploymentState(view, after, versions, i);
        histories.check(view.versions, i);
        const moves = verdict.accepted ? verdict.moves : [];
        canaryAlerts.check(reader, { moves, answer, now: rig.clock.now() }, versions, view, i);
      },
      finish: (n) => checkAuditChain(rig.system, n),
    },
    probe,
  );
}
