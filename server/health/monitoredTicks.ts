import type { System } from '../../system/index.js';
import type { PumpMonitor } from './PumpMonitor.js';

/**
 * The system as the scheduler sees it, beating the monitor after each pass's last step (the
 * outbox pruning): what `startTicking` is given so readiness knows the pump runs. A pass that
 * throws does not beat.
 */
export function monitoredTicks(system: System, monitor: PumpMonitor): System {
  return {
    ...system,
    pruneNotifications() {
      const pruned = system.pruneNotifications();
      monitor.beat();
      return pruned;
    },
  };
}
