import type { CommandError } from '../domain/commandError.js';
import { err, ok, type Result } from '../domain/result.js';
import type { Actor } from '../domain/user.js';
import type { Store } from '../store/Store.js';
import { sessionTokenHash } from './sessionToken.js';

/** The actor a session token stands for at `now`, or why it stands for none. */
export function resolveSession(
  store: Store,
  token: string,
  now: number,
): Result<Actor, CommandError> {
  const session = store.getSession(sessionTokenHash(token));
  if (!session) return err({ code: 'unauthenticated', reason: 'unknown' });
  if (session.endedAt !== null) return err({ code: 'unauthenticated', reason: 'ended' });
  if (now >= session.expiresAt) return err({ code: 'unauthenticated', reason: 'expired' });
  const user = store.getUser(session.userId);
  if (!user) return err({ code: 'unauthenticated', reason: 'unknown' });
  return ok({ userId: user.id, role: user.role });
}
