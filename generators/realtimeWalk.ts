import fc from 'fast-check';
import type { Verdict } from '../harness/WorldModel.js';
import { GarbageKind, REALTIME_ROSTER, type RealtimeStep } from '../models/realtimeStep.js';
import { type RealtimeWorld, realtimeWorld } from '../models/realtimeWorld.js';
import type { WalkSpec } from './machineWalk.js';

const payload = fc.record({
  patient: fc.nat({ max: 1 }),
  garbage: fc.constantFrom(...GarbageKind.options),
});

type Payload = typeof payload extends fc.Arbitrary<infer P> ? P : never;

const CLIENTS = REALTIME_ROSTER.map((_, i) => i);

/**
 * The real-time walk: work that notifies, interleaved with what the network and the server
 * do to the clients; only steps the model enables are offered (a refused step has nothing to
 * say about delivery).
 */
export const realtimeWalk: WalkSpec<RealtimeWorld, RealtimeStep, Verdict, Payload> = {
  model: realtimeWorld,
  payload,
  actions: [
    'EMERGENCY',
    'REVIEW',
    'DECIDE',
    'EXPIRE',
    'FAULTY_EMERGENCY',
    'DISCONNECT',
    'PARTITION',
    'RECONNECT',
    'HEARTBEAT',
    'GARBAGE',
    'RESTART',
  ],
  actionOf: (step) => step.type,
  candidates(world, p) {
    const steps: RealtimeStep[] = [
      { type: 'EMERGENCY', patient: p.patient },
      { type: 'REVIEW', patient: p.patient },
      { type: 'EXPIRE' },
      { type: 'FAULTY_EMERGENCY', patient: p.patient },
      { type: 'HEARTBEAT' },
      { type: 'RESTART' },
    ];
    world.cases.forEach((_, k) => {
      steps.push({ type: 'DECIDE', case: k });
    });
    for (const client of CLIENTS) {
      steps.push(
        { type: 'DISCONNECT', client },
        { type: 'PARTITION', client },
        { type: 'RECONNECT', client },
        { type: 'GARBAGE', client, kind: p.garbage },
      );
    }
    return steps;
  },
};
