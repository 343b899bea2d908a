import { type CommandInput, type CommandType, DEFAULT_GATE_POLICY } from '../../system/index.js';
import { NURSE_ADVICE, REASON } from './clinicTexts.js';

/** The records an access attempt may act on. */
export interface AccessTargets {
  conversationId: string;
  escalationId: string;
  caseId: string;
  nurseId: string;
}

let usernames = 0;

/** A well-formed command of a type, carrying a session, aimed at the setup's records. */
/** The version every model command names: no store holds it. */
export const UNKNOWN_VERSION = 'lr-000000000000';

const ON_A_VERSION: ReadonlySet<CommandType> = new Set([
  'validateModel',
  'stageModel',
  'startCanary',
  'advanceCanary',
  'promoteModel',
  'abortRollout',
  'rollbackModel',
]);

/**
 * What an allowed model command on the unknown version must answer: not found, naming the
 * artifact (registration reads the artifact store) or the version; null for other commands.
 */
export function unknownVersionEntity(type: CommandType): string | null {
  if (type === 'registerModel') return `ModelArtifact/${UNKNOWN_VERSION}`;
  return ON_A_VERSION.has(type) ? `ModelVersion/${UNKNOWN_VERSION}` : null;
}

export function accessCommand(type: CommandType, session: string, t: AccessTargets): CommandInput {
  const base = { session };
  switch (type) {
    case 'createStaff':
      usernames++;
      return {
        type,
        ...base,
        username: `staff${usernames}`,
        password: 'staff-password',
        displayName: 'Staff',
        role: 'nurse',
      };
    case 'signOut':
    case 'startConversation':
    case 'readQueue':
    case 'readEscalations':
    case 'listStaff':
    case 'listConversations':
      return { type, ...base };
    case 'readConversation':
      return { type, ...base, about: { caseId: t.caseId } };
    case 'sendMessage':
      return { type, ...base, conversationId: t.conversationId, text: 'mild cough' };
    case 'readHistory':
    case 'closeConversation':
      return { type, ...base, conversationId: t.conversationId };
    case 'acknowledgeEscalation':
      return { type, ...base, escalationId: t.escalationId };
    case 'resolveEscalation':
      return { type, ...base, escalationId: t.escalationId, note: REASON };
    case 'deescalate':
      return { type, ...base, escalationId: t.escalationId, acuity: 5, reason: REASON };
    case 'readCase':
    case 'claimCase':
    case 'releaseCase':
      return { type, ...base, caseId: t.caseId };
    case 'reassignCase':
      return { type, ...base, caseId: t.caseId, to: t.nurseId };
    case 'decideCase':
      return {
        type,
        ...base,
        caseId: t.caseId,
        outcome: 'modify',
        reason: REASON,
        advice: NURSE_ADVICE,
      };
    // Why a version no store holds: access is decided before the registry is consulted.
    case 'registerModel':
    case 'validateModel':
    case 'stageModel':
    case 'startCanary':
    case 'advanceCanary':
    case 'promoteModel':
      return { type, ...base, version: UNKNOWN_VERSION };
    case 'abortRollout':
    case 'rollbackModel':
      return { type, ...base, version: UNKNOWN_VERSION, reason: REASON };
    case 'readDeployment':
      return { type, ...base };
    case 'setFlag':
      return { type, ...base, key: 'triage-model', enabled: false, variant: 'rules-only' };
    case 'setGatePolicy':
      return { type, ...base, ...DEFAULT_GATE_POLICY };
    default:
      throw new Error(`${type} runs without a session`);
  }
}
