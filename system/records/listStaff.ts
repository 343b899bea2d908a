import { ok } from '../domain/result.js';
import type { Role, UserId } from '../domain/user.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { unitOf } from './unitOf.js';

/** A member of the nursing staff as a reassignment picks them. */
export interface StaffMember {
  userId: UserId;
  name: string;
  role: Extract<Role, 'nurse' | 'charge_nurse'>;
}

/** The nurses and charge nurses of the reader's unit, by name (then id): whom a case can go to. */
export function listStaff(ctx: ActorContext): Handled<{ staff: StaffMember[] }> {
  const roles = ['nurse', 'charge_nurse'] as const;
  const unit = unitOf(ctx.store, ctx.actor.userId);
  const staff = roles
    .flatMap((role) =>
      ctx.store.usersWithRoleIn(role, unit).map((userId) => ({
        userId,
        name: ctx.store.getUser(userId)?.displayName ?? '',
        role,
      })),
    )
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.userId < b.userId ? -1 : 1));
  return { result: ok({ staff }), action: 'R', entity: 'Staff/nursing' };
}
