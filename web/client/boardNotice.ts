import type { Notification } from '../../system/index.js';

/**
 * What an escalation notification tells a board, read from its body: enough to draw or change
 * a card at once, before the board is read again (which stays the truth).
 */
export type BoardNotice =
  | {
      kind: 'raised';
      escalationId: string;
      acuity: 1 | 2 | 3 | 4 | 5;
      ackDeadline: number;
      raisedAt: number;
      patientId: string;
      patientName: string;
      complaint: string;
    }
  | {
      kind: 'acknowledged';
      escalationId: string;
      acknowledgedBy: string;
      acknowledgedByName: string;
      acknowledgedAt: number;
    }
  | { kind: 'resolved'; escalationId: string }
  | { kind: 'lowered'; escalationId: string; acuity: 1 | 2 | 3 | 4 | 5 };

type Body = Record<string, unknown>;

const text = (v: unknown): v is string => typeof v === 'string';
const time = (v: unknown): v is number => Number.isSafeInteger(v);
const acuity = (v: unknown): v is 1 | 2 | 3 | 4 | 5 =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5;

/**
 * The notice a notification carries for the board, or null when it is not one or its body
 * lacks a field (an older server's body, say): the board then waits for its next read.
 * Checked by hand, not with zod, for the same reason as `browserServerFrame.ts`.
 */
export function boardNotice(n: Pick<Notification, 'kind' | 'body'>): BoardNotice | null {
  const b = (typeof n.body === 'object' && n.body !== null ? n.body : {}) as Body;
  if (!text(b.escalationId)) return null;
  const escalationId = b.escalationId;
  switch (n.kind) {
    case 'escalation.raised':
      return acuity(b.acuity) &&
        time(b.ackDeadline) &&
        time(b.raisedAt) &&
        text(b.patientId) &&
        text(b.patientName) &&
        text(b.complaint)
        ? {
            kind: 'raised',
            escalationId,
            acuity: b.acuity,
            ackDeadline: b.ackDeadline,
            raisedAt: b.raisedAt,
            patientId: b.patientId,
            patientName: b.patientName,
            complaint: b.complaint,
          }
        : null;
    case 'escalation.acknowledged':
      return text(b.acknowledgedBy) && text(b.acknowledgedByName) && time(b.acknowledgedAt)
        ? {
            kind: 'acknowledged',
            escalationId,
            acknowledgedBy: b.acknowledgedBy,
            acknowledgedByName: b.acknowledgedByName,
            acknowledgedAt: b.acknowledgedAt,
          }
        : null;
    case 'escalation.resolved':
      return { kind: 'resolved', escalationId };
    case 'escalation.lowered':
      return acuity(b.acuity) ? { kind: 'lowered', escalationId, acuity: b.acuity } : null;
    default:
      return null;
  }
}
