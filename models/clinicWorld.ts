import { compileMachine } from '../harness/compileMachine.js';
import type { MachineMove, Verdict, WorldModel } from '../harness/WorldModel.js';
import { CLINIC_ROSTER, CLINIC_SLA_MS, isCharge, isStaff, MESSAGE_ACUITY } from './clinicRoster.js';
import type { ClinicStep, MessageKind } from './clinicStep.js';
import {
  ESCALATION_EVENTS,
  type EscalationEvent,
  escalationMachine,
  escalationRejection,
} from './escalation.js';
import {
  APPROVAL_EVENTS,
  type ApprovalEvent,
  approvalRejection,
  nurseApprovalMachine,
} from './nurseApproval.js';
import { printClinicStep } from './printClinicStep.js';

/** The compiled escalation machine. */
export const escalationModel = compileMachine(escalationMachine, ESCALATION_EVENTS);
/** The compiled nurse-approval machine. */
export const approvalModel = compileMachine(nurseApprovalMachine, APPROVAL_EVENTS);

/** One change of an escalation's urgency: when, from and to which acuity, by triage or an actor. */
export interface AcuityChangeState {
  at: number;
  from: number;
  to: number;
  by: number | 'triage';
}

/** An escalation as the model sees it; times count from the start of the run. */
export interface EscalationState {
  patient: number;
  /** The message that raised it: the complaint its row shows. */
  kind: MessageKind;
  state: string;
  acuity: number;
  deadline: number;
  acknowledger: number | null;
  /** How many times its acknowledgement SLA expired into re-escalation. */
  reEscalations: number;
  /** Every change of urgency, oldest first. */
  history: readonly AcuityChangeState[];
}

/** A nurse's decision on a case, as far as what the patient is told depends on it. */
export interface CaseDecision {
  outcome: 'approve' | 'reject' | 'modify';
  advice: boolean;
  /** Who decided and when: the patient is told both beside the advice. */
  by: number;
  at: number;
}

/** A review case as the model sees it, with the decision a patient must be shown. */
export interface CaseState {
  patient: number;
  acuity: number;
  state: string;
  assignee: number | null;
  decision: CaseDecision | null;
}

/** The clinic as the model sees it: time since the start, escalations, cases, messages. */
export interface ClinicWorld {
  now: number;
  escalations: readonly EscalationState[];
  cases: readonly CaseState[];
  /** Per patient, each message sent and the case it opened, in order. */
  messages: ReadonlyArray<ReadonlyArray<{ kind: MessageKind; case: number | null; at: number }>>;
}

/** The model's expectation for a clinic step. */
export interface ClinicVerdict extends Verdict {
  rejection: string | null;
}

const accepted = (moves: MachineMove[] = []): ClinicVerdict => ({
  accepted: true,
  moves,
  rejection: null,
});
const refused = (rejection: string): ClinicVerdict => ({ accepted: false, moves: [], rejection });
const forbidden = refused('forbidden');
/** A command on an escalation or case never raised: refused by policy first, then not found. */
const missing = (allowed: boolean): ClinicVerdict => (allowed ? refused('not_found') : forbidden);

/** Judges clinic-world steps with the escalation and nurse-approval machines. */
export const clinicWorld: WorldModel<ClinicWorld, ClinicStep, ClinicVerdict> = {
  init: () => ({ now: 0, escalations: [], cases: [], messages: CLINIC_ROSTER.map(() => []) }),

  judge(world, step) {
    switch (step.type) {
      case 'SEND':
      case 'READ_HISTORY':
      case 'LIST_CONVERSATIONS':
        return accepted();
      case 'READ_QUEUE':
      case 'READ_ESCALATIONS':
      case 'LIST_STAFF':
        return isStaff(step.actor) ? accepted() : forbidden;
      case 'READ_CONVERSATION': {
        const about = step.about === 'case' ? world.cases : world.escalations;
        return about[step.index]
          ? isStaff(step.actor)
            ? accepted()
            : forbidden
          : missing(isStaff(step.actor));
      }
      case 'ADVANCE_CLOCK': {
        const now = world.now + step.ms;
        const moves = world.escalations.flatMap((e, i) =>
          e.state.startsWith('open') && e.deadline <= now
            ? [escalationMove(e.state, { type: 'SLA_EXPIRED' }, i)]
            : [],
        );
        return accepted(moves);
      }
      case 'READ_CASE':
        if (!isStaff(step.actor)) return forbidden;
        return world.cases[step.case] ? accepted() : refused('not_found');
      case 'ACKNOWLEDGE':
      case 'RESOLVE':
      case 'DEESCALATE': {
        const e = world.escalations[step.escalation];
        if (!e) return missing(isStaff(step.actor));
        const event = escalationEvent(step, e);
        const move = escalationMove(e.state, event, step.escalation);
        return move.accepted
          ? accepted([move])
          : { accepted: false, moves: [move], rejection: escalationRejection(e.state, event) };
      }
      default: {
        const c = world.cases[step.case];
        if (!c)
          return missing(step.type === 'REASSIGN' ? isCharge(step.actor) : isStaff(step.actor));
        const event = approvalEvent(step, c);
        const { accepted: ok, to } = approvalModel.step(c.state, event);
        const move: MachineMove = {
          machine: approvalModel.id,
          from: c.state,
          type: event.type,
          accepted: ok,
          to,
          instance: `k${step.case}`,
        };
        return ok
          ? accepted([move])
          : { accepted: false, moves: [move], rejection: approvalRejection(c.state, event) };
      }
    }
  },

  apply(world, step, verdict) {
    if (!verdict.accepted) return world;
    switch (step.type) {
      case 'SEND':
        return send(world, step.patient, step.kind);
      case 'ADVANCE_CLOCK': {
        const now = world.now + step.ms;
        const escalations = world.escalations.map((e) =>
          e.state.startsWith('open') && e.deadline <= now
            ? {
                ...e,
                state: 'open.chargeNurse',
                deadline: now + sla(e.acuity),
                reEscalations: e.reEscalations + 1,
              }
            : e,
        );
        return { ...world, now, escalations };
      }
      case 'ACKNOWLEDGE':
      case 'RESOLVE':
      case 'DEESCALATE': {
        const escalations = world.escalations.slice();
        const e = escalations[step.escalation]!;
        const lowered = step.type === 'DEESCALATE';
        escalations[step.escalation] = {
          ...e,
          state: verdict.moves[0]!.to,
          acuity: lowered ? step.acuity : e.acuity,
          acknowledger: step.type === 'ACKNOWLEDGE' ? step.actor : e.acknowledger,
          history: lowered
            ? [...e.history, { at: world.now, from: e.acuity, to: step.acuity, by: step.actor }]
            : e.history,
        };
        return { ...world, escalations };
      }
      case 'CLAIM':
      case 'RELEASE':
      case 'REASSIGN':
      case 'DECIDE': {
        const cases = world.cases.slice();
        const c = cases[step.case]!;
        const assignee =
          step.type === 'CLAIM'
            ? step.actor
            : step.type === 'RELEASE'
              ? null
              : step.type === 'REASSIGN'
                ? step.to
                : c.assignee;
        const decision =
          step.type === 'DECIDE'
            ? { outcome: step.outcome, advice: step.advice, by: step.actor, at: world.now }
            : c.decision;
        cases[step.case] = { ...c, state: verdict.moves[0]!.to, assignee, decision };
        return { ...world, cases };
      }
      default:
        return world;
    }
  },

  print: printClinicStep,
};

