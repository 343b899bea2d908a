import type { BreakerState, SystemHealth } from '../../system/index.js';
import type { PumpMonitor } from './PumpMonitor.js';
import type { Readiness } from './Readiness.js';

const SEVERITY: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * Whether the server should take traffic: the database answers a read and a write, the pump
 * runs, and no version taking traffic has an open breaker. Why half-open is ready: the breaker
 * lets its trial call through, and triage answers meanwhile from the rules, safely.
 */
export function judgeReadiness(health: SystemHealth, pump: PumpMonitor): Readiness {
  const { read, write } = health.database;
  const pumpState = pump.state();
  const breaker = health.model.serving.reduce<BreakerState>(
    (worst, s) => (SEVERITY[s.breaker] > SEVERITY[worst] ? s.breaker : worst),
    'closed',
  );
  const reasons = [
    ...(read.ok ? [] : [`database read failed: ${read.reason}`]),
    ...(write.ok ? [] : [`database write failed: ${write.reason}`]),
    ...(pumpState.state === 'running' ? [] : [`outbox pump ${pumpState.state}`]),
    ...health.model.serving
      .filter((s) => s.breaker === 'open')
      .map((s) => `model ${s.version} breaker open`),
  ];
  return {
    ready: reasons.length === 0,
    reasons,
    database: { read: read.ok ? 'ok' : read.reason, write: write.ok ? 'ok' : write.reason },
    pump: pumpState,
    model: { production: health.model.production, breaker, serving: health.model.serving },
  };
}
