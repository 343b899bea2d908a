import type { z } from 'zod';
import type { ReadHistory } from '../domain/command.js';
import { ok } from '../domain/result.js';
import type { CommandContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import type { HistoryItem } from '../store/Store.js';
import { findOwnConversation } from './findOwnConversation.js';

/** A page of history and where the next one starts (null at the end). */
export interface HistoryPage {
  items: HistoryItem[];
  nextAfterSeq: number | null;
}

/** Reads a page of a conversation's history; reading is audited as health data access. */
export function readHistory(
  ctx: CommandContext,
  cmd: z.infer<typeof ReadHistory>,
): Handled<HistoryPage> {
  const entity = `Conversation/${cmd.conversationId}`;
  const found = findOwnConversation(ctx.store, cmd.actor, cmd.conversationId, 'read');
  if (!found.ok) return { result: found, action: 'R', entity };
  // Why limit + 1: one extra row tells whether another page exists without a count query.
  const rows = ctx.store.listHistory(cmd.conversationId, cmd.afterSeq, cmd.limit + 1);
  const items = rows.slice(0, cmd.limit);
  const nextAfterSeq = rows.length > cmd.limit ? items[items.length - 1]!.message.seq : null;
  return { result: ok({ items, nextAfterSeq }), action: 'R', entity };
}
