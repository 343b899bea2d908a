import type { CommandOf } from '../domain/command.js';
import { ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { sessionTokenHash } from './sessionToken.js';

/** Ends the session the command carries; later commands with it are refused. */
export function signOut(
  ctx: ActorContext,
  cmd: CommandOf<'signOut'>,
): Handled<{ endedAt: number }> {
  ctx.store.endSession(sessionTokenHash(cmd.session), ctx.now);
  return { result: ok({ endedAt: ctx.now }), action: 'E', entity: `User/${ctx.actor.userId}` };
}
