import type { Role } from '../domain/user.js';
import type { CommandContext } from '../kernel/CommandContext.js';
import { unitOf } from '../records/unitOf.js';

/**
 * Puts a notification in the outbox of every user with one of the roles: in the unit of the
 * patient it is about, or in every unit when it is about no patient.
 */
export function notifyStaff(
  ctx: CommandContext,
  roles: readonly Role[],
  kind: string,
  body: object,
  patientId: string | null = null,
): void {
  const text = JSON.stringify(body);
  const unit = patientId === null ? null : unitOf(ctx.store, patientId);
  for (const role of roles) {
    const users =
      unit === null ? ctx.store.usersWithRole(role) : ctx.store.usersWithRoleIn(role, unit);
    for (const userId of users) ctx.store.appendNotification(userId, kind, text, ctx.now);
  }
}
