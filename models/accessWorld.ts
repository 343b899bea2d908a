import type { MachineMove, Verdict, WorldModel } from '../harness/WorldModel.js';
import { type GovernedCommand, mayRun } from './accessModel.js';
import { sessionModel } from './session.js';

/** The roles an attempt may carry, and the states its session may be in. */
export type AccessRole = 'patient' | 'nurse' | 'charge_nurse' | 'ml_engineer' | 'admin';
export type AccessSession = 'valid' | 'expired' | 'ended' | 'forged';

/** One attempt: a role runs a governed command with a session in some state. */
export interface AccessAttempt {
  role: AccessRole;
  command: string;
  session: AccessSession;
}

/** Whether an attempt passes access control, and if not, the refusal it must get. */
export interface AccessVerdict extends Verdict {
  rejection: 'unauthenticated' | 'forbidden' | null;
}

const BEFORE_USE = { valid: null, expired: 'EXPIRE', ended: 'SIGN_OUT', forged: 'FORGE' } as const;

/**
 * Judges attempts one by one (each signs its role in afresh): the session machine decides
 * whether the session may be used at all, then the policy table whether the role may run the
 * command. What passes may still be refused for other reasons (a version no store holds), so
 * acceptance here is "not refused for access".
 */
export const accessWorld: WorldModel<null, AccessAttempt, AccessVerdict> = {
  init: () => null,
  judge(_, step) {
    const moves: MachineMove[] = [];
    let state = sessionModel.initial;
    const before = BEFORE_USE[step.session];
    if (before !== null) {
      const { accepted, to } = sessionModel.step(state, { type: before });
      moves.push({ machine: sessionModel.id, from: state, type: before, accepted, to });
      state = to;
    }
    const use = sessionModel.step(state, { type: 'USE' });
    moves.push({ machine: sessionModel.id, from: state, type: 'USE', ...use });
    if (!use.accepted) return { accepted: false, moves, rejection: 'unauthenticated' };
    return mayRun(step.role, step.command as GovernedCommand)
      ? { accepted: true, moves, rejection: null }
      : { accepted: false, moves, rejection: 'forbidden' };
  },
  apply: (world) => world,
  print: (s) =>
    `${s.command}(as ${s.role}${s.session === 'valid' ? '' : `, ${s.session} session`})`,
};
