/// <reference lib="dom" />
import type {
  Answer,
  CommandError,
  CommandInput,
  CommandResults,
  CommandType,
} from '../../system/index.js';
import type { ServerClock } from './ServerClock.js';

/** A failure the browser met before any answer: the server could not be reached, or said nonsense. */
export type ClientError =
  | { code: 'unreachable'; message: string }
  | { code: 'bad_answer'; status: number };

/** What a command call ends with: the system's answer, or a failure on the way. */
export type BrowserAnswer<T> =
  | Answer<T>
  | { ok: false; error: CommandError | ClientError; emergencyAdvice?: string };

/**
 * Runs a command over the HTTP API from the browser: the session in `Authorization`, the
 * idempotency key in `Idempotency-Key`, as `server/PROTOCOL.md` says. Never throws: a network
 * failure is an answer too, so the page shows it like any refusal.
 */
export async function callCommand<T extends CommandType>(
  command: Extract<CommandInput, { type: T }>,
  clock?: ServerClock,
): Promise<BrowserAnswer<CommandResults[T]>> {
  const { type, session, idempotencyKey, ...body } = command as Record<string, unknown>;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (typeof session === 'string') headers.authorization = `Bearer ${session}`;
  if (typeof idempotencyKey === 'string') headers['idempotency-key'] = idempotencyKey;
  let response: Response;
  try {
    response = await fetch(`/api/commands/${encodeURIComponent(String(type))}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
  } catch (error) {
    return { ok: false, error: { code: 'unreachable', message: String(error) } };
  }
  clock?.observe(response.headers.get('date'));
  let answer: unknown;
  try {
    answer = await response.json();
  } catch {
    answer = null;
  }
  const ok = (answer as { ok?: unknown } | null)?.ok;
  const error = (answer as { error?: { code?: unknown } } | null)?.error;
  if (ok === true || (ok === false && typeof error?.code === 'string'))
    return answer as BrowserAnswer<CommandResults[T]>;
  return { ok: false, error: { code: 'bad_answer', status: response.status } };
}

/** A fresh idempotency key for one user action. */
export const newIdempotencyKey = (): string => crypto.randomUUID();
