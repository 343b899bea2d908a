import { machineWalk } from '../generators/machineWalk.js';
import { realtimeWalk } from '../generators/realtimeWalk.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { clientLinkModel } from '../models/clientLink.js';
import { printRealtimeStep, RealtimeStep } from '../models/realtimeStep.js';
import { REALTIME_VARIANTS } from './support/realtimeVariants.js';
import { runRealtimeTrace } from './support/runRealtimeTrace.js';

/**
 * Real-time delivery over real sockets: a server on 127.0.0.1, a WebSocket client per user
 * behind a partition proxy, and traces that interleave work with disconnects, partitions,
 * reconnects, heartbeats, malformed frames, store faults and server restarts. After every
 * step, every client has received what was addressed to it exactly once, in order, with an
 * explicit resync past retention (invariants 15 and 16).
 */
export const realtimeProperty: PropertyDefinition<RealtimeStep> = {
  name: 'realtime',
  trace: (maxSteps) => machineWalk(realtimeWalk, { maxSteps, invalidRate: 0 }),
  print: printRealtimeStep,
  stepSchema: RealtimeStep,
  machines: [clientLinkModel],
  variants: Object.keys(REALTIME_VARIANTS),
  defaultMaxSteps: 30,
  // Why a share: each run boots a server on a database file and four WebSocket clients.
  runsScale: 0.3,
  runner(variant) {
    const wrap = variant === undefined ? undefined : REALTIME_VARIANTS[variant];
    if (variant !== undefined && !wrap) throw new Error(`no variant "${variant}" of realtime`);
    return {
      run: (steps, probe) => runRealtimeTrace(steps, wrap, probe),
      close: () => undefined,
    };
  },
};
