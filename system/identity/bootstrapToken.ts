import { hash, timingSafeEqual } from 'node:crypto';

/** The stored form of the one-time bootstrap token: its SHA-256, never the token itself. */
export const bootstrapTokenHash = (token: string): Buffer => hash('sha256', token, 'buffer');

/**
 * Whether a bootstrap command carries the system's token, in constant time. A system started
 * without a token (null) takes no bootstrap at all.
 */
export function isBootstrapToken(expected: Buffer | null, given: string | undefined): boolean {
  if (expected === null || given === undefined) return false;
  return timingSafeEqual(bootstrapTokenHash(given), expected);
}
