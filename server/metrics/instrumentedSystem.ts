import type { System } from '../../system/index.js';
import { commandLabel } from './commandLabel.js';
import type { ServerMetrics } from './ServerMetrics.js';
import type { Stopwatch } from './Stopwatch.js';

/**
 * The system with every command counted by type and outcome (`ok` or its error code) and
 * timed on the stopwatch: what the server serves, so HTTP and in-process callers are counted
 * alike. A command that throws (a bug, broken infrastructure) counts as `exception`.
 */
export function instrumentedSystem(
  system: System,
  metrics: ServerMetrics,
  stopwatch: Stopwatch,
): System {
  const executeUnknown: System['executeUnknown'] = async (command) => {
    const type = commandLabel((command as { type?: unknown } | null)?.type);
    const started = stopwatch.now();
    let outcome = 'exception';
    try {
      const answer = await system.executeUnknown(command);
      outcome = answer.ok ? 'ok' : answer.error.code;
      return answer;
    } finally {
      metrics.command(type, outcome, (stopwatch.now() - started) / 1000);
    }
  };
  return {
    ...system,
    executeUnknown,
    execute: executeUnknown as System['execute'],
    tick: () => executeUnknown({ type: 'runDueTimers' }) as ReturnType<System['tick']>,
  };
}
