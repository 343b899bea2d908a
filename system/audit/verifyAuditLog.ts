import { AuditEvent, GENESIS_HASH } from '../domain/auditEvent.js';
import { hashAuditEvent } from './hashAuditEvent.js';

/** The verdict on an audit log: intact up to its head, or the first entry found broken. */
export type AuditVerdict =
  | { ok: true; length: number; head: string }
  | { ok: false; seq: number; reason: string };

/** The anchor kept beside the log: its last entry's place, hash and time (truncation checks). */
export interface AuditAnchor {
  seq: number;
  hash: string;
  recorded: number;
}

/**
 * Recomputes the chain from the stored entries: detects an unreadable entry, an edited one
 * (hash mismatch), a removed or reordered one (sequence gap or broken link), time going back,
 * and a truncated tail or a moved anchor (anchor mismatch).
 */
export function verifyAuditLog(
  entries: Iterable<unknown>,
  anchor: AuditAnchor | undefined,
): AuditVerdict {
  let prevHash = GENESIS_HASH;
  let prevRecorded = Number.NEGATIVE_INFINITY;
  let expectedSeq = 1;
  for (const entry of entries) {
    const parsed = AuditEvent.safeParse(entry);
    if (!parsed.success) return broken(expectedSeq, 'entry is not a well-formed audit event');
    const event = parsed.data;
    const { hash, ...body } = event;
    if (event.seq !== expectedSeq) return broken(expectedSeq, `sequence gap: found ${event.seq}`);
    if (event.prevHash !== prevHash) return broken(event.seq, 'link to the previous entry broken');
    if (hashAuditEvent(body) !== hash) return broken(event.seq, 'content does not match its hash');
    if (event.recorded < prevRecorded) return broken(event.seq, 'recorded time went back');
    prevHash = hash;
    prevRecorded = event.recorded;
    expectedSeq++;
  }
  const length = expectedSeq - 1;
  const head = { seq: length, hash: prevHash, recorded: length === 0 ? null : prevRecorded };
  const kept = anchor ?? { seq: 0, hash: GENESIS_HASH, recorded: null };
  // Why the time too: the anchor's time is the floor of the next event's (see appendAuditEvent).
  const differs = (['seq', 'hash', 'recorded'] as const).filter((k) => kept[k] !== head[k]);
  if (differs.length > 0) {
    return broken(
      length + 1,
      // Stryker disable next-line StringLiteral: the separator of a message's list, display only
      `log ends at ${length} but its anchor differs in ${differs.join(', ')}: ${JSON.stringify(kept)}`,
    );
  }
  return { ok: true, length, head: prevHash };
}

function broken(seq: number, reason: string): AuditVerdict {
  return { ok: false, seq, reason };
}
