import { type AuditEvent, GENESIS_HASH } from '../domain/auditEvent.js';
import type { Ids } from '../ports/Ids.js';
import type { Store } from '../store/Store.js';
import { hashAuditEvent } from './hashAuditEvent.js';

/** An audit event before the log gives it its place, time floor and hashes. */
export type AuditDraft = Omit<AuditEvent, 'seq' | 'id' | 'prevHash' | 'hash' | 'type'>;

/**
 * Appends one event, chained to the last. Recorded time is never earlier than the last
 * event's, so a wall clock stepping back (NTP) cannot make audit time decrease.
 * WARNING: call inside the command's transaction, or the event and the change can part.
 */
export function appendAuditEvent(store: Store, ids: Ids, draft: AuditDraft): AuditEvent {
  const last = store.auditAnchor();
  const body: Omit<AuditEvent, 'hash'> = {
    ...draft,
    seq: (last?.seq ?? 0) + 1,
    // Stryker disable next-line StringLiteral: a generated id's prefix names its kind for a reader; the counter makes it unique
    id: ids.next('audit'),
    type: 'command',
    recorded: Math.max(draft.recorded, last?.recorded ?? draft.recorded),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const event: AuditEvent = { ...body, hash: hashAuditEvent(body) };
  store.appendAudit(event);
  return event;
}
