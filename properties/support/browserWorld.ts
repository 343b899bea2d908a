import type { WorldModel } from '../../harness/WorldModel.js';
import { approvalModel } from '../../models/clinicWorld.js';
import { type ApprovalEvent, approvalRejection } from '../../models/nurseApproval.js';
import { BROWSER_ROSTER } from './browserRoster.js';
import type { BrowserStep } from './browserStep.js';
import { printBrowserStep } from './browserStep.js';

/** The run's one case as the nurse-approval machine sees it, and who holds it. */
export interface BrowserWorld {
  state: string;
  assignee: number | null;
}

/** The model's expectation: accepted, or refused with this error code. */
export interface BrowserVerdict {
  accepted: boolean;
  rejection: string | null;
  moves: Array<{
    machine: string;
    from: string;
    type: string;
    accepted: boolean;
    to: string;
    instance: string;
  }>;
}

const isCharge = (actor: number) => BROWSER_ROSTER[actor]?.role === 'charge_nurse';
const isStaffTarget = (to: number | null) => to !== null && BROWSER_ROSTER[to]?.role !== 'patient';

/** The abstract machine event a step is, seen from the world it happens in. */
export function approvalEventOf(world: BrowserWorld, step: BrowserStep): ApprovalEvent {
  const assignee = world.assignee === step.actor;
  const charge = isCharge(step.actor);
  switch (step.type) {
    case 'CLAIM':
      return { type: 'CLAIM', staff: true };
    case 'RELEASE':
      return { type: 'RELEASE', staff: true, assignee, charge };
    case 'REASSIGN':
      return { type: 'REASSIGN', charge, toNurse: isStaffTarget(step.to) };
    case 'MODIFY':
      return {
        type: 'MODIFY',
        staff: true,
        assignee,
        breakGlass: step.breakGlass,
        advice: step.advice,
      };
    default:
      return { type: step.type, staff: true, assignee, breakGlass: step.breakGlass };
  }
}

/**
 * The browser walk's world: one review case under the nurse-approval machine, acted on from
 * three dashboards. Every actor is staff, since only staff can open a case on the dashboard.
 */
export const browserWorld: WorldModel<BrowserWorld, BrowserStep, BrowserVerdict> = {
  init: () => ({ state: approvalModel.initial, assignee: null }),
  judge(world, step) {
    const event = approvalEventOf(world, step);
    const { accepted, to } = approvalModel.step(world.state, event);
    return {
      accepted,
      rejection: accepted ? null : approvalRejection(world.state, event),
      // Why one instance name: each trace walks one case, so transition pairs chain through it.
      moves: [
        {
          machine: approvalModel.id,
          from: world.state,
          type: event.type,
          accepted,
          to,
          instance: 'case',
        },
      ],
    };
  },
  apply(world, step, verdict) {
    if (!verdict.accepted) return world;
    const state = verdict.moves[0]!.to;
    switch (step.type) {
      case 'CLAIM':
        return { state, assignee: step.actor };
      case 'RELEASE':
        return { state, assignee: null };
      case 'REASSIGN':
        return { state, assignee: step.to };
      default:
        return { state, assignee: world.assignee };
    }
  },
  print: printBrowserStep,
};
