import fc from 'fast-check';
import { CLINIC_ROSTER, isCharge, isStaff, PATIENTS } from '../models/clinicRoster.js';
import { type ClinicStep, NEVER_RAISED } from '../models/clinicStep.js';
import { type ClinicVerdict, type ClinicWorld, clinicWorld } from '../models/clinicWorld.js';
import type { WalkSpec } from './machineWalk.js';

const payload = fc.record({
  // Why review twice: cases, half of what the clinic's machines walk, come only from it.
  kind: fc.constantFrom('review', 'emergency1', 'emergency2', 'routine', 'review'),
  acuity: fc.integer({ min: 1, max: 5 }),
  to: fc.nat({ max: CLINIC_ROSTER.length - 1 }),
  outcome: fc.constantFrom('approve', 'reject', 'modify'),
  advice: fc.boolean(),
  // Why each filter is off half the time: three filters all on select nothing most of the time.
  queueStatus: fc.option(
    fc.constantFrom('pending', 'claimed', 'approved', 'rejected', 'modified'),
    { nil: null, freq: 2 },
  ),
  queueAcuity: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 2 }),
  queueAssignee: fc.option(fc.nat({ max: CLINIC_ROSTER.length - 1 }), { nil: null, freq: 2 }),
  // Small steps and steps past an SLA (2 and 10 minutes), so that timers fire and do not.
  ms: fc.oneof(fc.integer({ min: 0, max: 90_000 }), fc.integer({ min: 100_000, max: 900_000 })),
});

type Payload = typeof payload extends fc.Arbitrary<infer P> ? P : never;

/**
 * Who tries the staff commands: the staff, and one patient to be refused. Why one: the policy
 * refuses every patient alike, and each would add as many steps to judge at every choice.
 */
const ACTORS = CLINIC_ROSTER.flatMap((_, i) => (isStaff(i) || i === PATIENTS[0] ? [i] : []));

/**
 * The clinic world's walk: patients send messages that open escalations and review cases;
 * the staff and a patient (to be refused) try every escalation and case command, and
 * the charge nurse tries them on an escalation and a case never raised; the clock moves so
 * that acknowledgement SLAs expire.
 */
