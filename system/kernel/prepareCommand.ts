import { messageViolation, withoutForbiddenCharacters } from '../conversation/messageLimits.js';
import type { Command } from '../domain/command.js';
import type { Actor } from '../domain/user.js';
import { hashPassword, verifyPassword } from '../identity/passwordHash.js';
import { assessMessage } from '../triage/assessMessage.js';
import { ADVICE } from '../triage/disposition.js';
import { evaluateRedFlags } from '../triage/evaluateRedFlags.js';
import type { KernelDeps } from './KernelDeps.js';
import type { Prepared } from './Prepared.js';

const NOTHING: Prepared = {
  triage: null,
  emergencyAdvice: null,
  passwordHash: null,
  verifiedUserId: null,
  artifact: null,
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
          emergencyAdvice: triage.escalate ? ADVICE[triage.disposition] : null,
        };
      }
      const rules = evaluateRedFlags(
        withoutForbiddenCharacters(cmd.text),
        deps.triage.redFlagRules,
      );
      if (rules.hits.length === 0) return NOTHING;
      return { ...NOTHING, emergencyAdvice: rules.acuity === 1 ? ADVICE.emergency : ADVICE.urgent };
    }
    case 'registerPatient':
    case 'bootstrapAdmin':
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
    default:
      return NOTHING;
  }
}
