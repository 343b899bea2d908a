import type { CommandOf } from '../domain/command.js';
import { err, ok } from '../domain/result.js';
import { DEFAULT_UNIT, type Unit } from '../domain/unit.js';
import type { Role, UserId } from '../domain/user.js';
import type { ActorContext, CommandContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';

/** Creates a staff account. */
export function createStaff(
  ctx: ActorContext,
  cmd: CommandOf<'createStaff'>,
  passwordHash: string,
): Handled<{ userId: UserId }> {
  return insertStaff(ctx, { ...cmd, passwordHash });
}

/**
 * Creates the first admin; the system itself is the actor. `passwordHash` is null when the
 * command was found to be refused before hashing (wrong token, an admin exists).
 */
export function bootstrapAdmin(
  ctx: CommandContext,
  cmd: CommandOf<'bootstrapAdmin'>,
  passwordHash: string | null,
  tokenValid: boolean,
): Handled<{ userId: UserId }> {
  const system = { agent: 'system', agentRole: 'system' };
  if (!tokenValid) {
    // Why the same answer for a missing and a wrong token: neither tells whether the system
    // has one, nor whether an admin exists.
    return {
      result: err({ code: 'invalid_credentials' }),
      action: 'C',
      entity: 'User/new',
      agent: 'anonymous',
      agentRole: 'anonymous',
    };
  }
  if (ctx.store.usersWithRole('admin').length > 0 || passwordHash === null) {
    return {
      result: err({ code: 'invalid_state', entity: 'User/admin', status: 'exists' }),
      action: 'C',
      entity: 'User/new',
      ...system,
    };
  }
  return { ...insertStaff(ctx, { ...cmd, role: 'admin', passwordHash }), ...system };
}

function insertStaff(
  ctx: CommandContext,
  cmd: {
    username: string;
    displayName: string;
    role: Exclude<Role, 'patient'>;
    passwordHash: string;
    unit?: Unit | undefined;
  },
): Handled<{ userId: UserId }> {
  const { passwordHash } = cmd;
  if (ctx.store.getUserByUsername(cmd.username, 'staff')) {
    return {
      result: err({ code: 'username_taken', username: cmd.username }),
      action: 'C',
      entity: 'User/new',
    };
  }
  const id = ctx.ids.next('usr') as UserId;
  ctx.store.insertUser({
    id,
    username: cmd.username,
    role: cmd.role,
    displayName: cmd.displayName,
    passwordHash,
    createdAt: ctx.now,
    unit: cmd.unit ?? DEFAULT_UNIT,
  });
  return { result: ok({ userId: id }), action: 'C', entity: `User/${id}` };
}
