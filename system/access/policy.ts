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
  | 'case.claim'
  | 'case.release'
  | 'case.reassign'
  | 'case.decide';

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
  ml_engineer: new Set<Action>(['session.signOut']),
  admin: new Set<Action>(['session.signOut', 'staff.create']),
};

/** Whether a role may take an action at all. */
export const isAllowed = (policy: Policy, role: Role, action: Action): boolean =>
  policy[role].has(action);
