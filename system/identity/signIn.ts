import type { CommandOf } from '../domain/command.js';
import { err, ok } from '../domain/result.js';
import type { Role, UserId } from '../domain/user.js';
import type { CommandContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { accountFor } from './accountFor.js';
import { sessionTokenHash } from './sessionToken.js';

/** A new session: the token to send with every command, and when it stops working. */
export interface SignedIn {
  session: string;
  userId: UserId;
  role: Role;
  /** The user's display name: what a page greets them by. */
  name: string;
  expiresAt: number;
}

/**
 * Opens a session for a user whose password was verified before the transaction. A wrong
 * username and a wrong password get the same answer, so neither can be probed.
 */
export function signIn(
  ctx: CommandContext,
  cmd: CommandOf<'signIn'>,
  verifiedUserId: UserId | null,
): Handled<SignedIn> {
  const user = verifiedUserId === null ? undefined : ctx.store.getUser(verifiedUserId);
  if (!user || user.username !== cmd.username) {
    // Why the account named: an auditor must see which account is being guessed at (D7).
    return {
      result: err({ code: 'invalid_credentials' }),
      action: 'E',
      entity: accountEntity(ctx, cmd),
      agent: 'anonymous',
    };
  }
  const session = ctx.ids.next('tok');
  const expiresAt = ctx.now + ctx.config.sessionTtlMs;
  ctx.store.insertSession({
    tokenHash: sessionTokenHash(session),
    userId: user.id,
    createdAt: ctx.now,
    expiresAt,
    endedAt: null,
  });
  return {
    result: ok({ session, userId: user.id, role: user.role, name: user.displayName, expiresAt }),
    action: 'E',
    entity: `User/${user.id}`,
    agent: user.id,
    agentRole: user.role,
  };
}

/** The account a sign-in names, as an audit entity: `User/<id>`, or `User/unknown`. */
export function accountEntity(
  ctx: CommandContext,
  cmd: Pick<CommandOf<'signIn'>, 'username' | 'realm'>,
): string {
  const { user } = accountFor(
    (name, realm) => ctx.store.getUserByUsername(name, realm),
    cmd.username,
    cmd.realm,
  );
  return `User/${user?.id ?? 'unknown'}`;
}