export const clinicWalk: WalkSpec<ClinicWorld, ClinicStep, ClinicVerdict, Payload> = {
  model: clinicWorld,
  payload,
  // Why this order: a choice whose action has no step to offer takes the next action's. A
  // refused choice of SEND, a read or the clock (none is ever refused) thus falls on the
  // refusals of RESOLVE, REASSIGN, DECIDE or DEESCALATE, the rarest ones; the two actions
  // never valid come last, so that a valid choice of them falls through to SEND.
  actions: [
    'SEND',
    'RESOLVE',
    'READ_HISTORY',
    'REASSIGN',
    'READ_QUEUE',
    'DECIDE',
    'ADVANCE_CLOCK',
    'DEESCALATE',
    'READ_ESCALATIONS',
    'CLAIM',
    'READ_CONVERSATION',
    'RELEASE',
    'LIST_STAFF',
    'READ_CASE',
    'LIST_CONVERSATIONS',
    'ACKNOWLEDGE',
    'UNKNOWN',
    'DENIED',
  ],
  // Why what the access policy denies (patients at staff commands, nurses reassigning) and
  // what names an escalation or case never raised are actions of their own: mixed into each
  // command's refusals, they would crowd out those its own rules make (not assigned, wrong
  // state), most of all early in a run, when they are the only refusals there are.
  // Why SEND kept in every swarm: escalations and cases, what every other command acts on,
  // come only from patients' messages.
  swarmKeeps: ['SEND'],
  actionOf(step) {
    if ('actor' in step && !isStaff(step.actor)) return 'DENIED';
    if (step.type === 'REASSIGN' && !isCharge(step.actor)) return 'DENIED';
    if ('escalation' in step && step.escalation === NEVER_RAISED) return 'UNKNOWN';
    if ('case' in step && step.case === NEVER_RAISED) return 'UNKNOWN';
    if (step.type === 'READ_CONVERSATION' && step.index === NEVER_RAISED) return 'UNKNOWN';
    return step.type;
  },
  candidates(world, p) {
    const steps: ClinicStep[] = [];
    // Why no cap on messages: an action that is sometimes unavailable makes a choice fall
    // through to another action, and shrinking then stalls at a longer trace than needed.
    for (const patient of PATIENTS) steps.push({ type: 'SEND', patient, kind: p.kind });
    for (const patient of PATIENTS) steps.push({ type: 'READ_HISTORY', patient });
    for (const patient of PATIENTS) steps.push({ type: 'LIST_CONVERSATIONS', patient });
    // Why not every escalation and case: those behind a newer one of theirs add nothing to
    // test (a patient's older escalations are resolved, older decided cases are like the
    // newest), and each would make the refusals they draw more likely than the rarer ones.
    const escalations = world.escalations.flatMap((e, i) =>
      world.escalations.findLastIndex((later) => later.patient === e.patient) === i ? [i] : [],
    );
    const lastDecided = world.cases.findLastIndex((c) => c.decision !== null);
    const cases = world.cases.flatMap((c, k) =>
      c.decision === null || k === lastDecided ? [k] : [],
    );
    // Refusals are tried only once there is something of their kind in the world: early in a
    // run, when there is nothing to refuse yet, a choice of a refusal makes a valid step.
    const unknownEscalation = escalations.length > 0 ? [NEVER_RAISED] : [];
    const unknownCase = cases.length > 0 ? [NEVER_RAISED] : [];
    for (const actor of ACTORS) {
      // The charge nurse, who may do everything, also names an escalation and a case never raised.
      const charge = isCharge(actor);
      if (isStaff(actor) || cases.length > 0)
        steps.push({
          type: 'READ_QUEUE',
          actor,
          status: p.queueStatus,
          acuity: p.queueAcuity,
          assignee: p.queueAssignee,
        });
      steps.push({ type: 'READ_ESCALATIONS', actor }, { type: 'LIST_STAFF', actor });
      for (const escalation of charge ? [...escalations, ...unknownEscalation] : escalations) {
        steps.push(
          { type: 'READ_CONVERSATION', actor, about: 'escalation', index: escalation },
          { type: 'ACKNOWLEDGE', actor, escalation },
          { type: 'RESOLVE', actor, escalation },
          { type: 'DEESCALATE', actor, escalation, acuity: p.acuity },
        );
      }
      for (const c of charge ? [...cases, ...unknownCase] : cases) {
        steps.push(
          { type: 'READ_CONVERSATION', actor, about: 'case', index: c },
          { type: 'READ_CASE', actor, case: c },
          { type: 'CLAIM', actor, case: c },
          { type: 'RELEASE', actor, case: c },
          { type: 'REASSIGN', actor, case: c, to: p.to },
        );
        // Every decision with and without breaking the glass: a nurse who does not hold the
        // case may decide only so, and the one who does may break it needlessly.
        for (const breakGlass of [false, true]) {
          steps.push({
            type: 'DECIDE',
            actor,
            case: c,
            outcome: p.outcome,
            breakGlass,
            advice: p.advice,
          });
        }
        // The assignee may also forget the advice a modification needs: otherwise it takes a
        // payload in six falling to the one actor who holds the case.
        if (world.cases[c]?.assignee === actor)
          steps.push({
            type: 'DECIDE',
            actor,
            case: c,
            outcome: 'modify',
            breakGlass: false,
            advice: false,
          });
      }
    }
    // The clock either moves by the payload's amount or exactly to the next acknowledgement
    // deadline. Why the second, and first: one step then expires an SLA whatever came before,
    // so a counterexample needs no two clock steps that only add up to an SLA together.
    const deadlines = world.escalations.flatMap((e) =>
      e.state.startsWith('open') ? [e.deadline - world.now] : [],
    );
    if (deadlines.length > 0)
      steps.push({ type: 'ADVANCE_CLOCK', ms: Math.max(Math.min(...deadlines), 0) });
    steps.push({ type: 'ADVANCE_CLOCK', ms: p.ms });
    // Time as a nemesis: 1 ms short of the next deadline, and 1 ms past the last one, so a
    // timer that fires a tick early or late, or only one of several due, shows in one step.
    if (deadlines.length > 0) {
      const next = Math.min(...deadlines);
      if (next > 0) steps.push({ type: 'ADVANCE_CLOCK', ms: next - 1 });
      steps.push({ type: 'ADVANCE_CLOCK', ms: Math.max(...deadlines, 0) + 1 });
    }
    return steps;
  },
};
