import type { Acuity } from '../domain/acuity.js';
import type { CommandContext } from '../kernel/CommandContext.js';

/** When an escalation at this acuity must be acknowledged by, counted from now. */
export function ackDeadline(ctx: CommandContext, acuity: Acuity): number {
  return ctx.now + (acuity === 1 ? ctx.config.ackSlaMs[1] : ctx.config.ackSlaMs[2]);
}
