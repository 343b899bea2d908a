import { closeConversation } from '../conversation/closeConversation.js';
import { readHistory } from '../conversation/readHistory.js';
import { registerPatient } from '../conversation/registerPatient.js';
import { sendMessage } from '../conversation/sendMessage.js';
import { startConversation } from '../conversation/startConversation.js';
import type { Command } from '../domain/command.js';
import type { Triage } from '../triage/assessMessage.js';
import type { CommandContext } from './CommandContext.js';
import type { Handled } from './Handled.js';

/** Work done before the transaction, handed to `applyCommand`. */
export interface Prepared {
  triage: Triage | null;
  /** Advice owed to the patient if the message is refused (its text shows a red flag). */
  emergencyAdvice: string | null;
}

/** Runs a command's handler inside the transaction: the one dispatch table of the system. */
export function applyCommand(
  ctx: CommandContext,
  cmd: Command,
  prepared: Prepared,
): Handled<unknown> {
  switch (cmd.type) {
    case 'registerPatient':
      return registerPatient(ctx, cmd);
    case 'startConversation':
      return startConversation(ctx, cmd);
    case 'sendMessage':
      return sendMessage(ctx, cmd, prepared);
    case 'readHistory':
      return readHistory(ctx, cmd);
    case 'closeConversation':
      return closeConversation(ctx, cmd);
  }
}
