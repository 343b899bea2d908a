import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createSystem } from '../index.js';
import type { Clock } from '../ports/Clock.js';
import { openSqliteStore } from '../store/openSqliteStore.js';

/** A wall clock set by hand, free to step back as NTP may step a real one. */
class SettableClock implements Clock {
  constructor(public at: number) {}
  now(): number {
    return this.at;
  }
}

const START = Date.UTC(2026, 0, 1);
const store = openSqliteStore(':memory:');

/** Clock readings around START, one per command, with at least one step back. */
const readings = fc
  .array(fc.integer({ min: -3_600_000, max: 3_600_000 }), { minLength: 2, maxLength: 10 })
  .filter((offsets) => offsets.some((t, i) => i > 0 && t < offsets[i - 1]!))
  .map((offsets) => offsets.map((t) => START + t));

// Why this test: audit time is evidence of order; a clock stepped back by NTP between two
// commands must not make a later event look earlier than the one before it.
test('recorded time never goes back, even when the clock does', async () => {
  await fc.assert(
    fc.asyncProperty(readings, async (times) => {
      store.truncateAll();
      const clock = new SettableClock(START);
      const system = createSystem({
        store,
        clock,
        seed: 3,
        config: { passwordCost: { N: 16, r: 1, p: 1 }, sessionTtlMs: 86_400_000 },
      });
      const credentials = { username: 'ada', password: 'correct horse' };
      await system.execute({ type: 'registerPatient', ...credentials, displayName: 'Ada' });
      const signedIn = await system.execute({ type: 'signIn', ...credentials });
      if (!signedIn.ok) throw new Error('setup');
      const { session } = signedIn.value;
      for (const [i, at] of times.entries()) {
        clock.at = at;
        if (i % 2) await system.execute({ type: 'startConversation', session });
        else await system.executeUnknown({ type: 'nonsense' });
      }
      const recorded = [...system.auditLog()].map((e) => e.recorded);
      expect(recorded).toHaveLength(times.length + 2);
      expect(recorded.every((t, i) => i === 0 || t >= recorded[i - 1]!)).toBe(true);
      // And no later than needed: the clock's reading, or the time of the event before.
      const readAt = [START, START, ...times];
      expect(recorded).toEqual(readAt.map((_, i) => Math.max(...readAt.slice(0, i + 1))));
      expect(system.verifyAudit()).toMatchObject({ ok: true, length: times.length + 2 });
    }),
    { seed: 19, numRuns: 100 },
  );
});
