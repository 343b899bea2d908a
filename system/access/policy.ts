import type { CommandType } from '../domain/command.js';
import type { Role } from '../domain/user.js';

/** What a command does, as the access policy names it. */
export type Action =
  | 'staff.create'
  | 'session.signOut'
  | 'conversation.start'
  | 'conversation.send'
  | 'conversation.read'
  | 'conversation.close'
  | 'escalation.acknowledge'
  | 'escalation.resolve'
  | 'escalation.deescalate'
  | 'queue.read'
  | 'case.read'
  | 'patient.read'
  | 'escalation.read'
  | 'staff.read'
  | 'case.claim'
  | 'case.release'
  | 'case.reassign'
  | 'case.decide'
  | 'model.register'
  | 'model.validate'
  | 'model.rollout'
  | 'model.promote'
  | 'model.rollback'
  | 'model.read'
  | 'flag.set'
  | 'gate.set';

/**
 * The action each command needs, or null for the commands that run without a session
 * (sign-up, sign-in, the first admin of an empty system, and the system's own timers).
 */
export const COMMAND_ACTIONS: Record<CommandType, Action | null> = {
  registerPatient: null,
  bootstrapAdmin: null,
  signIn: null,
  runDueTimers: null,
  createStaff: 'staff.create',
  signOut: 'session.signOut',
  startConversation: 'conversation.start',
  sendMessage: 'conversation.send',
  readHistory: 'conversation.read',
  closeConversation: 'conversation.close',
  acknowledgeEscalation: 'escalation.acknowledge',
  resolveEscalation: 'escalation.resolve',
  deescalate: 'escalation.deescalate',
  readQueue: 'queue.read',
  readCase: 'case.read',
  claimCase: 'case.claim',
  releaseCase: 'case.release',
  reassignCase: 'case.reassign',
  decideCase: 'case.decide',
  registerModel: 'model.register',
  validateModel: 'model.validate',
  stageModel: 'model.rollout',
  startCanary: 'model.rollout',
  advanceCanary: 'model.rollout',
  abortRollout: 'model.rollout',
  promoteModel: 'model.promote',
  rollbackModel: 'model.rollback',
  readDeployment: 'model.read',
  setFlag: 'flag.set',
  setGatePolicy: 'gate.set',
  readConversation: 'patient.read',
  readEscalations: 'escalation.read',
  listStaff: 'staff.read',
  listConversations: 'conversation.read',
};

/** A role x action matrix. */
export type Policy = Readonly<Record<Role, ReadonlySet<Action>>>;

const NURSING: readonly Action[] = [
  'session.signOut',
  'escalation.acknowledge',
  'escalation.resolve',
  'escalation.deescalate',
  'queue.read',
  'case.read',
  'patient.read',
  'escalation.read',
  'staff.read',
  'case.claim',
  'case.release',
  'case.decide',
];

/**
 * The role x action matrix, as data a property can enumerate: a role may do exactly the
 * actions listed for it. Checks on the entity itself (whose conversation, whose case) come
 * on top, in the handlers.
 */
export const POLICY: Policy = {
  patient: new Set<Action>([
    'session.signOut',
    'conversation.start',
    'conversation.send',
    'conversation.read',
    'conversation.close',
  ]),
  nurse: new Set<Action>(NURSING),
  charge_nurse: new Set<Action>([...NURSING, 'case.reassign']),
  // Why the gate is the admin's alone: an engineer must not loosen the bar their own version
  // has to clear; an admin may also read, flip the flag and roll back in an emergency.
  ml_engineer: new Set<Action>([
    'session.signOut',
    'model.register',
    'model.validate',
    'model.rollout',
    'model.promote',
    'model.rollback',
    'model.read',
    'flag.set',
  ]),
  admin: new Set<Action>([
    'session.signOut',
    'staff.create',
    'model.read',
    'model.rollback',
    'flag.set',
    'gate.set',
  ]),
};

/** Whether a role may take an action at all. */
export const isAllowed = (policy: Policy, role: Role, action: Action): boolean =>
  policy[role].has(action);
