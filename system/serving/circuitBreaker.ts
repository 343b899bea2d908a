import { z } from 'zod';

/** A circuit breaker's state: closed lets calls through, open refuses them, half-open tries one. */
export const BreakerState = z.enum(['closed', 'open', 'half_open']);
export type BreakerState = z.infer<typeof BreakerState>;

/** A version's breaker as stored: consecutive failures, and when it last opened. */
export const BreakerRecord = z.object({
  version: z.string().min(1),
  state: BreakerState,
  failures: z.int().min(0),
  openedAt: z.int().nullable(),
  updatedAt: z.int(),
});
export type BreakerRecord = z.infer<typeof BreakerRecord>;

/** What a breaker needs to know. */
export interface BreakerPolicy {
  failureThreshold: number;
  cooldownMs: number;
}

/** A closed breaker for a version never called. */
export const closedBreaker = (version: string, now: number): BreakerRecord => ({
  version,
  state: 'closed',
  failures: 0,
  openedAt: null,
  updatedAt: now,
});

/**
 * The breaker as it stands at `now`: an open breaker whose cooldown has passed is half-open.
 * Why computed rather than stored: the move is due to time alone, with no call to record it,
 * and a clock never needs a timer to read it.
 */
export function breakerAt(
  record: BreakerRecord,
  now: number,
  policy: BreakerPolicy,
): BreakerRecord {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an open breaker always has openedAt, and no half-open one is stored
  if (record.state !== 'open' || record.openedAt === null) return record;
  return now >= record.openedAt + policy.cooldownMs ? { ...record, state: 'half_open' } : record;
}

/**
 * The breaker after a call it let through: a success closes it; a failure opens a half-open
 * breaker again, and a closed one once failures reach the threshold.
 */
export function afterCall(
  record: BreakerRecord,
  succeeded: boolean,
  now: number,
  policy: BreakerPolicy,
): BreakerRecord {
  if (succeeded) return { ...record, state: 'closed', failures: 0, openedAt: null, updatedAt: now };
  const failures = record.failures + 1;
  // Stryker disable next-line ConditionalExpression,StringLiteral: a half-open breaker opened at the threshold, and failures reset only on a success
  const opens = record.state === 'half_open' || failures >= policy.failureThreshold;
  return opens
    ? { ...record, state: 'open', failures, openedAt: now, updatedAt: now }
    : { ...record, failures, updatedAt: now };
}
