import type { Answer, CommandErrorCode } from '../system/index.js';

/** An HTTP status the API answers with. */
export type ApiStatus = 200 | 400 | 401 | 403 | 404 | 409 | 415 | 422 | 429 | 503;

/**
 * The HTTP status of each error code. Why exhaustive (`satisfies`): a new error code must be
 * given its status here before the server compiles, rather than fall to a default.
 */
export const ERROR_STATUS = {
  invalid_command: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  rate_limited: 429,
  account_locked: 429,
  forbidden: 403,
  not_assigned: 403,
  not_found: 404,
  username_taken: 409,
  invalid_state: 409,
  gate_failed: 422,
  conversation_closed: 409,
  message_empty: 422,
  message_too_long: 422,
  message_invalid_characters: 422,
  idempotency_conflict: 409,
  cross_origin: 403,
  unsupported_media_type: 415,
  invalid_encoding: 400,
  unavailable: 503,
} as const satisfies Record<CommandErrorCode, ApiStatus>;

/**
 * The status of an answer: 200 when it succeeded, else its error's. A command without a
 * session is a 401 (no credentials), though the system reports it as a field at fault.
 */
export function statusOf(answer: Answer<unknown>): ApiStatus {
  if (answer.ok) return 200;
  const { error } = answer;
  if (error.code === 'invalid_command' && error.issues.some((i) => i.path === 'session'))
    return 401;
  return ERROR_STATUS[error.code];
}