/** The acknowledgement SLA of an escalation at an acuity. */
export const sla = (acuity: number): number => (acuity === 1 ? CLINIC_SLA_MS[1] : CLINIC_SLA_MS[2]);

function send(world: ClinicWorld, patient: number, kind: MessageKind): ClinicWorld {
  const acuity = MESSAGE_ACUITY[kind];
  const messages = world.messages.slice();
  let { escalations, cases } = world;
  let caseIndex: number | null = null;
  if (acuity <= 2) {
    const open = escalations.findIndex((e) => e.patient === patient && e.state !== 'resolved');
    if (open === -1) {
      const e: EscalationState = {
        patient,
        kind,
        state: escalationModel.initial,
        acuity,
        deadline: world.now + sla(acuity),
        acknowledger: null,
        reEscalations: 0,
        history: [],
      };
      escalations = [...escalations, e];
    } else if (acuity < escalations[open]!.acuity) {
      // A rise in urgency tightens a deadline not yet met to the new acuity's SLA, if sooner:
      // an acuity-1 emergency must not wait out the acuity-2 deadline (10 minutes, not 2).
      escalations = escalations.map((e, i) =>
        i === open
          ? {
              ...e,
              acuity,
              deadline: e.state.startsWith('open')
                ? Math.min(e.deadline, world.now + sla(acuity))
                : e.deadline,
              history: [...e.history, { at: world.now, from: e.acuity, to: acuity, by: 'triage' }],
            }
          : e,
      );
    }
  } else if (acuity === 3) {
    caseIndex = cases.length;
    cases = [
      ...cases,
      { patient, acuity, state: approvalModel.initial, assignee: null, decision: null },
    ];
  }
  messages[patient] = [...(messages[patient] ?? []), { kind, case: caseIndex, at: world.now }];
  return { ...world, escalations, cases, messages };
}

function escalationMove(from: string, event: EscalationEvent, index: number): MachineMove {
  const { accepted: ok, to } = escalationModel.step(from, event);
  return {
    machine: escalationModel.id,
    from,
    type: event.type,
    accepted: ok,
    to,
    instance: `e${index}`,
  };
}

function escalationEvent(
  step: Extract<ClinicStep, { escalation: number }>,
  e: EscalationState,
): EscalationEvent {
  const staff = isStaff(step.actor);
  switch (step.type) {
    case 'ACKNOWLEDGE':
      return { type: 'ACKNOWLEDGE', staff };
    case 'RESOLVE':
      return {
        type: 'RESOLVE',
        staff,
        acknowledger: e.acknowledger === step.actor,
        charge: isCharge(step.actor),
      };
    case 'DEESCALATE':
      return { type: 'DEESCALATE', staff, lower: step.acuity > e.acuity };
  }
}

function approvalEvent(
  step: Extract<ClinicStep, { type: 'CLAIM' | 'RELEASE' | 'REASSIGN' | 'DECIDE' }>,
  c: CaseState,
): ApprovalEvent {
  const staff = isStaff(step.actor);
  const assignee = c.assignee === step.actor;
  switch (step.type) {
    case 'CLAIM':
      return { type: 'CLAIM', staff };
    case 'RELEASE':
      return { type: 'RELEASE', staff, assignee, charge: isCharge(step.actor) };
    case 'REASSIGN':
      return { type: 'REASSIGN', charge: isCharge(step.actor), toNurse: isStaff(step.to) };
    case 'DECIDE': {
      const type =
        step.outcome === 'approve' ? 'APPROVE' : step.outcome === 'reject' ? 'REJECT' : 'MODIFY';
      return type === 'MODIFY'
        ? { type, staff, assignee, breakGlass: step.breakGlass, advice: step.advice }
        : { type, staff, assignee, breakGlass: step.breakGlass };
    }
  }
}
