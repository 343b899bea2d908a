/** The roles the access model knows, named as the protocol names them. */
type Role = 'patient' | 'nurse' | 'charge_nurse' | 'ml_engineer' | 'admin';
/** A command's type as the protocol names it; the access property checks every one the system has. */
type CommandType = string;

const CARE: readonly Role[] = ['nurse', 'charge_nurse'];
const ENGINEER: readonly Role[] = ['ml_engineer'];
const ENGINEER_OR_ADMIN: readonly Role[] = ['ml_engineer', 'admin'];

/**
 * Who may run each command that needs a session: the reference the access property holds the
 * system to. Written per command, apart from the system's role x action table and its
 * command-to-action map, so that a wrong entry in either disagrees with this one.
 */
export const MAY_RUN = {
  signOut: ['patient', 'nurse', 'charge_nurse', 'ml_engineer', 'admin'],
  // A patient's own conversation; staff read it through the case, never by conversation.
  startConversation: ['patient'],
  sendMessage: ['patient'],
  readHistory: ['patient'],
  // Listed by the server, so that a patient finds their conversations on any device.
  listConversations: ['patient'],
  closeConversation: ['patient'],
  acknowledgeEscalation: CARE,
  resolveEscalation: CARE,
  deescalate: CARE,
  readQueue: CARE,
  readCase: CARE,
  // The patient's own words behind a case or escalation: a nurse needs them to judge it.
  readConversation: CARE,
  readEscalations: CARE,
  listStaff: CARE,
  claimCase: CARE,
  releaseCase: CARE,
  decideCase: CARE,
  // Moving work between nurses is the charge nurse's call.
  reassignCase: ['charge_nurse'],
  registerModel: ENGINEER,
  validateModel: ENGINEER,
  stageModel: ENGINEER,
  startCanary: ENGINEER,
  advanceCanary: ENGINEER,
  abortRollout: ENGINEER,
  promoteModel: ENGINEER,
  // An admin may turn the models off or back in an emergency, but never ship one.
  rollbackModel: ENGINEER_OR_ADMIN,
  readDeployment: ENGINEER_OR_ADMIN,
  setFlag: ENGINEER_OR_ADMIN,
  // The bar a version must clear is not set by those who build versions.
  setGatePolicy: ['admin'],
  createStaff: ['admin'],
} as const satisfies Partial<Record<CommandType, readonly Role[]>>;

/** A command that needs a session. */
export type GovernedCommand = keyof typeof MAY_RUN;

/** The commands anyone may run without a session: signing up and in, and the system's timers. */
export const OPEN_COMMANDS = [
  'registerPatient',
  'bootstrapAdmin',
  'signIn',
  'runDueTimers',
] as const satisfies readonly CommandType[];

/** Whether the reference lets a role run a command. */
export const mayRun = (role: Role, command: GovernedCommand): boolean =>
  (MAY_RUN[command] as readonly Role[]).includes(role);
