import type { System } from '../system/index.js';
import type { Timer } from './Timer.js';

/**
 * Runs the system's timers every `intervalMs` (SLA expiries, then the retention of the
 * outbox, idempotency answers and sessions). A tick
 * still running when the next is due makes that one a no-op, so ticks never overlap.
 * Returns the function that stops it.
 */
export function startTicking(
  system: System,
  timer: Timer,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): () => void {
  let running = false;
  return timer.every(options.intervalMs ?? 1000, async () => {
    if (running) return;
    running = true;
    try {
      await system.tick();
      system.pruneNotifications();
      system.pruneRecords();
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = false;
    }
  });
}
