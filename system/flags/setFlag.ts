import type { CommandOf } from '../domain/command.js';
import { ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import type { FlagConfig } from './triageFlag.js';

/** Turns the triage flag on or off, and sets the variant it serves when on. */
export function setFlag(ctx: ActorContext, cmd: CommandOf<'setFlag'>): Handled<FlagConfig> {
  const config: FlagConfig = { enabled: cmd.enabled, variant: cmd.variant };
  ctx.store.putFlag(cmd.key, JSON.stringify(config), ctx.now);
  return { result: ok(config), action: 'U', entity: `Flag/${cmd.key}` };
}
