import type { Context } from 'hono';
import type { CommandError } from '../system/index.js';
import { type ApiStatus, statusOf } from './errorStatus.js';

/** An answer of the API: a command's, or a delivery read's (which has no correlation id). */
export type ApiAnswer =
  | { ok: true; value: unknown; correlationId?: string }
  | { ok: false; error: CommandError; correlationId?: string };

/**
 * Sends an answer with its status: the body is the system's answer unchanged, so a client sees
 * exactly what an in-process caller would. A 401 says why in `WWW-Authenticate` (RFC 6750).
 */
export function reply(c: Context, answer: ApiAnswer): Response {
  const status: ApiStatus = statusOf({ correlationId: '', ...answer });
  if (answer.correlationId !== undefined) c.header('X-Correlation-Id', answer.correlationId);
  if (
    !answer.ok &&
    (answer.error.code === 'rate_limited' || answer.error.code === 'account_locked')
  )
    c.header('Retry-After', String(Math.ceil(answer.error.retryAfterMs / 1000)));
  if (status === 401) {
    const reason = !answer.ok && answer.error.code === 'unauthenticated' ? answer.error.reason : '';
    const description = reason === '' ? '' : `, error_description="${reason}"`;
    c.header('WWW-Authenticate', `Bearer realm="medassist", error="invalid_token"${description}`);
  }
  return c.json(answer, status);
}

/** The answer to a request that names no session at all. */
export const NO_SESSION: ApiAnswer = {
  ok: false,
  error: {
    code: 'invalid_command',
    issues: [{ path: 'session', message: 'an Authorization: Bearer <session> header is required' }],
  },
};
