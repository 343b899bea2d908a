import fc from 'fast-check';
import { z } from 'zod';

/** A step of a crash trace: a message acknowledged, or a message during which the process dies. */
export const CrashStep = z.object({
  type: z.enum(['SEND', 'CRASH']),
  kind: z.enum(['emergency', 'review', 'routine']),
  /** For a crash: how long after sending the command the process is killed, in ms. */
  delayMs: z.number().int().min(0).max(20),
});
export type CrashStep = z.infer<typeof CrashStep>;

/** Crash steps, a crash about one step in three; shrinking goes toward sends with no delay. */
export const crashStep: fc.Arbitrary<CrashStep> = fc.record({
  type: fc.oneof(
    { arbitrary: fc.constant('SEND' as const), weight: 2 },
    { arbitrary: fc.constant('CRASH' as const), weight: 1 },
  ),
  kind: fc.constantFrom('routine' as const, 'emergency' as const, 'review' as const),
  delayMs: fc.oneof(
    { arbitrary: fc.constant(0), weight: 3 },
    { arbitrary: fc.integer({ min: 1, max: 20 }), weight: 1 },
  ),
});

/** A crash step as one line of a script. */
export const printCrashStep = (s: CrashStep): string =>
  s.type === 'SEND'
    ? `send(${s.kind})`
    : `send(${s.kind}) + SIGKILL after ${s.delayMs} ms + restart`;
