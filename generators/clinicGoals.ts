import type { GoalSet } from '../harness/GoalSet.js';
import { type ModelGoal, modelGoals } from '../harness/modelGoals.js';
import { CLINIC_ROSTER, isStaff } from '../models/clinicRoster.js';
import type { ClinicStep } from '../models/clinicStep.js';
import { type ClinicVerdict, type ClinicWorld, clinicWorld } from '../models/clinicWorld.js';

type Goal = ModelGoal<ClinicWorld, ClinicStep, ClinicVerdict>;

/** The open deadlines of a world, as times since the start of the run. */
const openDeadlines = (w: ClinicWorld): number[] =>
  w.escalations.flatMap((e) => (e.state.startsWith('open') ? [e.deadline] : []));

/** Where a clock step lands, relative to the open deadlines it could meet (null if no clock step). */
const clockLanding = (w: ClinicWorld, step: ClinicStep): number[] | null =>
  step.type === 'ADVANCE_CLOCK' ? openDeadlines(w).map((d) => w.now + step.ms - d) : null;

const acknowledgedLate = (acuity: number): Goal => ({
  name: `an acuity-${acuity} escalation acknowledged after its deadline`,
  kind: 'goal',
  reached: ({ before, step, verdict }) => {
    if (step.type !== 'ACKNOWLEDGE' || !verdict.accepted) return false;
    const e = before.escalations[step.escalation];
    return e !== undefined && e.acuity === acuity && e.reEscalations > 0;
  },
});

const acknowledgedBy = (actor: number): Goal => ({
  name: `an escalation acknowledged by ${CLINIC_ROSTER[actor]!.name}`,
  kind: 'goal',
  reached: ({ step, verdict }) =>
    step.type === 'ACKNOWLEDGE' && verdict.accepted && step.actor === actor,
});

const deescalatedTo = (acuity: number): Goal => ({
  name: `a de-escalation to acuity ${acuity} tried`,
  kind: 'boundary',
  reached: ({ before, step }) =>
    step.type === 'DEESCALATE' &&
    step.acuity === acuity &&
    before.escalations[step.escalation] !== undefined &&
    isStaff(step.actor),
});

/**
 * The clinic property's goals, in the model's terms: acknowledgements after a deadline at both
 * emergency acuities, by each member of the staff; the clock landing exactly on a deadline,
 * 1 ms before and past two at once; repeated re-escalation; every acuity a de-escalation names;
 * queue reads with every filter set; a nurse breaking the glass on a case held by another.
 */
export const CLINIC_GOALS: readonly Goal[] = [
  acknowledgedLate(1),
  acknowledgedLate(2),
  ...CLINIC_ROSTER.flatMap((_, actor) => (isStaff(actor) ? [acknowledgedBy(actor)] : [])),
  {
    name: 'an escalation re-escalated twice',
    kind: 'goal',
    reached: ({ before, after }) =>
      after.escalations.some(
        (e, i) => e.reEscalations === 2 && before.escalations[i]?.reEscalations === 1,
      ),
  },
  {
    name: 'two deadlines expiring in one clock step',
    kind: 'goal',
    reached: ({ step, verdict }) => step.type === 'ADVANCE_CLOCK' && verdict.moves.length >= 2,
  },
  {
    name: 'the clock landing exactly on a deadline',
    kind: 'boundary',
    reached: ({ before, step }) => clockLanding(before, step)?.includes(0) === true,
  },
  {
    name: 'the clock stopping 1 ms before a deadline',
    kind: 'boundary',
    reached: ({ before, step }) => clockLanding(before, step)?.includes(-1) === true,
  },
  {
    name: 'the clock moving 1 ms past a deadline',
    kind: 'boundary',
    reached: ({ before, step }) => clockLanding(before, step)?.includes(1) === true,
  },
  ...[1, 2, 3, 4, 5].map(deescalatedTo),
  {
    name: 'a queue read with every filter set',
    kind: 'boundary',
    reached: ({ step, verdict }) =>
      step.type === 'READ_QUEUE' &&
      verdict.accepted &&
      step.status !== null &&
      step.acuity !== null &&
      step.assignee !== null,
  },
  {
    name: 'a decision breaking the glass on a case another nurse holds',
    kind: 'goal',
    reached: ({ before, step, verdict }) => {
      if (step.type !== 'DECIDE' || !verdict.accepted || !step.breakGlass) return false;
      const assignee = before.cases[step.case]?.assignee;
      return assignee !== null && assignee !== undefined && assignee !== step.actor;
    },
  },
];

/** The clinic property's sometimes-goals, judged on the clinic world model. */
export const clinicGoals: GoalSet<ClinicStep> = modelGoals(clinicWorld, CLINIC_GOALS);
