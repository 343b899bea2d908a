import { messageViolation, withoutForbiddenCharacters } from '../conversation/messageLimits.js';
import type { Command } from '../domain/command.js';
import { assessMessage, type TriageDeps } from '../triage/assessMessage.js';
import { ADVICE } from '../triage/disposition.js';
import { evaluateRedFlags } from '../triage/evaluateRedFlags.js';
import type { Prepared } from './applyCommand.js';

/**
 * The slow, side-effect-free part of a command, done before its transaction: triage of a
 * message that passes the limits, and, for any message, the emergency advice owed to the
 * patient should the message be refused.
 */
export async function prepareCommand(cmd: Command, deps: TriageDeps): Promise<Prepared> {
  if (cmd.type !== 'sendMessage') return { triage: null, emergencyAdvice: null };
  if (messageViolation(cmd.text) === null) {
    const triage = await assessMessage(cmd.text, cmd.actor, deps);
    return { triage, emergencyAdvice: triage.escalate ? ADVICE[triage.disposition] : null };
  }
  const rules = evaluateRedFlags(withoutForbiddenCharacters(cmd.text), deps.redFlagRules);
  if (rules.hits.length === 0) return { triage: null, emergencyAdvice: null };
  return { triage: null, emergencyAdvice: rules.acuity === 1 ? ADVICE.emergency : ADVICE.urgent };
}
