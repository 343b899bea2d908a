import type { Role } from '../domain/user.js';
import type { CommandContext } from '../kernel/CommandContext.js';

/** Puts a notification in the outbox of every user with one of the roles. */
export function notifyStaff(
  ctx: CommandContext,
  roles: readonly Role[],
  kind: string,
  body: object,
): void {
  const text = JSON.stringify(body);
  for (const role of roles) {
    for (const userId of ctx.store.usersWithRole(role))
      ctx.store.appendNotification(userId, kind, text, ctx.now);
  }
}
