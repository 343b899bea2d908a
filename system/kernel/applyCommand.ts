import { closeConversation } from '../conversation/closeConversation.js';
import { readHistory } from '../conversation/readHistory.js';
import { sendMessage } from '../conversation/sendMessage.js';
import { startConversation } from '../conversation/startConversation.js';
import { readDeployment } from '../deployment/deploymentView.js';
import { registerModel, setGatePolicy, validateModel } from '../deployment/registryCommands.js';
import { rollbackModel } from '../deployment/rollbackModel.js';
import {
  abortRollout,
  advanceCanary,
  promoteModel,
  stageModel,
  startCanary,
} from '../deployment/rolloutCommands.js';
import { runCanaryAnalysis } from '../deployment/runCanaryAnalysis.js';
import type { Command } from '../domain/command.js';
import { err } from '../domain/result.js';
import {
  acknowledgeEscalation,
  deescalate,
  resolveEscalation,
  runDueTimers,
} from '../escalation/escalationCommands.js';
import { setFlag } from '../flags/setFlag.js';
import { bootstrapAdmin, createStaff } from '../identity/createStaff.js';
import { registerPatient } from '../identity/registerPatient.js';
import type { Throttled } from '../identity/SignInGuard.js';
import { accountEntity, signIn } from '../identity/signIn.js';
import { signOut } from '../identity/signOut.js';
import { listConversations } from '../records/listConversations.js';
import { listStaff } from '../records/listStaff.js';
import { readConversation } from '../records/readConversation.js';
import { readEscalations } from '../records/readEscalations.js';
import { claimCase, reassignCase, releaseCase } from '../review/caseCommands.js';
import { decideCase } from '../review/decideCase.js';
import { readCase, readQueue } from '../review/readQueue.js';
import type { ActorContext, CommandContext } from './CommandContext.js';
import type { Handled } from './Handled.js';
import type { Prepared } from './Prepared.js';

/**
 * Runs a command's handler inside the transaction: the one dispatch table of the system.
 * `actor` is null only for the commands the policy lets run without a session.
 */
export function applyCommand(
  ctx: CommandContext,
  actorCtx: ActorContext | null,
  cmd: Command,
  prepared: Prepared,
): Handled<unknown> {
  const needActor = (): ActorContext => {
    if (!actorCtx) throw new Error(`${cmd.type} ran without an authenticated actor`);
    return actorCtx;
  };
  if (prepared.throttled) return throttled(ctx, cmd, prepared.throttled);
  switch (cmd.type) {
    case 'registerPatient':
      return registerPatient(ctx, cmd, prepared.passwordHash);
    case 'bootstrapAdmin':
      return bootstrapAdmin(ctx, cmd, prepared.passwordHash, prepared.bootstrapTokenValid);
    case 'signIn':
      return signIn(ctx, cmd, prepared.verifiedUserId);
    case 'runDueTimers': {
      const timers = runCanaryAnalysis(ctx, runDueTimers(ctx));
      const { result } = timers;
      const idle =
        result.ok &&
        result.value.reEscalated.length === 0 &&
        result.value.rolloutsAborted.length === 0;
      return idle ? { ...timers, nothingHappened: true } : timers;
    }
    case 'createStaff':
      return createStaff(needActor(), cmd, prepared.passwordHash!);
    case 'signOut':
      return signOut(needActor(), cmd);
    case 'startConversation':
      return startConversation(needActor(), cmd);
    case 'sendMessage':
      return sendMessage(needActor(), cmd, prepared);
    case 'readHistory':
      return readHistory(needActor(), cmd);
    case 'closeConversation':
      return closeConversation(needActor(), cmd);
    case 'acknowledgeEscalation':
      return acknowledgeEscalation(needActor(), cmd);
    case 'resolveEscalation':
      return resolveEscalation(needActor(), cmd);
    case 'deescalate':
      return deescalate(needActor(), cmd);
    case 'readQueue':
      return readQueue(needActor(), cmd);
    case 'readCase':
      return readCase(needActor(), cmd);
    case 'claimCase':
      return claimCase(needActor(), cmd);
    case 'releaseCase':
      return releaseCase(needActor(), cmd);
    case 'reassignCase':
      return reassignCase(needActor(), cmd);
    case 'decideCase':
      return decideCase(needActor(), cmd);
    case 'registerModel':
      return registerModel(needActor(), cmd, prepared.artifact);
    case 'validateModel':
      return validateModel(needActor(), cmd, prepared.release);
    case 'stageModel':
      return stageModel(needActor(), cmd);
    case 'startCanary':
      return startCanary(needActor(), cmd);
    case 'advanceCanary':
      return advanceCanary(needActor(), cmd);
    case 'promoteModel':
      return promoteModel(needActor(), cmd);
    case 'abortRollout':
      return abortRollout(needActor(), cmd);
    case 'rollbackModel':
      return rollbackModel(needActor(), cmd);
    case 'readDeployment':
      return readDeployment(needActor(), cmd);
    case 'setFlag':
      return setFlag(needActor(), cmd);
    case 'setGatePolicy':
      return setGatePolicy(needActor(), cmd);
    case 'readConversation':
      return readConversation(needActor(), cmd);
    case 'readEscalations':
      return readEscalations(needActor());
    case 'listStaff':
      return listStaff(needActor());
    case 'listConversations':
      return listConversations(needActor());
  }
}

/**
 * The refusal of a request the sign-in guard stopped before any hash: a denial by an
 * anonymous agent, naming the account (sign-in: the user it names, or `User/unknown`).
 */
function throttled(ctx: CommandContext, cmd: Command, error: Throttled): Handled<unknown> {
  const entity =
    cmd.type === 'signIn'
      ? accountEntity(ctx, cmd)
      : cmd.type === 'registerPatient'
        ? 'Patient/new'
        : 'User/new';
  return { result: err(error), action: 'E', entity, agent: 'anonymous', agentRole: 'anonymous' };
}
