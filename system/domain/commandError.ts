import type { AuditOutcome } from './auditEvent.js';

/** A field a command got wrong, as the boundary's schema reports it. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Every expected way a command can fail, tagged by `code` and carrying its context. */
export type CommandError =
  | { code: 'invalid_command'; issues: FieldIssue[] }
  | { code: 'unauthenticated'; reason: 'unknown' | 'ended' | 'expired' }
  | { code: 'invalid_credentials' }
  /**
   * Too many requests that would hash a password, from this address or for this account:
   * retry after `retryAfterMs` (nothing was hashed).
   */
  | { code: 'rate_limited'; retryAfterMs: number }
  /** Too many wrong passwords in a row for this account: locked for `retryAfterMs`. */
  | { code: 'account_locked'; retryAfterMs: number }
  | { code: 'username_taken'; username: string }
  | { code: 'not_found'; entity: string }
  | { code: 'forbidden'; actor: string; action: string; entity: string }
  | { code: 'not_assigned'; actor: string; entity: string; assignee: string | null }
  | { code: 'invalid_state'; entity: string; status: string }
  | { code: 'gate_failed'; entity: string; reasons: string[] }
  | { code: 'conversation_closed'; conversationId: string }
  | { code: 'message_empty' | 'message_too_long' | 'message_invalid_characters' }
  /**
   * The idempotency key was first used for another request (another command, or the same one
   * with other fields): a key names one request, so this one is neither run nor replayed.
   */
  | { code: 'idempotency_conflict'; idempotencyKey: string; firstType: string }
  /**
   * Refused by the HTTP layer before the request became a command: a state-changing request
   * from another origin (a page elsewhere sending it as a simple cross-site request)...
   */
  | { code: 'cross_origin'; origin: string }
  /** ...a body that is not declared JSON (`Content-Type: application/json`)... */
  | { code: 'unsupported_media_type'; contentType: string }
  /** ...or a body that is not valid UTF-8 (refused, never rewritten). */
  | { code: 'invalid_encoding' }
  | { code: 'unavailable' };

/** The refusals the HTTP layer makes before a request becomes a command. */
export type BoundaryError = Extract<
  CommandError,
  { code: 'cross_origin' | 'unsupported_media_type' | 'invalid_encoding' }
>;

/** The error codes, for exhaustive tables. */
export type CommandErrorCode = CommandError['code'];

const DENIALS: ReadonlySet<CommandErrorCode> = new Set([
  'unauthenticated',
  'invalid_credentials',
  'rate_limited',
  'account_locked',
  'cross_origin',
  'forbidden',
  'not_assigned',
]);

/** How an error is audited: access refusals are denials, everything else a failure. */
export function auditOutcomeOf(error: CommandError): AuditOutcome {
  if (DENIALS.has(error.code)) return { code: '8', label: 'denied', detail: error.code };
  // Why a refused release keeps its reasons: they carry the figures and the emergencies lost,
  // which an auditor must be able to read without the version's own record.
  const detail =
    error.code === 'gate_failed' ? `${error.code}: ${error.reasons.join('; ')}` : error.code;
  return { code: '4', label: 'failed', detail };
}
