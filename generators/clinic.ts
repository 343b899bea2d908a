import fc from 'fast-check';
import { CLINIC_ROSTER, PATIENTS } from '../models/clinicRoster.js';
import type { ClinicStep } from '../models/clinicStep.js';
import { type ClinicVerdict, type ClinicWorld, clinicWorld } from '../models/clinicWorld.js';
import type { WalkSpec } from './machineWalk.js';

const payload = fc.record({
  kind: fc.constantFrom('review', 'emergency2', 'emergency1', 'routine'),
  acuity: fc.integer({ min: 1, max: 5 }),
  to: fc.nat({ max: CLINIC_ROSTER.length - 1 }),
  outcome: fc.constantFrom('approve', 'reject', 'modify'),
  breakGlass: fc.oneof(
    { arbitrary: fc.constant(false), weight: 4 },
    { arbitrary: fc.constant(true), weight: 1 },
  ),
  advice: fc.boolean(),
  queueStatus: fc.option(
    fc.constantFrom('pending', 'claimed', 'approved', 'rejected', 'modified'),
    { nil: null },
  ),
  queueAssignee: fc.option(fc.nat({ max: CLINIC_ROSTER.length - 1 }), { nil: null }),
  // Small steps and steps past an SLA (2 and 10 minutes), so that timers fire and do not.
  ms: fc.oneof(fc.integer({ min: 0, max: 90_000 }), fc.integer({ min: 100_000, max: 900_000 })),
});

type Payload = typeof payload extends fc.Arbitrary<infer P> ? P : never;

const ACTORS = CLINIC_ROSTER.map((_, i) => i);

/**
 * The clinic world's walk: patients send messages that open escalations and review cases;
 * every actor (patients included, to be refused) tries every escalation and case command;
 * the clock moves so that acknowledgement SLAs expire.
 */
export const clinicWalk: WalkSpec<ClinicWorld, ClinicStep, ClinicVerdict, Payload> = {
  model: clinicWorld,
  payload,
  actions: [
    'SEND',
    'CLAIM',
    'DECIDE',
    'ACKNOWLEDGE',
    'RESOLVE',
    'DEESCALATE',
    'RELEASE',
    'REASSIGN',
    'ADVANCE_CLOCK',
    'READ_HISTORY',
    'READ_QUEUE',
  ],
  actionOf: (step) => step.type,
  candidates(world, p) {
    const steps: ClinicStep[] = [];
    // Why no cap on messages: an action that is sometimes unavailable makes a choice fall
    // through to another action, and shrinking then stalls at a longer trace than needed.
    for (const patient of PATIENTS) steps.push({ type: 'SEND', patient, kind: p.kind });
    for (const patient of PATIENTS) steps.push({ type: 'READ_HISTORY', patient });
    for (const actor of ACTORS) {
      steps.push({ type: 'READ_QUEUE', actor, status: p.queueStatus, assignee: p.queueAssignee });
      world.escalations.forEach((_, escalation) => {
        steps.push(
          { type: 'ACKNOWLEDGE', actor, escalation },
          { type: 'RESOLVE', actor, escalation },
          { type: 'DEESCALATE', actor, escalation, acuity: p.acuity },
        );
      });
      world.cases.forEach((_, c) => {
        steps.push(
          { type: 'CLAIM', actor, case: c },
          { type: 'RELEASE', actor, case: c },
          { type: 'REASSIGN', actor, case: c, to: p.to },
          {
            type: 'DECIDE',
            actor,
            case: c,
            outcome: p.outcome,
            breakGlass: p.breakGlass,
            advice: p.advice,
          },
        );
      });
    }
    steps.push({ type: 'ADVANCE_CLOCK', ms: p.ms });
    return steps;
  },
};
