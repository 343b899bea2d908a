import { randomBytes } from 'node:crypto';
import type { Ids } from './Ids.js';

/**
 * Unpredictable ids from the operating system's CSPRNG (144 bits each), for production.
 * Why not seeded: session tokens come from this port, and a guessable token is a stolen session.
 */
export function cryptoIds(): Ids {
  return { next: (prefix) => `${prefix}_${randomBytes(18).toString('base64url')}` };
}
