import { messageViolation, withoutForbiddenCharacters } from '../conversation/messageLimits.js';
import { type ModelDeployment, TRIAGE_MODEL } from '../deployment/modelDeployment.js';
import type { Command } from '../domain/command.js';
import type { Actor } from '../domain/user.js';
import { isBootstrapToken } from '../identity/bootstrapToken.js';
import { hashPassword, verifyPassword } from '../identity/passwordHash.js';
import { caseAcuities } from '../release/caseAcuities.js';
import { evaluateRelease } from '../release/evaluateRelease.js';
import type { ReleaseEvaluation } from '../release/ReleaseEvaluation.js';
import { isStoreUnavailable } from '../store/StoreUnavailable.js';
import { assessMessage } from '../triage/assessMessage.js';
import { refusedEmergencyAdvice } from '../triage/emergencyAdvice.js';
import { evaluateRedFlags } from '../triage/evaluateRedFlags.js';
import type { KernelDeps } from './KernelDeps.js';
import type { Prepared } from './Prepared.js';

const NOTHING: Prepared = {
  triage: null,
  emergencyAdvice: null,
  passwordHash: null,
  bootstrapTokenValid: false,
  verifiedUserId: null,
  artifact: null,
  release: null,
};

/**
 * The slow, side-effect-free part of a command, done before its transaction: triage of a
 * message (and, for a message that will be refused, the emergency advice still owed to the
 * patient), and password hashing, which must not stall the event loop.
 */
export async function prepareCommand(
  cmd: Command,
  actor: Actor | null,
  deps: KernelDeps,
): Promise<Prepared> {
  switch (cmd.type) {
    case 'sendMessage': {
      if (messageViolation(cmd.text) === null) {
        const triage = await assessMessage(cmd.text, actor?.userId ?? 'anonymous', deps.triage);
        return {
          ...NOTHING,
          triage,
          emergencyAdvice: triage.escalate
            ? refusedEmergencyAdvice(
                triage.acuity as 1 | 2,
                triage.ruleHits.map((hit) => hit.family),
              )
            : null,
        };
      }
      const rules = evaluateRedFlags(
        withoutForbiddenCharacters(cmd.text),
        deps.triage.redFlagRules,
      );
      if (rules.hits.length === 0) return NOTHING;
      const families = rules.hits.map((hit) => hit.family);
      return {
        ...NOTHING,
        emergencyAdvice: refusedEmergencyAdvice(rules.acuity as 1 | 2, families),
      };
    }
    case 'bootstrapAdmin': {
      // Why checked before hashing: a wrong token, or a system that has its admin, must not
      // cost anyone a password hash (issue 17, D5).
      const bootstrapTokenValid = isBootstrapToken(deps.bootstrapTokenHash, cmd.bootstrapToken);
      if (!bootstrapTokenValid || hasAdmin(deps)) return { ...NOTHING, bootstrapTokenValid };
      return {
        ...NOTHING,
        bootstrapTokenValid,
        passwordHash: await hashPassword(
          cmd.password,
          deps.ids.next('salt'),
          deps.config.passwordCost,
        ),
      };
    }
    case 'registerPatient':
    case 'createStaff':
      return {
        ...NOTHING,
        passwordHash: await hashPassword(
          cmd.password,
          deps.ids.next('salt'),
          deps.config.passwordCost,
        ),
      };
    case 'signIn': {
      const user = deps.store.getUserByUsername(cmd.username);
      const verified =
        user !== undefined && (await verifyPassword(cmd.password, user.passwordHash));
      return { ...NOTHING, verifiedUserId: verified ? user.id : null };
    }
    case 'registerModel':
      // Why here: verifying an artifact hashes all of it, too slow to hold a transaction for.
      return { ...NOTHING, artifact: deps.artifacts.load(cmd.version) };
    case 'validateModel':
      return { ...NOTHING, release: measureRelease(cmd.version, deps) };
    default:
      return NOTHING;
  }
}

/** Whether an admin exists; a store that fails reads as yes (the handler answers for it). */
function hasAdmin(deps: KernelDeps): boolean {
  try {
    return deps.store.usersWithRole('admin').length > 0;
  } catch (e) {
    if (isStoreUnavailable(e)) return true;
    throw e;
  }
}

/**
 * Measures a registered version against production on the reference set. Why here: it
 * triages the whole set twice, far too slow to hold a transaction for; the handler checks that
 * production is still the one measured against. Null when there is nothing to measure (the
 * handler then refuses with the reason).
 */
function measureRelease(version: string, deps: KernelDeps): ReleaseEvaluation | null {
  let deployment: ModelDeployment | undefined;
  try {
    if (deps.store.getModelVersion(version)?.state !== 'registered') return null;
    deployment = deps.store.getDeployment(TRIAGE_MODEL);
  } catch (e) {
    // Why swallow: the transaction reads the store again and answers for a failure there.
    if (isStoreUnavailable(e)) return null;
    throw e;
  }
  const candidate = deps.artifacts.load(version);
  const against = deployment?.production ?? null;
  const production = against === null ? null : deps.artifacts.load(against);
  if (!candidate.ok || (production !== null && !production.ok)) return null;
  const reference = deps.referenceSet();
  const rules = deps.triage.redFlagRules;
  return evaluateRelease(
    reference,
    { candidate: candidate.value.version, against },
    caseAcuities(reference.cases, rules, candidate.value),
    caseAcuities(reference.cases, rules, production?.value ?? null),
  );
}
